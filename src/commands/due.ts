import type { ExitCode } from '../types.js';
import { DUE_FORMATS } from '../format/due/index.js';
import { dueEvents } from '../query/due.js';
import { LISTED_FIELDS } from '../query/summary.js';
import type { CommonOptions, Io } from './context.js';
import { paintFor, pickFormat, writePieces } from './context.js';
import { openRepository, windowEnd } from './open.js';

export interface DueOptions extends CommonOptions {
  within?: string;
  exitCode?: boolean;
}

/** `accords due`: the dated events from --as-of to --as-of + --within; `--exit-code` makes any event a 1. */
export async function dueCommand(options: DueOptions, io: Io): Promise<ExitCode> {
  const load = pickFormat(io, DUE_FORMATS, options.format, 'table');
  if (typeof load === 'number') return load;
  const repository = openRepository(io, options, { retain: LISTED_FIELDS });
  if (typeof repository === 'number') return repository;
  const { tree, asOf } = repository;
  const until = windowEnd(io, asOf, options.within);
  if (typeof until === 'number') return until;
  const events = dueEvents(tree.agreements, asOf, until);
  const format = await load();
  const paint = options.format === undefined || options.format === 'table' ? await paintFor(io, options) : await paintFor(io, { color: false });
  await writePieces(io, format(events, { paint, asOf, until }));
  return options.exitCode && events.length > 0 ? 1 : 0;
}
