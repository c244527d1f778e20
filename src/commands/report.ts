import type { ExitCode } from '../types.js';
import { REPORT_FORMATS } from '../format/report/index.js';
import type { ReportData } from '../format/report/types.js';
import { dueEvents } from '../query/due.js';
import { amendmentIndex } from '../query/amendments.js';
import { viewOf } from '../query/summary.js';
import { organizationOn } from '../registry/succession.js';
import type { CommonOptions, Io } from './context.js';
import { pickFormat, writePieces } from './context.js';
import { coverageFor } from './coverage.js';
import { openRepository, windowEnd } from './open.js';

/** `accords report`: a Markdown (or HTML) overview a director can read on the forge. */
export async function reportCommand(options: CommonOptions & { within?: string }, io: Io): Promise<ExitCode> {
  const format = pickFormat(io, REPORT_FORMATS, options.format, 'markdown');
  if (typeof format === 'number') return format;
  const data = await reportData(io, options);
  if (typeof data === 'number') return data;
  // Only what the report shows is held while it is written: the records it comes from are let go.
  await writePieces(io, format(data, { say: io.say }));
  return 0;
}

async function reportData(io: Io, options: CommonOptions & { within?: string }): Promise<ReportData | ExitCode> {
  const repository = await openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, asOf, registry } = repository;
  const until = windowEnd(io, asOf, options.within);
  if (typeof until === 'number') return until;
  const amendments = amendmentIndex(tree.agreements);
  const agreements = tree.agreements.map((a) => viewOf(a, asOf, false, amendments).summary).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    asOf,
    until,
    agreements,
    names: new Map([...registry.values()].map((o) => [o.id, o.short_name ?? o.name])),
    asOfOrg: new Map([...registry.keys()].map((id) => [id, organizationOn(id, asOf, registry)])),
    due: dueEvents(tree.agreements, asOf, until, { amendments }),
    invalidFiles: tree.invalidFiles,
    coverage: await coverageFor(repository, undefined, agreements),
  };
}
