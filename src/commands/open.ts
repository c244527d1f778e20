import type { ExitCode, IsoDate, Organization } from '../types.js';
import { addDuration } from '../lifecycle/calendar.js';
import { parseIsoDate } from '../lifecycle/date.js';
import { parseWithin } from '../lifecycle/duration.js';
import type { LoadedTree } from '../load/repository.js';
import { loadTree } from '../load/repository.js';
import { resolveRoot } from '../load/root.js';
import type { CommonOptions, Io } from './context.js';
import { cacheFolderFor, usageError } from './context.js';

export interface OpenRepository {
  readonly tree: LoadedTree;
  readonly asOf: IsoDate;
  readonly registry: ReadonlyMap<string, Organization>;
}

/** The `--as-of` day, or today. */
export function asOfDay(io: Io, options: CommonOptions): IsoDate | ExitCode {
  const text = options.asOf ?? io.today;
  const date = parseIsoDate(text);
  return date ?? usageError(io, `--as-of: \`${text}\` is not a calendar date`, 'write YYYY-MM-DD, e.g. --as-of 2026-11-22');
}

/**
 * What every command but `validate` starts with: the root, the valid records, and one warning
 * line on stderr for each file left out because it is invalid (SPEC §5).
 */
export function openRepository(io: Io, options: CommonOptions): OpenRepository | ExitCode {
  const asOf = asOfDay(io, options);
  if (typeof asOf === 'number') return asOf;
  const found = resolveRoot(options.root, io.env, io.cwd);
  if (!found.ok) return usageError(io, found.message, found.hint);
  const tree = loadTree(found.root, { cacheFolder: cacheFolderFor(io, options, found.root) });
  for (const file of tree.invalidFiles) {
    io.stderr(`accords: warning: ${file} has errors and was left out (run \`accords validate ${file}\`)\n`);
  }
  return { tree, asOf, registry: new Map(tree.organizations.map((o) => [o.id, o])) };
}

/** The last day of a `--within` window that starts on `asOf` (default three months), or a usage error. */
export function windowEnd(io: Io, asOf: IsoDate, within: string | undefined): IsoDate | ExitCode {
  const period = parseWithin(within ?? '3m');
  if (!period) return usageError(io, `--within: \`${within}\` is not a period`, 'write 90d, 12w, 3m, 1y or an ISO 8601 duration such as P3M');
  return addDuration(asOf, period);
}
