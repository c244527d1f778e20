import type { ExitCode, IsoDate, Organization } from '../types.js';
import { dateHint } from '../check/date-hint.js';
import { addDuration } from '../lifecycle/calendar.js';
import { parseIsoDate } from '../lifecycle/date.js';
import { parseWithin } from '../lifecycle/duration.js';
import { resolveRoot } from '../load/root.js';
import { runPipeline } from '../pipeline/run.js';
import { message } from '../text/say.js';
import type { LoadedTree } from '../pipeline/run.js';
import type { CommonOptions, Io } from './context.js';
import { cacheFolderFor, usageError } from './context.js';

export interface OpenRepository {
  readonly tree: LoadedTree;
  readonly asOf: IsoDate;
  readonly registry: ReadonlyMap<string, Organization>;
}

/** The `--as-of` day, or today. */
export function asOfDay(io: Io, options: CommonOptions): IsoDate | ExitCode {
  const { say } = io;
  const text = options.asOf ?? io.today;
  const date = parseIsoDate(text);
  return date ?? usageError(io, say('commands.asOfNotDate', { text }), say.message(dateHint(text) ?? message('commands.asOfHint')));
}

/**
 * What every command but `validate` starts with: the root, the valid records, and one warning
 * line on stderr for each file left out because it is invalid (SPEC §5). Of each record, the
 * fields the facts store keeps (see pipeline/fields.ts); `whole`: every record whole, for a
 * command that drafts from or edits records.
 */
export async function openRepository(io: Io, options: CommonOptions, { whole = false }: { whole?: boolean } = {}): Promise<OpenRepository | ExitCode> {
  const { say } = io;
  const asOf = asOfDay(io, options);
  if (typeof asOf === 'number') return asOf;
  const found = resolveRoot(options.root, io.env, io.cwd);
  if (!found.ok) return usageError(io, say.message(found.message), say.message(found.hint));
  // Invalid files are named, not explained (that is `validate`'s job): findings need no position.
  const tree = await runPipeline(found.root, { cacheFolder: cacheFolderFor(io, options, found.root), whole });
  for (const file of tree.invalidFiles) {
    io.stderr(`accords: ${say('commands.invalidFileLeftOut', { file })}\n`);
  }
  return { tree, asOf, registry: new Map(tree.organizations.map((o) => [o.id, o])) };
}

/** The last day of a `--within` window that starts on `asOf` (default three months), or a usage error. */
export function windowEnd(io: Io, asOf: IsoDate, within: string | undefined): IsoDate | ExitCode {
  const { say } = io;
  const period = parseWithin(within ?? '3m');
  if (!period) return usageError(io, say('commands.withinNotPeriod', { text: String(within) }), say('commands.withinHint'));
  return addDuration(asOf, period);
}
