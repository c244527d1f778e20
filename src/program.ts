import { TOOL_VERSION } from './version.js';
import type { Command as CommandType } from 'commander';
import type { ExitCode } from './types.js';
import type { CommonOptions, Io, World } from './commands/context.js';
import { LANGUAGES, languageFromEnv, languageOfRun } from './text/language.js';
import type { Language } from './text/language.js';
import type { MessageKey } from './text/say.js';
import type { Say } from './text/say.js';
import { sayer, useCoreLanguage } from './text/say.js';

/** `--lang fr` / `--lang=fr` wins over the locale; an unknown language is a usage error. */
function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language | { problem: string } {
  const chosen = languageOfRun(argv, env);
  if (typeof chosen === 'string') return chosen;
  const say = sayer(languageFromEnv(env));
  const problem = chosen.asked.trim() === '' ? say('commands.languageMissing') : say('commands.unknownLanguage', { language: chosen.asked });
  return { problem: `accords: ${problem}\n  ${say('commands.languages', { languages: LANGUAGES.join(', ') })}\n` };
}

/** Commander's section titles, said in the current language. */
const TITLES = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Global Options:': 'help.globalOptions',
  'Commands:': 'help.commands',
} as const satisfies Record<string, MessageKey>;

/** What follows a command's help: its formats (if it has several), then examples, whose command lines are never translated. */
function afterHelp(say: Say, formats: string | undefined, examples: readonly string[]): string {
  return `${formats === undefined ? '' : `\n${formats}\n`}\n${say('help.examples')}\n${examples.map((line) => `  $ ${line}`).join('\n')}`;
}

/**
 * Commander's error sentences (as commander 14 writes them), said again from the catalogue:
 * the English entries are commander's own words, so English passes unchanged, and so does any
 * sentence not matched here.
 */
const COMMANDER_ERRORS: readonly (readonly [RegExp, (match: RegExpExecArray, say: Say) => string])[] = [
  [/^error: unknown command '(.*)'\n\(Did you mean one of (.*)\?\)$/, ([, name, suggestions], say) => say('help.unknownCommandDidYouMeanOneOf', { name: name!, suggestions: suggestions! })],
  [/^error: unknown command '(.*)'\n\(Did you mean (.*)\?\)$/, ([, name, suggestion], say) => say('help.unknownCommandDidYouMean', { name: name!, suggestion: suggestion! })],
  [/^error: unknown command '(.*)'$/, ([, name], say) => say('help.unknownCommand', { name: name! })],
  [/^error: unknown option '(.*)'\n\(Did you mean one of (.*)\?\)$/, ([, name, suggestions], say) => say('help.unknownOptionDidYouMeanOneOf', { name: name!, suggestions: suggestions! })],
  [/^error: unknown option '(.*)'\n\(Did you mean (.*)\?\)$/, ([, name, suggestion], say) => say('help.unknownOptionDidYouMean', { name: name!, suggestion: suggestion! })],
  [/^error: unknown option '(.*)'$/, ([, name], say) => say('help.unknownOption', { name: name! })],
  [/^error: missing required argument '(.*)'$/, ([, name], say) => say('help.missingArgument', { name: name! })],
  [/^error: option '(.*)' argument missing$/, ([, flags], say) => say('help.optionMissingArgument', { flags: flags! })],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    ([, command, count, received], say) => say('help.tooManyArguments', { command: command!, count: Number(count), received: received! }),
  ],
];

function sayCommanderError(say: Say, text: string): string {
  const sentence = text.replace(/\n$/, '');
  for (const [pattern, sayIt] of COMMANDER_ERRORS) {
    const match = pattern.exec(sentence);
    if (match) return `${sayIt(match, say)}${text.slice(sentence.length)}`;
  }
  return text;
}

