import { TOOL_VERSION } from './version.js';
import type { Command as CommandType } from 'commander';
import type { ExitCode } from './types.js';
import type { CommonOptions, Io } from './commands/context.js';
import { LANGUAGES, languageFromEnv } from './text/language.js';
import type { Language } from './text/language.js';
import { say, useLanguage } from './text/say.js';

const VERSION = TOOL_VERSION;

/** Today in local time (SPEC §4.8): the only place the tool reads the clock. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function processIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    today: localToday(),
  };
}

/** `--lang fr` / `--lang=fr` wins over the locale; an unknown language is a usage error. */
function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): Language | { problem: string } {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') asked = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  }
  if (asked === undefined) return languageFromEnv(env);
  const chosen = LANGUAGES.find((l) => l === asked!.trim().toLowerCase());
  if (chosen) return chosen;
  useLanguage(languageFromEnv(env));
  return { problem: `accords: ${say('commands.unknownLanguage', { language: asked })}\n  ${say('commands.languages', { languages: LANGUAGES.join(', ') })}\n` };
}

/** Run the command line; resolves to the exit code (SPEC §5: 0, 1 or 2). Only this module's caller sets process.exitCode. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  // `accords --version` answers before commander is even loaded: start-up is a feature.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // The language is settled before commander builds the help, from --lang or the locale.
  const language = chooseLanguage(argv, io.env);
  if (typeof language !== 'string') {
    io.stderr(language.problem);
    return 2;
  }
  useLanguage(language);
  const { Command, CommanderError, Option } = await import('commander');
  let exitCode: ExitCode = 0;
  const program = new Command('accords')
    .description('Validate, track and draft partnership agreements (accords-cadres) kept as YAML in git.')
    .version(VERSION, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride();

  program
    .option('--root <dir>', 'the repository of agreements (default: $ACCORDS_ROOT, else the nearest folder above with agreements/)')
    .option('--as-of <date>', 'the day to compute for, YYYY-MM-DD (default: today)')
    .option('--format <name>', 'output format (each command lists its own)')
    .option('--no-color', 'no colours (also NO_COLOR=1)')
    .option('--no-cache', 'parse every file again (also ACCORDS_CACHE=0); see README, Performance')
    .option('--debug', 'show stack traces of internal errors')
    .option('--lang <language>', 'en or fr (default: from LC_ALL, LC_MESSAGES or LANG; English unless French)');

  const run = (action: (this: CommandType, ...args: never[]) => Promise<ExitCode>) =>
    async function (this: CommandType, ...args: unknown[]) {
      exitCode = await action.apply(this, args as never[]);
    };
  const globals = (command: CommandType): CommonOptions => command.optsWithGlobals();

  program
    .command('validate')
    .description('check every record (or the given files and folders) and organizations.yaml')
    .argument('[paths...]', 'records or folders under agreements/')
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this'))
    .option('--changed', 'report only on records changed in git (still checked against the whole tree)')
    .option('--base <ref>', 'with --changed: changed since this ref (default: uncommitted changes)')
    .addHelpText('after', `
Formats: stylish (default), json, github, sarif, junit.

Examples:
  $ accords validate
  $ accords validate agreements/local --format json
  $ accords validate --format github      # annotations in a GitHub Actions log
  $ accords validate --changed --base origin/main --format sarif > accords.sarif`)
    .action(
      run(async function (this: CommandType, paths: string[]) {
        const { validateCommand } = await import('./commands/validate.js');
        return validateCommand(paths, globals(this), io);
      }),
    );

  program
    .command('list')
    .description('one row per agreement: id, kind, level, parties, signed, status, next date')
    .option('--kind <kinds>', 'framework, local, protocol, amendment (several with commas)')
    .option('--level <levels>', 'national, regional, departmental, local')
    .option('--status <statuses>', 'draft, upcoming, in-force, expired, terminated, unknown')
    .option('--party <org>', 'agreements of this organization, or of one it succeeded')
    .option('--territory <code>', 'an INSEE region, département or commune code, or an EPCI SIREN')
    .option('--separator <char>', 'csv: the field separator (";" for French spreadsheets)')
    .option('--bom', 'csv: start with a UTF-8 byte-order mark (for Excel)')
    .addHelpText('after', `
Formats: table (default), json, csv.

Examples:
  $ accords list --party france-travail --status in-force
  $ accords list --kind local --territory 33 --format json
  $ accords list --format csv --separator ';' --bom > accords.csv`)
    .action(
      run(async function (this: CommandType) {
        const { listCommand } = await import('./commands/list.js');
        return listCommand(globals(this), io);
      }),
    );

  program
    .command('show')
    .description('one agreement with its timeline: terms, renewals, notice deadline, reviews, end')
    .argument('<id>', 'the agreement id')
    .addHelpText('after', `
Formats: text (default), json.

Examples:
  $ accords show amf-pole-emploi-2016
  $ accords show amf-pole-emploi-2016 --as-of 2027-10-01 --format json`)
    .action(
      run(async function (this: CommandType, id: string) {
        const { showCommand } = await import('./commands/show.js');
        return showCommand(id, globals(this), io);
      }),
    );

  program
    .command('due')
    .description('dated events (start, notice-deadline, renewal, expiry, review) from --as-of to --as-of + --within')
    .option('--within <period>', '90d, 12w, 3m, 1y or ISO 8601 (P3M)', '3m')
    .option('--exit-code', 'exit 1 when any event is listed (for cron and CI)')
    .addHelpText('after', `
Formats: table (default), json, ics.

Examples:
  $ accords due
  $ accords due --as-of 2026-11-22 --within 1y
  $ accords due --within 90d --format ics > echeances.ics`)
    .action(
      run(async function (this: CommandType) {
        const { dueCommand } = await import('./commands/due.js');
        return dueCommand(globals(this), io);
      }),
    );

  program
    .command('report')
    .description('a Markdown overview: counts by status and partner, what is due, a timeline (mermaid gantt)')
    .option('--within <period>', 'how far ahead the "due" section looks', '3m')
    .addHelpText('after', `
Formats: markdown (default), html.

Examples:
  $ accords report > RAPPORT.md
  $ accords report --format html > rapport.html`)
    .action(
      run(async function (this: CommandType) {
        const { reportCommand } = await import('./commands/report.js');
        return reportCommand(globals(this), io);
      }),
    );

  program
    .command('new')
    .description('draft a local convention from a framework’s template: agreements/local/<id>.yaml and .md')
    .option('--from <framework-id>', 'the agreement whose template to use')
    .option('--id <new-id>', 'the new convention’s id (a lower-case slug)')
    .option('--set <name=value>', 'a variable (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--vars <file.yaml>', 'variables from a YAML file (name: value)')
    .option('--list-vars', 'print the template’s variables and exit')
    .option('--dry-run', 'print what would be written, write nothing')
    .option('--force', 'replace existing files')
    .addHelpText('after', `
Formats (--list-vars): table (default), json.

Examples:
  $ accords new --from amf-pole-emploi-2016 --list-vars
  $ accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars gironde.yaml
  $ accords new --from amf-pole-emploi-2016 --id amf-33-2026 --set departement=33 --set date_signature=2026-12-01 --dry-run`)
    .action(
      run(async function (this: CommandType) {
        const { newCommand } = await import('./commands/new.js');
        return newCommand(globals(this), io);
      }),
    );

  program
    .command('render')
    .description('regenerate the text of drafted conventions from their record and template')
    .argument('[ids...]', 'conventions to render (default: every drafted one)')
    .option('--check', 'change nothing; exit 1 when a committed text differs (for CI)')
    .addHelpText('after', `
Examples:
  $ accords render amf-33-2026
  $ accords render --check        # in CI: every committed convention matches its record`)
    .action(
      run(async function (this: CommandType, ids: string[]) {
        const { renderCommand } = await import('./commands/render.js');
        return renderCommand(ids, globals(this), io);
      }),
    );

  program
    .command('history')
    .description('the commits that touched a record, and what each changed, in words')
    .argument('<id>', 'the agreement id')
    .addHelpText('after', `
Formats: text (default), json.

Examples:
  $ accords history amf-pole-emploi-2016
  $ accords history amf-33-2026 --format json`)
    .action(
      run(async function (this: CommandType, id: string) {
        const { historyCommand } = await import('./commands/history.js');
        return historyCommand(id, globals(this), io);
      }),
    );

  program
    .command('init')
    .description('scaffold a new repository of agreements: registry, an example, templates, CI and editor settings')
    .argument('[dir]', 'the folder (default: the current one)')
    .option('--force', 'write into a folder that is not empty')
    .addHelpText('after', `
Examples:
  $ accords init accords-gironde
  $ cd accords-gironde && npm install --save-dev accords && npx accords validate`)
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
