import type { FileCheck } from '../check/check-file.js';

/**
 * What the last `validate` knew of each record file, to tell next time what changed and what
 * depends on it: its identity (metadata, `''` when it was too fresh to trust; content hash, `''`
 * when the run did not hash it), and what the cross-file rules link it by — its id, whether it
 * passed its own checks, the ids it names (`parent`, `supersedes`), whether it keeps a signed copy.
 */
export type IndexEntry = readonly [meta: string, hash: string, id: string | null, valid: 0 | 1, refs: readonly string[], copy: 0 | 1];

/**
 * The index of a tree, one row per record file in file order, kept by column. An edited run reads
 * it back whole and looks at a few rows: each column is one text of lines, read in place (100,000
 * rows as 100,000 arrays, or even as 500,000 strings, cost more to make and collect than the rest
 * of the run's extra work).
 */
export interface TreeIndex {
  readonly rows: number;
  readonly files: Texts;
  readonly meta: Texts;
  readonly hash: Texts;
  readonly ids: Column<string | null>;
  readonly refs: Column<readonly string[]>;
  /** One `0` or `1` a row. */
  readonly valid: string;
  readonly copy: string;
}

/** One column of the index. */
export interface Column<T> {
  at(row: number): T;
  /** Whether the row holds exactly this text (for `refs`: names it). */
  is(row: number, value: string): boolean;
  /** The rows holding exactly this text (for `refs`: naming it), in order. */
  rowsOf(value: string): readonly number[];
  /** Every row's value (to write the column, or to read a changed listing). */
  values(): readonly T[];
}

/** A column of texts. */
export interface Texts extends Column<string> {
  /** Whether it holds exactly these values, in this order. */
  same(values: readonly string[]): boolean;
}

export function indexEntry(check: Pick<FileCheck, 'value' | 'valid'>, meta: string, hash: string): IndexEntry {
  const value = (check.value ?? {}) as { id?: unknown; parent?: unknown; supersedes?: unknown; signed_copy?: unknown };
  const refs = [value.parent, ...(Array.isArray(value.supersedes) ? value.supersedes : [])].filter((ref): ref is string => typeof ref === 'string');
  return [meta, hash, typeof value.id === 'string' ? value.id : null, check.valid ? 1 : 0, refs, check.valid && value.signed_copy ? 1 : 0];
}

/** The index of these files (in file order) and their entries. */
export function indexOfEntries(files: readonly string[], entries: readonly IndexEntry[]): TreeIndex {
  return {
    rows: files.length,
    files: listColumn(files),
    meta: listColumn(entries.map((e) => e[0])),
    hash: listColumn(entries.map((e) => e[1])),
    ids: listColumn(entries.map((e) => e[2])),
    refs: refsList(entries.map((e) => e[4])),
    valid: entries.map((e) => e[3]).join(''),
    copy: entries.map((e) => e[5]).join(''),
  };
}

/** A row as an entry (what the next index is made of). */
export function entryAt(index: TreeIndex, row: number): IndexEntry {
  return [index.meta.at(row), index.hash.at(row), index.ids.at(row), index.valid[row] === '1' ? 1 : 0, index.refs.at(row), index.copy[row] === '1' ? 1 : 0];
}

/** How many valid records keep their signed copy: with one, the repository expects one of every signed convention. */
export function countSignedCopies(index: TreeIndex): number {
  let count = 0;
  for (let at = index.copy.indexOf('1'); at !== -1; at = index.copy.indexOf('1', at + 1)) count++;
  return count;
}

/**
 * As written to the cache: each column one text of lines (ids: `''` for none; refs: space-separated)
 * when no value could be mistaken there, else the list as it is.
 */
export function encodeIndex(index: TreeIndex): unknown {
  const lines = (values: readonly string[]) => (values.some((v) => v.includes('\n')) ? values : values.join('\n'));
  const ids = index.ids.values();
  const refs = index.refs.values();
  return {
    rows: index.rows,
    files: lines(index.files.values()),
    meta: lines(index.meta.values()),
    hash: lines(index.hash.values()),
    ids: ids.some((id) => id === '' || id?.includes('\n')) ? ids : ids.map((id) => id ?? '').join('\n'),
    refs: refs.every((list) => list.every((ref) => ref !== '' && !/[ \n]/.test(ref))) ? refs.map((list) => list.join(' ')).join('\n') : refs,
    valid: index.valid,
    copy: index.copy,
  };
}

