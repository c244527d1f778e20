import type { ExitCode, IsoDate } from '../types.js';
import { addDuration } from '../lifecycle/calendar.js';
import { parseWithin } from '../lifecycle/duration.js';
import { REPORT_FORMATS } from '../format/report/index.js';
import { dueEvents } from '../query/due.js';
import { viewOf } from '../query/summary.js';
import type { CommonOptions, Io } from './context.js';
import { pickFormat, usageError } from './context.js';
import { openRepository } from './open.js';

/** `accords report`: a Markdown (or HTML) overview a director can read on the forge. */
export async function reportCommand(options: CommonOptions & { within?: string }, io: Io): Promise<ExitCode> {
  const format = pickFormat(io, REPORT_FORMATS, options.format, 'markdown');
  if (typeof format === 'number') return format;
  const within = parseWithin(options.within ?? '3m');
  if (!within) return usageError(io, `--within: \`${options.within}\` is not a period`, 'write 90d, 12w, 3m, 1y or P3M');
  const repository = openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, asOf, registry } = repository;
  const until = addDuration(asOf, within) as IsoDate;
  io.stdout(
    format({
      asOf,
      until,
      agreements: tree.agreements.map((a) => viewOf(a, asOf).summary).sort((a, b) => (a.id < b.id ? -1 : 1)),
      names: new Map([...registry.values()].map((o) => [o.id, o.short_name ?? o.name])),
      due: dueEvents(tree.agreements, asOf, until),
      invalidFiles: tree.invalidFiles,
    }),
  );
  return 0;
}
