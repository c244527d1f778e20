import type { Help as HelpType, HelpConfiguration } from 'commander';
import type { Formats } from '../commands/formats.js';
import { formatNames } from '../commands/formats.js';
import type { MessageKey, MessageParams, Say } from '../text/say.js';

/** A catalogue key whose sentence takes no parameters: what a help text names. */
export type Words = { [K in MessageKey]: MessageParams<K> extends [] ? K : never }[MessageKey];

/** Commander's section titles, said in the current language. */
const TITLES = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Global Options:': 'help.globalOptions',
  'Commands:': 'help.commands',
} as const satisfies Record<string, MessageKey>;

/** How commander lays out every help: titles and " (default: …)" in the current language. */
export function helpConfiguration(Help: typeof HelpType, say: Say): HelpConfiguration {
  return {
    showGlobalOptions: true,
    styleTitle: (title) => (Object.hasOwn(TITLES, title) ? say(TITLES[title as keyof typeof TITLES]) : title),
    // Commander appends " (default: …)" to the description of an option with a default value.
    optionDescription(option) {
      const added = Help.prototype.optionDescription.call(this, option).slice(option.description.length);
      return option.description + added.replace(/^ \(default: (.*)\)$/, (_, value: string) => ` (${say('help.defaultValue', { value })})`);
    },
  };
}

/** An example: its command line, never translated, and maybe a comment that is (the line ends with the spaces before `#`). */
export type Example = string | readonly [line: string, comment: Words];

/**
 * What follows a command's help: its formats where there is a choice (the command's own, then
 * those of the option that changes its output, `new --list-vars`), then its examples.
 */
export function afterHelp(say: Say, formats: Formats, mode: { readonly flag: string; readonly formats: Formats } | undefined, examples: readonly Example[]): string {
  const lines: string[] = [];
  const [fallback, ...others] = formatNames(formats);
  if (others.length > 0) lines.push(say('help.formats', { default: fallback!, others: others.join(', ') }));
  if (mode) {
    const [modeFallback, ...modeOthers] = formatNames(mode.formats);
    if (modeOthers.length > 0) lines.push(say('help.formatsWith', { option: mode.flag, default: modeFallback!, others: modeOthers.join(', ') }));
  }
  const shown = examples.map((example) => (typeof example === 'string' ? example : `${example[0]}# ${say(example[1])}`));
  return `${lines.length === 0 ? '' : `\n${lines.join('\n')}\n`}\n${say('help.examples')}\n${shown.map((line) => `  $ ${line}`).join('\n')}`;
}