/** An index read back is trusted only in this shape (a damaged or older one is ignored: the tree is checked whole). */
export function decodeIndex(value: unknown): TreeIndex | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const data = value as Record<string, unknown>;
  const rows = data.rows;
  if (!Number.isSafeInteger(rows) || (rows as number) < 0) return undefined;
  const n = rows as number;
  // First the flags, one character a row: a forged count of rows is then not believed before any is made.
  const flags = (raw: unknown) => typeof raw === 'string' && raw.length === n && /^[01]*$/.test(raw);
  if (!flags(data.valid) || !flags(data.copy)) return undefined;
  const strings = (raw: unknown): Texts | undefined => {
    if (typeof raw === 'string') return textColumn(raw, n);
    return isList(raw, n, (v) => typeof v === 'string') ? listColumn(raw as string[]) : undefined;
  };
  const files = strings(data.files);
  const meta = strings(data.meta);
  const hash = strings(data.hash);
  const ids = typeof data.ids === 'string' ? idsText(data.ids, n) : isList(data.ids, n, (v) => v === null || typeof v === 'string') ? listColumn(data.ids as (string | null)[]) : undefined;
  const refs = typeof data.refs === 'string' ? refsText(data.refs, n) : isList(data.refs, n, (v) => Array.isArray(v) && v.every((ref) => typeof ref === 'string')) ? refsList(data.refs as string[][]) : undefined;
  if (!files || !meta || !hash || !ids || !refs) return undefined;
  return { rows: n, files, meta, hash, ids, refs, valid: data.valid as string, copy: data.copy as string };
}

function isList(raw: unknown, rows: number, fits: (value: unknown) => boolean): boolean {
  return Array.isArray(raw) && raw.length === rows && raw.every(fits);
}

function listColumn(values: readonly string[]): Texts;
function listColumn<T extends string | null>(values: readonly T[]): Column<T>;
function listColumn<T extends string | null>(values: readonly T[]): Column<T> & { same(others: readonly T[]): boolean } {
  return {
    same: (others) => others.length === values.length && others.every((value, row) => value === values[row]),
    at: (row) => values[row]!,
    is: (row, value) => values[row] === value,
    rowsOf: (value) => {
      const rows: number[] = [];
      for (let at = values.indexOf(value as T); at !== -1; at = values.indexOf(value as T, at + 1)) rows.push(at);
      return rows;
    },
    values: () => values,
  };
}

function refsList(values: readonly (readonly string[])[]): Column<readonly string[]> {
  return {
    at: (row) => values[row]!,
    is: (row, ref) => values[row]!.includes(ref),
    rowsOf: (ref) => values.flatMap((refs, row) => (refs.includes(ref) ? [row] : [])),
    values: () => values,
  };
}

/**
 * A column as one text of `rows` lines, read in place: a row is cut out only when asked for, and
 * a value is found by searching the text (a fast scan), not by comparing row after row.
 */
