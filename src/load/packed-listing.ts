import { join, sep } from 'node:path';
import type { Message } from '../text/say.js';
import type { TreeEntry } from './tree.js';

/**
 * A tree's listing as a thread posts it: a few strings and one array of numbers rather than
 * 100,000 objects, which the structured clone would copy one by one on the receiving side.
 */
export interface PackedListing {
  /** Every entry's file, joined by NUL (no file name holds one). */
  readonly files: string;
  /** Every stat'ed entry's `ino:size:mtime:ctime`, joined by NUL; `''` for an entry without. */
  readonly keys: string;
  /** Per entry, inode, size, modified and changed times; NaN for an entry without metadata. */
  readonly stats: Float64Array;
  /** The entries that carry a problem, by their place in the listing. */
  readonly problems: readonly { readonly at: number; readonly problem: Message }[];
}

const NUL = '\0';

export function packListing(entries: readonly TreeEntry[]): PackedListing {
  const stats = new Float64Array(entries.length * 4).fill(Number.NaN);
  const problems: { at: number; problem: Message }[] = [];
  entries.forEach((entry, at) => {
    if (entry.problem) problems.push({ at, problem: entry.problem });
    if (!entry.stat) return;
    stats.set([entry.stat.ino, entry.stat.size, entry.stat.mtimeMs, entry.stat.ctimeMs], at * 4);
  });
  return { files: entries.map((entry) => entry.file).join(NUL), keys: entries.map((entry) => entry.stat?.key ?? '').join(NUL), stats, problems };
}

/** The entries again; each absolute path is the root's `agreements/` folder joined with the file's path (as the listing made it). */
export function unpackListing(root: string, packed: PackedListing): TreeEntry[] {
  if (packed.files === '') return [];
  const files = packed.files.split(NUL);
  const keys = packed.keys.split(NUL);
  const problems = new Map(packed.problems.map(({ at, problem }) => [at, problem]));
  const base = join(root, 'agreements');
  const { stats } = packed;
  return files.map((file, at) => {
    const rest = file.slice('agreements/'.length);
    const absolute = `${base}${sep}${sep === '/' ? rest : rest.split('/').join(sep)}`;
    const problem = problems.get(at);
    if (problem) return { file, absolute: file === 'agreements' ? base : absolute, problem };
    if (Number.isNaN(stats[at * 4]!)) return { file, absolute };
    return { file, absolute, stat: { ino: stats[at * 4]!, size: stats[at * 4 + 1]!, mtimeMs: stats[at * 4 + 2]!, ctimeMs: stats[at * 4 + 3]!, key: keys[at]! } };
  });
}
