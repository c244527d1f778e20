import { TOOL_VERSION } from './version.js';
import type { Command as CommandType } from 'commander';
import type { ExitCode } from './types.js';
import type { CommonOptions, Io, World } from './commands/context.js';
import { LANGUAGES, languageFromEnv, languageOfRun } from './text/language.js';
import type { Language } from './text/language.js';
import { sayer } from './text/say.js';
import { commandWithOurErrors } from './program/commander-errors.js';
import { COMMANDS } from './program/commands.js';
import { afterHelp, helpConfiguration } from './program/help.js';

/** `--lang fr` / `--lang=fr` wins over the locale; an unknown language is a usage error. */
function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language | { problem: string } {
  const chosen = languageOfRun(argv, env);
  if (typeof chosen === 'string') return chosen;
  const say = sayer(languageFromEnv(env));
  const problem = chosen.asked.trim() === '' ? say('commands.languageMissing') : say('commands.unknownLanguage', { language: chosen.asked });
  return { problem: `accords: ${problem}\n  ${say('commands.languages', { languages: LANGUAGES.join(', ') })}\n` };
}

/** The option's attribute in commander's options: `--list-vars` → `listVars`. */
function attributeOf(flag: string): string {
  return flag.replace(/^--/, '').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** Everything but the bare `--version`: the language, then commander and the commands. */
export async function runProgram(argv: readonly string[], world: World): Promise<ExitCode> {
  // The language is settled before commander builds the help, from --lang or the locale.
  const language = chooseLanguage(argv, world.env);
  if (typeof language !== 'string') {
    world.stderr(language.problem);
    return 2;
  }
  // Every command words what it prints with `io.say`, the core's problems too (they are Messages).
  const say = sayer(language);
  const io: Io = { ...world, say };
  const commander = await import('commander');
  const { CommanderError, Help } = commander;
  const Command = commandWithOurErrors(commander.Command, say);
  let exitCode: ExitCode = 0;
  // Set before any .command(): commander copies output, help and error settings to subcommands then.
  const program = new Command('accords')
    .description(say('help.program'))
    .version(TOOL_VERSION, '-V, --version', say('help.version'))
    .helpOption('-h, --help', say('help.help'))
    .helpCommand('help [command]', say('help.help'))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp(helpConfiguration(Help, say))
    .showSuggestionAfterError(true)
    .exitOverride()
    .option('--root <dir>', say('help.root'))
    .option('--as-of <date>', say('help.asOf'))
    .option('--format <name>', say('help.format'))
    .option('--no-color', say('help.noColor'))
    .option('--no-cache', say('help.noCache'))
    .option('--debug', say('help.debug'))
    .option('--lang <language>', say('help.lang'));

  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(say(spec.description));
    for (const argument of spec.arguments ?? []) command.argument(argument.name, say(argument.description));
    for (const option of spec.options ?? []) {
      const description = typeof option.description === 'string' ? say(option.description) : option.description.verbatim;
      if (option.repeatable) command.option(option.flags, description, (value: string, previous: string[] = []) => [...previous, value]);
      else command.option(option.flags, description, option.default);
    }
    command.addHelpText('after', afterHelp(say, spec.formats, spec.mode, spec.examples));
    command.action(async function (this: CommandType) {
      const own = this.opts();
      const options: CommonOptions = this.optsWithGlobals();
      const mode = spec.mode && own[attributeOf(spec.mode.flag)] !== undefined ? spec.mode : undefined;
      // An unknown format is a usage error before anything is read, whatever the command.
      const { chooseFormat } = await import('./commands/context.js');
      const format = chooseFormat(io, (mode ?? spec).formats, options.format);
      exitCode = typeof format === 'number' ? format : await (mode?.run ?? spec.run)({ args: this.processedArgs, options, own, io });
    });
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    throw error;
  }
  return exitCode;
}
