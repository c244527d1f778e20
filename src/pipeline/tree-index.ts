import type { FileCheck } from '../check/check-file.js';

/**
 * What the last `validate` knew of each record file, to tell next time what changed and what
 * depends on it: its identity (metadata, `''` when it was too fresh to trust; content hash, `''`
 * when the run did not hash it),
 * and what the cross-file rules link it by — its id, whether it passed its own checks, the ids it
 * names (`parent`, `supersedes`), whether it keeps a signed copy.
 */
export type IndexEntry = readonly [meta: string, hash: string, id: string | null, valid: 0 | 1, refs: readonly string[], copy: 0 | 1];
export type TreeIndex = Readonly<Record<string, IndexEntry>>;

export function indexEntry(check: Pick<FileCheck, 'value' | 'valid'>, meta: string, hash: string): IndexEntry {
  const value = (check.value ?? {}) as { id?: unknown; parent?: unknown; supersedes?: unknown; signed_copy?: unknown };
  const refs = [value.parent, ...(Array.isArray(value.supersedes) ? value.supersedes : [])].filter((ref): ref is string => typeof ref === 'string');
  return [meta, hash, typeof value.id === 'string' ? value.id : null, check.valid ? 1 : 0, refs, check.valid && value.signed_copy ? 1 : 0];
}

/** How many valid records keep their signed copy: with one, the repository expects one of every signed convention. */
export function countSignedCopies(index: TreeIndex): number {
  let count = 0;
  for (const file in index) count += index[file]![5];
  return count;
}

/** Each id's files and the files that name it, in file order. */
export function linksOf(index: TreeIndex, files: readonly string[]): { byId: Map<string, string[]>; namedBy: Map<string, string[]> } {
  const byId = new Map<string, string[]>();
  const namedBy = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, file: string) => {
    const list = map.get(key);
    if (list) list.push(file);
    else map.set(key, [file]);
  };
  for (const file of files) {
    const entry = index[file];
    if (!entry) continue;
    if (entry[2] !== null) add(byId, entry[2], file);
    for (const ref of entry[4]) add(namedBy, ref, file);
  }
  return { byId, namedBy };
}

/** An index read back is trusted only in this shape (a damaged or older one is ignored: the tree is checked whole). */
export function isIndex(value: unknown): value is TreeIndex {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const file in value) {
    const e = (value as Record<string, unknown>)[file];
    if (!Array.isArray(e) || e.length !== 6 || typeof e[0] !== 'string' || typeof e[1] !== 'string' || (e[2] !== null && typeof e[2] !== 'string')) return false;
    if ((e[3] !== 0 && e[3] !== 1) || (e[5] !== 0 && e[5] !== 1) || !Array.isArray(e[4])) return false;
    for (const ref of e[4] as unknown[]) if (typeof ref !== 'string') return false;
  }
  return true;
}
