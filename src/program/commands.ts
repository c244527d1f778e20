import type { CommonOptions, Io } from '../commands/context.js';
import { FORMATS } from '../commands/formats.js';
import type { Formats } from '../commands/formats.js';
import type { ExitCode } from '../types.js';
import type { Example, Words } from './help.js';

/** An option as commander takes it; its description is a catalogue key, or words the same in every language. */
export interface OptionSpec {
  readonly flags: string;
  readonly description: Words | { readonly verbatim: string };
  readonly default?: string;
  /** Given again, it adds to a list: `--set a=1 --set b=2`. */
  readonly repeatable?: true;
}

/** What a command's action gets from commander. */
export interface Invocation {
  /** The arguments, as declared (a variadic one is a list). */
  readonly args: readonly unknown[];
  /** Its own options and the global ones. */
  readonly options: CommonOptions;
  /** Its own options only. */
  readonly own: Readonly<Record<string, unknown>>;
  readonly io: Io;
}

/** A command, described once: commander's definition, its help, its formats and how it runs. */
export interface CommandSpec {
  readonly name: string;
  readonly description: Words;
  readonly arguments?: readonly { readonly name: string; readonly description: Words }[];
  readonly options?: readonly OptionSpec[];
  /** What `--format` may name; checked before the command's module is loaded. */
  readonly formats: Formats;
  /** An option that makes the command print something else, in formats of its own (and maybe run another module). */
  readonly mode?: { readonly flag: string; readonly formats: Formats; readonly run?: Run };
  readonly examples: readonly Example[];
  readonly run: Run;
}

type Run = (invocation: Invocation) => Promise<ExitCode>;

/** Load the command's module only when it runs (start-up imports none), then call it. */
function lazily<Module>(load: () => Promise<Module>, call: (module: Module, invocation: Invocation) => Promise<ExitCode>): Run {
  return async (invocation) => call(await load(), invocation);
}

