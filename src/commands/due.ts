import { relative, resolve } from 'node:path';
import type { Agreement, Duration, ExitCode, IsoDate } from '../types.js';
import { DUE_FORMATS } from '../format/due/index.js';
import type { DueEvent } from '../format/due/types.js';
import { parseWithin } from '../lifecycle/duration.js';
import { amendmentIndex } from '../query/amendments.js';
import { dueEvents } from '../query/due.js';
import { TOOL_VERSION } from '../version.js';
import type { CommonOptions, Io } from './context.js';
import { paintFor, pickFormat, usageError, writePieces } from './context.js';
import { openRepository, windowEnd } from './open.js';

export interface DueOptions extends CommonOptions {
  within?: string;
  lead?: string;
  exitCode?: boolean;
}

/**
 * `accords due`: the dated events from --as-of to --as-of + --within (three months; two years
 * for a calendar, SPEC §7); `--lead` announces each that much earlier; `--exit-code` makes any
 * event a 1.
 */
export async function dueCommand(options: DueOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const load = pickFormat(io, DUE_FORMATS, options.format, 'table');
  if (typeof load === 'number') return load;
  const lead = options.lead === undefined ? undefined : parseWithin(options.lead);
  if (lead === null) return usageError(io, say('deadlines.leadNotPeriod', { text: String(options.lead) }), say('deadlines.leadHint'));
  const due = await dueOf(io, options, lead, options.format === 'github' || options.format === 'sarif');
  if (typeof due === 'number') return due;
  const { events, asOf, until, placeOf } = due;
  // Only the events (and, for a format that places them, the records they come from) are held while they are written.
  const format = await load();
  const paint = options.format === undefined || options.format === 'table' ? await paintFor(io, options) : await paintFor(io, { color: false });
  await writePieces(io, format(events, { say: io.say, paint, asOf, until, toolVersion: TOOL_VERSION, ...(placeOf ? { placeOf } : {}) }));
  return options.exitCode && events.length > 0 ? 1 : 0;
}

/** The events of the window, sorted, and where each is written when `placed`. */
async function dueOf(io: Io, options: DueOptions, lead: Duration | undefined, placed: boolean): Promise<{ events: DueEvent[]; asOf: IsoDate; until: IsoDate; placeOf?: Placer } | ExitCode> {
  const repository = await openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, asOf } = repository;
  const until = windowEnd(io, asOf, options.within ?? (options.format === 'ics' ? '2y' : undefined));
  if (typeof until === 'number') return until;
  const events = dueEvents(tree.agreements, asOf, until, { amendments: amendmentIndex(tree.agreements), ...(lead ? { lead } : {}) });
  if (!placed) return { events, asOf, until };
  return { events, asOf, until, placeOf: await placesOf(events, tree.root, io.cwd, new Map(tree.agreements.map((a) => [a.agreement.id, a.agreement]))) };
}

type Placer = (event: DueEvent) => { file: string; line: number; column: number } | undefined;

/**
 * Where each event's cause is written (SPEC §6): `notice` for a notice deadline, `term` for a
 * renewal or an expiry (`termination` for an expiry it set), `review_every`, `committee`,
 * `effective` (else `signed`) for a start. Only the files that have events are parsed, with
 * positions; the file is given relative to the working folder, as `validate --format github` does.
 */
async function placesOf(events: readonly DueEvent[], root: string, cwd: string, records: ReadonlyMap<string, Agreement>): Promise<Placer> {
  const { readSource } = await import('../load/read.js');
  const { parseYaml } = await import('../parse/yaml.js');
  const parsed = new Map<string, ReturnType<typeof parseYaml> | undefined>();
  return (event) => {
    if (event.file === undefined) return undefined;
    let doc = parsed.get(event.file);
    if (!parsed.has(event.file)) {
      const source = readSource(event.file, resolve(root, event.file));
      doc = 'text' in source && source.text !== undefined ? parseYaml(source.text) : undefined;
      parsed.set(event.file, doc);
    }
    const record = records.get(event.id);
    const range = doc?.locate([causeKey(event, record)], 'key');
    const file = relative(cwd, resolve(root, event.file)).split('\\').join('/') || event.file;
    return range ? { file, line: range.start.line + 1, column: range.start.column + 1 } : { file, line: 1, column: 1 };
  };
}

function causeKey(event: DueEvent, record: Agreement | undefined): string {
  switch (event.event) {
    case 'notice-deadline':
      return 'notice';
    case 'renewal':
      return 'term';
    case 'expiry':
      return record?.term === undefined && record?.termination !== undefined ? 'termination' : 'term';
    case 'review':
      return 'review_every';
    case 'committee-meeting':
      return 'committee';
    case 'start':
      return record?.effective !== undefined && record.effective !== null ? 'effective' : 'signed';
  }
}