class Lines {
  /** Where each row starts, and (last) where a row after the last would. */
  readonly starts: Int32Array;
  constructor(
    readonly text: string,
    rows: number,
  ) {
    this.starts = new Int32Array(rows + 1);
    let lines = 1;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
      if (lines < rows) this.starts[lines] = at + 1;
      lines++;
    }
    this.starts[rows] = text.length + 1;
    this.count = rows === 0 && text === '' ? 0 : lines;
  }
  /** How many lines the text holds: a column is trusted only when there are as many as rows. */
  readonly count: number;

  at(row: number): string {
    return this.text.slice(this.starts[row]!, this.starts[row + 1]! - 1);
  }
  is(row: number, value: string): boolean {
    const start = this.starts[row]!;
    const end = this.starts[row + 1]! - 1;
    // Cut and compared: `startsWith` at a position is twice as slow.
    return end - start === value.length && this.text.slice(start, end) === value;
  }
  /** The rows where `value` stands between two of these separators (a line break always is one). */
  rowsOf(value: string, spaces = false): number[] {
    const rows: number[] = [];
    if (value === '' || value.includes('\n') || (spaces && value.includes(' '))) return rows;
    const apart = (code: number) => Number.isNaN(code) || code === 10 || (spaces && code === 32);
    for (let at = this.text.indexOf(value); at !== -1; at = this.text.indexOf(value, at + 1)) {
      if (!apart(this.text.charCodeAt(at - 1)) || !apart(this.text.charCodeAt(at + value.length))) continue;
      const row = this.rowAt(at);
      if (rows.at(-1) !== row) rows.push(row);
    }
    return rows;
  }
  values(): string[] {
    return this.starts.length === 1 ? [] : this.text.split('\n');
  }
  private rowAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function textColumn(text: string, rows: number): Texts | undefined {
  const lines = new Lines(text, rows);
  if (lines.count !== rows) return undefined;
  return {
    // A value holding a line break makes more lines than values: the lengths then differ.
    same: (values) => values.length === rows && values.join('\n') === text,
    at: (row) => lines.at(row),
    is: (row, value) => lines.is(row, value),
    // An empty line is found by its length: a search for nothing matches everywhere.
    rowsOf: (value) => (value === '' ? [...Array(rows).keys()].filter((row) => lines.is(row, '')) : lines.rowsOf(value)),
    values: () => lines.values(),
  };
}

/** Ids as lines: an empty line is none (the encoder keeps a column with an empty id as a list). */
function idsText(text: string, rows: number): Column<string | null> | undefined {
  const lines = new Lines(text, rows);
  if (lines.count !== rows) return undefined;
  return {
    at: (row) => lines.at(row) || null,
    is: (row, value) => value !== '' && lines.is(row, value),
    rowsOf: (value) => lines.rowsOf(value),
    values: () => lines.values().map((id) => id || null),
  };
}

/** Refs as lines of space-separated ids (the encoder keeps a column with an id no line can hold as a list). */
function refsText(text: string, rows: number): Column<readonly string[]> | undefined {
  const lines = new Lines(text, rows);
  if (lines.count !== rows) return undefined;
  const split = (line: string) => (line === '' ? NO_REFS : line.split(' '));
  return {
    at: (row) => split(lines.at(row)),
    is: (row, ref) => split(lines.at(row)).includes(ref),
    rowsOf: (ref) => lines.rowsOf(ref, true),
    values: () => lines.values().map(split),
  };
}

/** A row that names no id. */
export const NO_REFS: readonly string[] = [];
const NO_ROWS: readonly number[] = [];

/** Ids searched for before building the map costs less (a search scans a text: a map of 100,000 ids costs about thirty). */
const SEARCHES = 32;

/**
 * Each id's files, as the cross-file rules ask for them (`knownIds`): the first ids asked are
 * searched for (`find`), and only a run that asks many builds the map of them all (from `all`, each
 * row's id).
 */
export class IdLookup implements ReadonlyMap<string, readonly string[]> {
  #rows: Map<string, number[]> | undefined;
  #files: Map<string, readonly string[]> | undefined;
  readonly #searched = new Map<string, readonly number[]>();
  constructor(
    private readonly files: readonly string[],
    private readonly find: (id: string) => readonly number[],
    private readonly all: () => Iterable<string | null>,
  ) {}

  /** The rows holding this id, in file order. */
  rows(id: string): readonly number[] {
    if (this.#rows) return this.#rows.get(id) ?? NO_ROWS;
    let rows = this.#searched.get(id);
    if (rows) return rows;
    if (this.#searched.size >= SEARCHES) return this.rowMap().get(id) ?? NO_ROWS;
    this.#searched.set(id, (rows = this.find(id)));
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
    let row = 0;
    for (const id of this.all()) {
      if (id !== null) {
        const rows = map.get(id);
        if (rows) rows.push(row);
        else map.set(id, [row]);
      }
      row++;
    }
    return (this.#rows = map);
  }
  private fileMap(): Map<string, readonly string[]> {
    return (this.#files ??= new Map([...this.rowMap()].map(([id, rows]) => [id, rows.map((row) => this.files[row]!)])));
  }
}
