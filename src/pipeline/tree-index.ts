import type { FileCheck } from '../check/check-file.js';

/**
 * What the last `validate` knew of each record file, to tell next time what changed and what
 * depends on it: its identity (metadata, `''` when it was too fresh to trust; content hash, `''`
 * when the run did not hash it), and what the cross-file rules link it by — its id, whether it
 * passed its own checks, the ids it names (`parent`, `supersedes`), whether it keeps a signed copy.
 */
export type IndexEntry = readonly [meta: string, hash: string, id: string | null, valid: 0 | 1, refs: readonly string[], copy: 0 | 1];

/**
 * The index of a tree, one row per record file in file order, kept by column: an edited run reads
 * it back whole, and 100,000 rows as a handful of long texts parse in a fifth of the time 100,000
 * little arrays take, and make no garbage. A row's refs are decoded only when asked (`refsAt`).
 */
export interface TreeIndex {
  readonly files: readonly string[];
  readonly meta: readonly string[];
  readonly hash: readonly string[];
  readonly ids: readonly (string | null)[];
  readonly refs: readonly RefsRow[];
  /** One `0` or `1` a row. */
  readonly valid: string;
  readonly copy: string;
}

/** A row's refs: space-separated when none is empty or holds a space or a line break (`''`: none), else the list itself. */
export type RefsRow = string | readonly string[];

export function indexEntry(check: Pick<FileCheck, 'value' | 'valid'>, meta: string, hash: string): IndexEntry {
  const value = (check.value ?? {}) as { id?: unknown; parent?: unknown; supersedes?: unknown; signed_copy?: unknown };
  const refs = [value.parent, ...(Array.isArray(value.supersedes) ? value.supersedes : [])].filter((ref): ref is string => typeof ref === 'string');
  return [meta, hash, typeof value.id === 'string' ? value.id : null, check.valid ? 1 : 0, refs, check.valid && value.signed_copy ? 1 : 0];
}

/** The index of these files (in file order) and their entries. */
export function indexOfEntries(files: readonly string[], entries: readonly IndexEntry[]): TreeIndex {
  return {
    files,
    meta: entries.map((e) => e[0]),
    hash: entries.map((e) => e[1]),
    ids: entries.map((e) => e[2]),
    refs: entries.map((e) => refsRow(e[4])),
    valid: entries.map((e) => e[3]).join(''),
    copy: entries.map((e) => e[5]).join(''),
  };
}

export function refsRow(refs: readonly string[]): RefsRow {
  return refs.every((ref) => ref !== '' && !/[ \n]/.test(ref)) ? refs.join(' ') : refs;
}

const NO_REFS: readonly string[] = [];
const NO_ROWS: readonly number[] = [];

export function refsAt(row: RefsRow | undefined): readonly string[] {
  if (row === undefined || row === '') return NO_REFS;
  return typeof row === 'string' ? row.split(' ') : row;
}

/** How many valid records keep their signed copy: with one, the repository expects one of every signed convention. */
export function countSignedCopies(index: TreeIndex): number {
  let count = 0;
  for (let at = index.copy.indexOf('1'); at !== -1; at = index.copy.indexOf('1', at + 1)) count++;
  return count;
}

/**
 * As written to the cache: each column one text of lines when no value holds a line break (nor,
 * for ids, is empty: `''` stands for none), else the list as it is.
 */
export function encodeIndex(index: TreeIndex): unknown {
  const lines = (values: readonly string[]) => (values.some((v) => v.includes('\n')) ? values : values.join('\n'));
  const { files, meta, hash, ids, refs, valid, copy } = index;
  return {
    rows: files.length,
    files: lines(files),
    meta: lines(meta),
    hash: lines(hash),
    ids: ids.some((id) => id === '' || id?.includes('\n')) ? ids : ids.map((id) => id ?? '').join('\n'),
    refs: refs.every((row) => typeof row === 'string') ? lines(refs as readonly string[]) : refs,
    valid,
    copy,
  };
}