/** Everything but the bare `--version`: the language, then commander and the commands. */
export async function runProgram(argv: readonly string[], world: World): Promise<ExitCode> {
  // The language is settled before commander builds the help, from --lang or the locale.
  const language = chooseLanguage(argv, world.env);
  if (typeof language !== 'string') {
    world.stderr(language.problem);
    return 2;
  }
  // Every command words what it prints with `io.say`; the core still words its own (transitional).
  const say = sayer(language);
  useCoreLanguage(language);
  const io: Io = { ...world, say };
  const { Command, CommanderError, Help, Option } = await import('commander');
  let exitCode: ExitCode = 0;
  // Set before any .command(): commander copies output, help and error settings to subcommands then.
  const program = new Command('accords')
    .description(say('help.program'))
    .version(TOOL_VERSION, '-V, --version', say('help.version'))
    .helpOption('-h, --help', say('help.help'))
    .helpCommand('help [command]', say('help.help'))
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(sayCommanderError(say, text)) })
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => (Object.hasOwn(TITLES, title) ? say(TITLES[title as keyof typeof TITLES]) : title),
      // Commander appends " (default: …)" to the description of an option with a default value.
      optionDescription(option) {
        const added = Help.prototype.optionDescription.call(this, option).slice(option.description.length);
        return option.description + added.replace(/^ \(default: (.*)\)$/, (_, value: string) => ` (${say('help.defaultValue', { value })})`);
      },
    })
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .option('--root <dir>', say('help.root'))
    .option('--as-of <date>', say('help.asOf'))
    .option('--format <name>', say('help.format'))
    .option('--no-color', say('help.noColor'))
    .option('--no-cache', say('help.noCache'))
    .option('--debug', say('help.debug'))
    .option('--lang <language>', say('help.lang'));

  const run = (action: (this: CommandType, ...args: never[]) => Promise<ExitCode>) =>
    async function (this: CommandType, ...args: unknown[]) {
      exitCode = await action.apply(this, args as never[]);
    };
  const globals = (command: CommandType): CommonOptions => command.optsWithGlobals();

  program
    .command('validate')
    .description(say('help.validate'))
    .argument('[paths...]', say('help.validatePaths'))
    .addOption(new Option('--max-warnings <n>', say('help.validateMaxWarnings')))
    .option('--changed', say('help.validateChanged'))
    .option('--base <ref>', say('help.validateBase'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'stylish', others: 'json, github, sarif, junit' }), [
        'accords validate',
        'accords validate agreements/local --format json',
        `accords validate --format github      # ${say('help.validateExampleGithub')}`,
        'accords validate --changed --base origin/main --format sarif > accords.sarif',
      ]),
    )
    .action(
      run(async function (this: CommandType, paths: string[]) {
        const { validateCommand } = await import('./commands/validate.js');
        return validateCommand(paths, globals(this), io);
      }),
    );

  program
    .command('list')
    .description(say('help.list'))
    .option('--kind <kinds>', say('help.listKind'))
    // These two list codes, the same in every language.
    .option('--level <levels>', 'national, regional, departmental, local')
    .option('--status <statuses>', 'draft, upcoming, in-force, expired, terminated, unknown')
    .option('--party <org>', say('help.listParty'))
    .option('--territory <code>', say('newcomer.help.listTerritory'))
    .option('--separator <char>', say('help.listSeparator'))
    .option('--bom', say('help.listBom'))
    .option('--coverage [framework]', say('coverage.help.option'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'table', others: 'json, csv' }), [
        'accords list --party france-travail --status in-force',
        'accords list --kind local --territory 33 --format json',
        "accords list --format csv --separator ';' --bom > accords.csv",
        'accords list --coverage amf-pole-emploi-2016 --format json',
      ]),
    )
    .action(
      run(async function (this: CommandType) {
        // --coverage: where each model framework is declined (formats table, json), not a listing of records.
        const coverage = (this.opts() as { coverage?: string | true }).coverage;
        if (coverage !== undefined) {
          const { coverageCommand } = await import('./commands/coverage.js');
          return coverageCommand(coverage === true ? undefined : coverage, globals(this), io);
        }
        const { listCommand } = await import('./commands/list.js');
        return listCommand(globals(this), io);
      }),
    );

  program
    .command('show')
    .description(say('help.show'))
    .argument('<id>', say('help.agreementId'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'text', others: 'json' }), [
        'accords show amf-pole-emploi-2016',
        'accords show amf-pole-emploi-2016 --as-of 2027-10-01 --format json',
      ]),
    )
    .action(
      run(async function (this: CommandType, id: string) {
        const { showCommand } = await import('./commands/show.js');
        return showCommand(id, globals(this), io);
      }),
    );

  program
    .command('due')
    .description(say('help.due'))
    // No default here: three months, or two years for a calendar (SPEC §7), chosen by the command.
    .option('--within <period>', say('help.dueWithin'))
    .option('--lead <period>', say('deadlines.help.lead'))
    .option('--exit-code', say('help.dueExitCode'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'table', others: 'json, ics, github, sarif' }), [
        'accords due',
        'accords due --as-of 2026-11-22 --within 1y',
        'accords due --within 90d --format ics > echeances.ics',
        'accords due --lead 1m --format github',
      ]),
    )
    .action(
      run(async function (this: CommandType) {
        const { dueCommand } = await import('./commands/due.js');
        return dueCommand(globals(this), io);
      }),
    );

  program
    .command('report')
    .description(say('help.report'))
    .option('--within <period>', say('help.reportWithin'), '3m')
    .addHelpText('after', afterHelp(say, say('help.formats', { default: 'markdown', others: 'html' }), ['accords report > RAPPORT.md', 'accords report --format html > rapport.html']))
    .action(
      run(async function (this: CommandType) {
        const { reportCommand } = await import('./commands/report.js');
        return reportCommand(globals(this), io);
      }),
    );

  program
    .command('new')
    .description(say('help.new'))
    .option('--from <framework-id>', say('help.newFrom'))
    .option('--id <new-id>', say('help.newId'))
    .option('--set <name=value>', say('help.newSet'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--vars <file.yaml>', say('help.newVars'))
    .option('--list-vars', say('help.newListVars'))
    .option('--dry-run', say('help.newDryRun'))
    .option('--force', say('help.newForce'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formatsOfListVars', { default: 'table', others: 'json' }), [
        'accords new --from amf-pole-emploi-2016 --list-vars',
        'accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars gironde.yaml',
        'accords new --from amf-pole-emploi-2016 --id amf-33-2026 --set departement=33 --set date_signature=2026-12-01 --dry-run',
      ]),
    )
    .action(
      run(async function (this: CommandType) {
        const { newCommand } = await import('./commands/new.js');
        return newCommand(globals(this), io);
      }),
    );

  program
    .command('render')
    .description(say('help.render'))
    .argument('[ids...]', say('help.renderIds'))
    .option('--check', say('help.renderCheck'))
    .option('--force', say('render.helpForce'))
    .option('--out <file>', say('render.helpOut'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'md', others: 'docx, json' }), [
        'accords render amf-33-2026',
        `accords render --check        # ${say('help.renderExampleCheck')}`,
        `accords render amf-33-2026 --format docx   # ${say('render.helpExampleDocx')}`,
      ]),
    )
    .action(
      run(async function (this: CommandType, ids: string[]) {
        const { renderCommand } = await import('./commands/render.js');
        return renderCommand(ids, globals(this), io);
      }),
    );

  program
    .command('sign')
    .description(say('life.help.sign'))
    .argument('<id>', say('help.agreementId'))
    .option('--date <date>', say('life.help.signDate'))
    .option('--place <place>', say('life.help.signPlace'))
    .option('--copy <file>', say('life.help.signCopy'))
    .option('--dry-run', say('life.help.dryRun'))
    .option('--force', say('life.help.signForce'))
    .addHelpText(
      'after',
      afterHelp(say, undefined, [
        'accords sign amf-33-2026 --date 2026-12-01 --place Bordeaux',
        'accords sign amf-33-2026 --date 2026-12-01 --copy agreements/local/amf-33-2026.signe.pdf --dry-run',
      ]),
    )
    .action(
      run(async function (this: CommandType, id: string) {
        const { signCommand } = await import('./commands/sign.js');
        return signCommand(id, globals(this), io);
      }),
    );

  program
    .command('terminate')
    .description(say('life.help.terminate'))
    .argument('<id>', say('help.agreementId'))
    .option('--notice-given <date>', say('life.help.terminateNoticeGiven'))
    .option('--by <org>', say('life.help.terminateBy'))
    .option('--ended <date>', say('life.help.terminateEnded'))
    .option('--letter', say('life.help.terminateLetter'))
    .option('--place <place>', say('life.help.terminatePlace'))
    .option('--dry-run', say('life.help.dryRun'))
    .option('--force', say('life.help.terminateForce'))
    .addHelpText(
      'after',
      afterHelp(say, undefined, [
        'accords terminate amf-pole-emploi-2016 --notice-given 2027-09-01 --by amf --letter --place Paris',
        'accords terminate amf-33-2026 --ended 2027-06-30 --dry-run',
      ]),
    )
    .action(
      run(async function (this: CommandType, id: string) {
        const { terminateCommand } = await import('./commands/terminate.js');
        return terminateCommand(id, globals(this), io);
      }),
    );

  program
    .command('amend')
    .description(say('life.help.amend'))
    .argument('<id>', say('help.agreementId'))
    .option('--id <new-id>', say('life.help.amendId'))
    .option('--set <path=value>', say('life.help.amendSet'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--dry-run', say('life.help.dryRun'))
    .option('--force', say('life.help.amendForce'))
    .addHelpText(
      'after',
      afterHelp(say, undefined, [
        'accords amend amf-33-2026 --id amf-33-2026-avenant-1 --set term.duration=P2Y',
        'accords amend amf-33-2026 --id amf-33-2026-avenant-2 --set term.end=2029-06-30 --set notice.period=P3M --dry-run',
        'accords sign amf-33-2026-avenant-1 --date 2027-03-01 --place Bordeaux',
      ]),
    )
    .action(
      run(async function (this: CommandType, id: string) {
        const { amendCommand } = await import('./commands/amend.js');
        return amendCommand(id, globals(this), io);
      }),
    );

  program
    .command('history')
    .description(say('help.history'))
    .argument('<id>', say('help.agreementId'))
    .addHelpText(
      'after',
      afterHelp(say, say('help.formats', { default: 'text', others: 'json' }), ['accords history amf-pole-emploi-2016', 'accords history amf-33-2026 --format json']),
    )
    .action(
      run(async function (this: CommandType, id: string) {
        const { historyCommand } = await import('./commands/history.js');
        return historyCommand(id, globals(this), io);
      }),
    );

  program
    .command('init')
    .description(say('help.init'))
    .argument('[dir]', say('help.initDir'))
    .option('--tool <spec>', say('init.help.tool'))
    .option('--force', say('init.help.force'))
    .addHelpText(
      'after',
      afterHelp(say, undefined, ['accords init accords-gironde --tool ./accords-0.1.0.tgz', 'cd accords-gironde && npm install && npx accords validate', 'accords init . --force      # add what is missing, replace nothing']),
    )
    .action(
      run(async function (this: CommandType, dir: string | undefined) {
        const { initCommand } = await import('./commands/init.js');
        return initCommand(dir, this.opts(), io);
      }),
    );

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