const id = { name: '<id>', description: 'help.agreementId' } as const;
const dryRun = { flags: '--dry-run', description: 'life.help.dryRun' } as const;

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'validate',
    description: 'help.validate',
    arguments: [{ name: '[paths...]', description: 'help.validatePaths' }],
    options: [
      { flags: '--max-warnings <n>', description: 'help.validateMaxWarnings' },
      { flags: '--changed', description: 'help.validateChanged' },
      { flags: '--base <ref>', description: 'help.validateBase' },
    ],
    formats: FORMATS.validate,
    examples: [
      'accords validate',
      'accords validate agreements/local --format json',
      ['accords validate --format github      ', 'help.validateExampleGithub'],
      'accords validate --changed --base origin/main --format sarif > accords.sarif',
    ],
    run: lazily(
      () => import('../commands/validate.js'),
      ({ validateCommand }, { args: [paths], options, io }) => validateCommand(paths as string[], options, io),
    ),
  },
  {
    name: 'list',
    description: 'help.list',
    options: [
      { flags: '--kind <kinds>', description: 'help.listKind' },
      // These two list codes, the same in every language.
      { flags: '--level <levels>', description: { verbatim: 'national, regional, departmental, local' } },
      { flags: '--status <statuses>', description: { verbatim: 'draft, upcoming, in-force, expired, terminated, unknown' } },
      { flags: '--party <org>', description: 'help.listParty' },
      { flags: '--territory <code>', description: 'newcomer.help.listTerritory' },
      { flags: '--separator <char>', description: 'help.listSeparator' },
      { flags: '--bom', description: 'help.listBom' },
      { flags: '--coverage [framework]', description: 'coverage.help.option' },
    ],
    formats: FORMATS.list,
    // --coverage: where each model framework is declined, not a listing of records.
    mode: {
      flag: '--coverage',
      formats: FORMATS.coverage,
      run: lazily(
        () => import('../commands/coverage.js'),
        ({ coverageCommand }, { own, options, io }) => coverageCommand(own.coverage === true ? undefined : (own.coverage as string), options, io),
      ),
    },
    examples: [
      'accords list --party france-travail --status in-force',
      'accords list --kind local --territory 33 --format json',
      "accords list --format csv --separator ';' --bom > accords.csv",
      'accords list --coverage amf-pole-emploi-2016 --format json',
    ],
    run: lazily(
      () => import('../commands/list.js'),
      ({ listCommand }, { options, io }) => listCommand(options, io),
    ),
  },
  {
    name: 'show',
    description: 'help.show',
    arguments: [id],
    formats: FORMATS.show,
    examples: ['accords show amf-pole-emploi-2016', 'accords show amf-pole-emploi-2016 --as-of 2027-10-01 --format json'],
    run: lazily(
      () => import('../commands/show.js'),
      ({ showCommand }, { args: [agreement], options, io }) => showCommand(agreement as string, options, io),
    ),
  },
  {
    name: 'due',
    description: 'help.due',
    options: [
      // No default here: three months, or two years for a calendar (SPEC §7), chosen by the command.
      { flags: '--within <period>', description: 'help.dueWithin' },
      { flags: '--lead <period>', description: 'deadlines.help.lead' },
      { flags: '--exit-code', description: 'help.dueExitCode' },
    ],
    formats: FORMATS.due,
    examples: ['accords due', 'accords due --as-of 2026-11-22 --within 1y', 'accords due --within 90d --format ics > echeances.ics', 'accords due --lead 1m --format github'],
    run: lazily(
      () => import('../commands/due.js'),
      ({ dueCommand }, { options, io }) => dueCommand(options, io),
    ),
  },
  {
    name: 'report',
    description: 'help.report',
    options: [{ flags: '--within <period>', description: 'help.reportWithin', default: '3m' }],
    formats: FORMATS.report,
    examples: ['accords report > RAPPORT.md', 'accords report --format html > rapport.html'],
    run: lazily(
      () => import('../commands/report.js'),
      ({ reportCommand }, { options, io }) => reportCommand(options, io),
    ),
  },
  {
    name: 'new',
    description: 'help.new',
    options: [
      { flags: '--from <framework-id>', description: 'help.newFrom' },
      { flags: '--id <new-id>', description: 'help.newId' },
      { flags: '--set <name=value>', description: 'help.newSet', repeatable: true },
      { flags: '--vars <file.yaml>', description: 'help.newVars' },
      { flags: '--list-vars', description: 'help.newListVars' },
      { flags: '--dry-run', description: 'help.newDryRun' },
      { flags: '--force', description: 'help.newForce' },
    ],
    formats: FORMATS.new,
    mode: { flag: '--list-vars', formats: FORMATS.variables },
    examples: [
      'accords new --from amf-pole-emploi-2016 --list-vars',
      'accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars gironde.yaml',
      'accords new --from amf-pole-emploi-2016 --id amf-33-2026 --set departement=33 --set date_signature=2026-12-01 --dry-run',
    ],
    run: lazily(
      () => import('../commands/new.js'),
      ({ newCommand }, { options, io }) => newCommand(options, io),
    ),
  },
  {
    name: 'render',
    description: 'help.render',
    arguments: [{ name: '[ids...]', description: 'help.renderIds' }],
    options: [
      { flags: '--check', description: 'help.renderCheck' },
      { flags: '--force', description: 'render.helpForce' },
      { flags: '--out <file>', description: 'render.helpOut' },
    ],
    formats: FORMATS.render,
    examples: ['accords render amf-33-2026', ['accords render --check        ', 'help.renderExampleCheck'], ['accords render amf-33-2026 --format docx   ', 'render.helpExampleDocx']],
    run: lazily(
      () => import('../commands/render.js'),
      ({ renderCommand }, { args: [ids], options, io }) => renderCommand(ids as string[], options, io),
    ),
  },
  {
    name: 'sign',
    description: 'life.help.sign',
    arguments: [id],
    options: [
      { flags: '--date <date>', description: 'life.help.signDate' },
      { flags: '--place <place>', description: 'life.help.signPlace' },
      { flags: '--copy <file>', description: 'life.help.signCopy' },
      dryRun,
      { flags: '--force', description: 'life.help.signForce' },
    ],
    formats: FORMATS.sign,
    examples: ['accords sign amf-33-2026 --date 2026-12-01 --place Bordeaux', 'accords sign amf-33-2026 --date 2026-12-01 --copy agreements/local/amf-33-2026.signe.pdf --dry-run'],
    run: lazily(
      () => import('../commands/sign.js'),
      ({ signCommand }, { args: [agreement], options, io }) => signCommand(agreement as string, options, io),
    ),
  },
  {
    name: 'terminate',
    description: 'life.help.terminate',
    arguments: [id],
    options: [
      { flags: '--notice-given <date>', description: 'life.help.terminateNoticeGiven' },
      { flags: '--by <org>', description: 'life.help.terminateBy' },
      { flags: '--ended <date>', description: 'life.help.terminateEnded' },
      { flags: '--letter', description: 'life.help.terminateLetter' },
      { flags: '--place <place>', description: 'life.help.terminatePlace' },
      dryRun,
      { flags: '--force', description: 'life.help.terminateForce' },
    ],
    formats: FORMATS.terminate,
    examples: ['accords terminate amf-pole-emploi-2016 --notice-given 2027-09-01 --by amf --letter --place Paris', 'accords terminate amf-33-2026 --ended 2027-06-30 --dry-run'],
    run: lazily(
      () => import('../commands/terminate.js'),
      ({ terminateCommand }, { args: [agreement], options, io }) => terminateCommand(agreement as string, options, io),
    ),
  },
  {
    name: 'amend',
    description: 'life.help.amend',
    arguments: [id],
    options: [
      { flags: '--id <new-id>', description: 'life.help.amendId' },
      { flags: '--set <path=value>', description: 'life.help.amendSet', repeatable: true },
      dryRun,
      { flags: '--force', description: 'life.help.amendForce' },
    ],
    formats: FORMATS.amend,
    examples: [
      'accords amend amf-33-2026 --id amf-33-2026-avenant-1 --set term.duration=P2Y',
      'accords amend amf-33-2026 --id amf-33-2026-avenant-2 --set term.end=2029-06-30 --set notice.period=P3M --dry-run',
      'accords sign amf-33-2026-avenant-1 --date 2027-03-01 --place Bordeaux',
    ],
    run: lazily(
      () => import('../commands/amend.js'),
      ({ amendCommand }, { args: [agreement], options, io }) => amendCommand(agreement as string, options, io),
    ),
  },
  {
    name: 'history',
    description: 'help.history',
    arguments: [id],
    formats: FORMATS.history,
    examples: ['accords history amf-pole-emploi-2016', 'accords history amf-33-2026 --format json'],
    run: lazily(
      () => import('../commands/history.js'),
      ({ historyCommand }, { args: [agreement], options, io }) => historyCommand(agreement as string, options, io),
    ),
  },
  {
    name: 'init',
    description: 'help.init',
    arguments: [{ name: '[dir]', description: 'help.initDir' }],
    options: [
      { flags: '--tool <spec>', description: 'init.help.tool' },
      { flags: '--force', description: 'init.help.force' },
    ],
    formats: FORMATS.init,
    examples: ['accords init accords-gironde --tool ./accords-0.1.0.tgz', 'cd accords-gironde && npm install && npx accords validate', 'accords init . --force      # add what is missing, replace nothing'],
    // Only its own options: a new repository has no root, no as-of day.
    run: lazily(
      () => import('../commands/init.js'),
      ({ initCommand }, { args: [dir], own, io }) => initCommand(dir as string | undefined, own, io),
    ),
  },
];