/** An index read back is trusted only in this shape (a damaged or older one is ignored: the tree is checked whole). */
export function decodeIndex(value: unknown): TreeIndex | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const rows = data.rows;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0) return undefined;
  const n = rows as number;
  const column = <T>(raw: unknown, fits: (v: unknown) => v is T): readonly (string | T)[] | undefined => {
    if (typeof raw === 'string') return n === 0 ? (raw === '' ? [] : undefined) : raw.split('\n');
    return Array.isArray(raw) && raw.every((v) => typeof v === 'string' || fits(v)) ? raw : undefined;
  };
  const none = (v: unknown): v is never => false;
  const files = column(data.files, none);
  const meta = column(data.meta, none);
  const hash = column(data.hash, none);
  const ids = column(data.ids, (v): v is null => v === null);
  const refs = column(data.refs, (v): v is string[] => Array.isArray(v) && v.every((ref) => typeof ref === 'string'));
  const flags = (raw: unknown) => typeof raw === 'string' && raw.length === n && /^[01]*$/.test(raw);
  if (!files || !meta || !hash || !ids || !refs || !flags(data.valid) || !flags(data.copy)) return undefined;
  if (![files, meta, hash, ids, refs].every((c) => c.length === n)) return undefined;
  if (typeof data.ids === 'string') {
    // `''` stands for none in the text (the split's own array: changed in place, not copied).
    const lines = ids as (string | null)[];
    for (let row = 0; row < lines.length; row++) if (lines[row] === '') lines[row] = null;
  }
  return {
    files,
    meta,
    hash,
    ids,
    refs,
    valid: data.valid as string,
    copy: data.copy as string,
  };
}

/** Ids looked up by searching the column, before building the map costs less (a search costs a fifth of it). */
const SEARCHES = 4;

/**
 * Each id's files, as the cross-file rules ask for them (`knownIds`): the first ids asked are
 * searched for in the column, and only a run that asks more builds the map (an incremental run
 * asks a handful; a map of 100,000 ids costs more than that).
 */
export class IdLookup implements ReadonlyMap<string, readonly string[]> {
  #rows: Map<string, number[]> | undefined;
  #files: Map<string, readonly string[]> | undefined;
  readonly #searched = new Map<string, readonly number[]>();
  constructor(
    private readonly files: readonly string[],
    private readonly ids: readonly (string | null)[],
  ) {}

  /** The rows holding this id, in file order. */
  rows(id: string): readonly number[] {
    if (this.#rows) return this.#rows.get(id) ?? NO_ROWS;
    let rows = this.#searched.get(id);
    if (rows) return rows;
    if (this.#searched.size >= SEARCHES) return this.rowMap().get(id) ?? NO_ROWS;
    const found: number[] = [];
    for (let at = this.ids.indexOf(id); at !== -1; at = this.ids.indexOf(id, at + 1)) found.push(at);
    this.#searched.set(id, (rows = found));
    return rows;
  }
  get(id: string): readonly string[] | undefined {
    const rows = this.rows(id);
    return rows.length === 0 ? undefined : rows.map((row) => this.files[row]!);
  }
  has(id: string): boolean {
    return this.rows(id).length > 0;
  }
  get size(): number {
    return this.rowMap().size;
  }
  forEach(callback: (files: readonly string[], id: string, map: ReadonlyMap<string, readonly string[]>) => void): void {
    for (const [id, files] of this.fileMap()) callback(files, id, this);
  }
  entries(): MapIterator<[string, readonly string[]]> {
    return this.fileMap().entries();
  }
  /** Lazily: the rules ask for the keys up front, and go through them only to guess at a broken reference. */
  *keys(): MapIterator<string> {
    yield* this.rowMap().keys();
  }
  values(): MapIterator<readonly string[]> {
    return this.fileMap().values();
  }
  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.fileMap().entries();
  }

  private rowMap(): Map<string, number[]> {
    if (this.#rows) return this.#rows;
    const map = new Map<string, number[]>();
    this.ids.forEach((id, row) => {
      if (id === null) return;
      const rows = map.get(id);
      if (rows) rows.push(row);
      else map.set(id, [row]);
    });
    return (this.#rows = map);
  }
  private fileMap(): Map<string, readonly string[]> {
    return (this.#files ??= new Map([...this.rowMap()].map(([id, rows]) => [id, rows.map((row) => this.files[row]!)])));
  }
}
