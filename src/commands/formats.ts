import type { COVERAGE_FORMATS } from '../format/coverage/index.js';
import type { DUE_FORMATS } from '../format/due/index.js';
import type { LIST_FORMATS } from '../format/list/index.js';
import type { REPORT_FORMATS } from '../format/report/index.js';
import type { SHOW_FORMATS } from '../format/show/index.js';
import type { VALIDATE_FORMATS } from '../format/validate/index.js';

/**
 * A command's output formats, by name only: the check of `--format` and the help's line of
 * formats load no formatter (each command loads its own when it runs).
 */
export interface Formats<Name extends string = string> {
  /** Each name mapped to itself, in the order the help lists them. */
  readonly names: { readonly [N in Name]: N };
  /** Without `--format`: the first name given. */
  readonly fallback: Name;
}

/** The formats named, the first the default: `formats('text', 'json')`. */
function formats<const Names extends readonly [string, ...string[]]>(...names: Names): Formats<Names[number]> {
  return { names: Object.fromEntries(names.map((name) => [name, name])) as Formats<Names[number]>['names'], fallback: names[0] };
}

/** Every output of every command (`list --coverage` and `new --list-vars` have their own). */
export const FORMATS = {
  validate: formats('stylish', 'json', 'github', 'sarif', 'junit'),
  list: formats('table', 'json', 'csv'),
  coverage: formats('table', 'json'),
  show: formats('text', 'json'),
  due: formats('table', 'json', 'ics', 'github', 'sarif'),
  report: formats('markdown', 'html'),
  /** `new --list-vars`: the template's variables. */
  variables: formats('table', 'json'),
  /** `new` drafting: what it wrote (or would write), in words. */
  new: formats('text'),
  /** The text, the text and its Word document, or the text with what was done as JSON. */
  render: formats('md', 'docx', 'json'),
  sign: formats('text'),
  /** The letter in Markdown, and with `docx` also a Word document made from it. */
  terminate: formats('md', 'docx'),
  /** The amendment's text in Markdown, and with `docx` also a Word document made from it. */
  amend: formats('md', 'docx'),
  history: formats('text', 'json'),
  init: formats('text'),
} as const satisfies Record<string, Formats>;

export type FormatName<Command extends keyof typeof FORMATS> = (typeof FORMATS)[Command]['fallback'] | keyof (typeof FORMATS)[Command]['names'];

/** The names in the help's order, the default first. */
export function formatNames(formats: Formats): string[] {
  return Object.keys(formats.names);
}

// The compiler holds each list of names to its formatters: a formatter added without its name
// here (or a name without its formatter) fails the build.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<keyof typeof VALIDATE_FORMATS, FormatName<'validate'>>;
true satisfies Same<keyof typeof LIST_FORMATS, FormatName<'list'>>;
true satisfies Same<keyof typeof COVERAGE_FORMATS, FormatName<'coverage'>>;
true satisfies Same<keyof typeof SHOW_FORMATS, FormatName<'show'>>;
true satisfies Same<keyof typeof DUE_FORMATS, FormatName<'due'>>;
true satisfies Same<keyof typeof REPORT_FORMATS, FormatName<'report'>>;
