import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileDiagnostic } from '../check/check-file.js';
import { metaKey } from '../load/tree.js';
import type { FileMetadata } from '../load/tree.js';
import type { Range } from '../types.js';
import { temporaryPathFor } from '../load/write.js';
import { isContentFacts, isFacts, isPlaces } from './shape.js';

/** What the per-file stages made of one file (a record; the registry, kept by its content): the fields rules and commands read, whether it passed, its own problems. */
export interface StoredFacts {
  readonly value?: unknown;
  readonly valid: boolean;
  readonly diagnostics: readonly FileDiagnostic[];
}

/** Where a cross-file finding was placed in a file, by the finding's path and target: kept until the file changes. */
export interface Place {
  readonly range: Range;
  /** The text as typed there (`01053`), for a hint that quotes it. */
  readonly typed?: string;
}

/**
 * The facts store: for every record file, its facts, keyed by the metadata the file system gives
 * (inode, size, modified and changed times: what git's index trusts) and by a hash of its text
 * where metadata cannot be trusted (a file changed within two seconds of the listing could change
 * again unseen: git's "racy clean" rule). A changed tree reads and parses only what changed.
 *
 * One line per file, `[file, metadata, hash]` TAB facts TAB places, after a first line naming the
 * namespace. A line stays bytes until its file is looked up. Saving appends the lines this run
 * made (a later line of a file wins), so a tree with three files edited writes three lines; the
 * store is written afresh, with only the files this run found, once a quarter of its lines are dead.
 */
export interface FactsStore {
  /**
   * The stored facts of `file`: when `trusted`, if its metadata is the stored one; else (or when the
   * metadata moved but not the bytes, a `touch`) if the hash `contentHash` gives is the stored one.
   */
  recall(file: string, stat: FileMetadata, trusted: boolean, contentHash: () => string | undefined): StoredFacts | undefined;
  /** `trusted`: the file had settled when listed; else its metadata is not kept (it is checked by content next time). */
  remember(file: string, stat: FileMetadata, trusted: boolean, hash: string, facts: StoredFacts): void;
  /** The stored facts of a file read whole every run (the registry), if `hash` is its text's: found by content alone. */
  recallByContent(file: string, hash: string): StoredFacts | undefined;
  rememberByContent(file: string, hash: string, facts: StoredFacts): void;
  /** A file's content hash only (for `hashOf`; `''`: not hashed), its facts not kept: no line is written for it. */
  identify(file: string, hash: string): void;
  /** The content hash of a file recalled, remembered or identified this run. */
  hashOf(file: string): string | undefined;
  /** No line is stored (the store is missing, damaged or of another namespace). */
  isEmpty(): boolean;
  /** How many bytes the store holds on disk (0: none): what decoding it would cost. */
  storedBytes(): number;
  /** Read and decode every stored line now (while another thread lists the tree): look-ups then only compare. */
  preload(): void;
  /** The places remembered in a file recalled unchanged this run. */
  places(file: string): ReadonlyMap<string, Place> | undefined;
  rememberPlaces(file: string, places: ReadonlyMap<string, Place>): void;
  /**
   * Write what changed (nothing when nothing did); a store that cannot be written is skipped (it is
   * only a cache). `listed`: the files this run listed, whose lines stay though not looked up (an
   * incremental run looks up only some); without it, only the files looked up or remembered stay.
   */
  save(listed?: Iterable<string>): void;
}

/**
 * A line of the store read at start, by where its parts are in the store's bytes: its facts and
 * places decoded only when asked, its metadata and hash too (100,000 lines keep one string each, their file's).
 */
class StoredLine {
  declare readonly text?: undefined;
  /** Its facts, once decoded. */
  decoded: unknown = undefined;
  constructor(
    private readonly bytes: Buffer,
    readonly file: string,
    /** Offsets in the bytes: the line's start, its metadata and hash (each from its first byte to past its last), its facts, its places, its end (the newline). */
    readonly start: number,
    private readonly metaAt: number,
    private readonly metaEnd: number,
    private readonly hashAt: number,
    private readonly hashEnd: number,
    readonly facts: number,
    readonly places: number,
    readonly end: number,
  ) {}

  get meta(): string {
    return this.bytes.toString('latin1', this.metaAt, this.metaEnd);
  }

  get hash(): string {
    return this.bytes.toString('latin1', this.hashAt, this.hashEnd);
  }
}

/**
 * A line made this run: its facts as text, or as the value itself (the pipeline holds it anyway),
 * written out only when the store is saved, so that 100,000 of them are never held twice.
 */
interface NewLine {
  readonly file: string;
  readonly meta: string;
  readonly hash: string;
  readonly text: { readonly facts: string | StoredFacts; readonly places?: string };
}

type Line = StoredLine | NewLine;

/** What a line whose facts are not JSON decodes to: of no shape. */
const DAMAGED = Symbol('damaged');

const TAB = 0x09;
const NEWLINE = 0x0a;

export function openFactsStore(path: string, namespace: string): FactsStore {
  // Read on first use: a run served by the tree store never reads it.
  let read: ReturnType<typeof readStore> | undefined;
  const storeRead = () => (read ??= readStore(path, namespace));
  /** This run's line of every file looked up and found, or made. */
  const current = new Map<string, Line>();
  /** Lines made or changed this run: appended to the store, unless it is written afresh. */
  const fresh = new Set<string>();
  /** Files identified, not remembered: their hash, for the tree index. */
  const identities = new Map<string, string>();
  const bytes = () => storeRead().bytes!;
  const factsOf = (line: Line): string => (line.text ? (typeof line.text.facts === 'string' ? line.text.facts : JSON.stringify(line.text.facts)) : bytes().toString('utf8', line.facts, line.places - 1));
  const placesOf = (line: Line) => (line.text ? line.text.places : line.places < line.end ? bytes().toString('utf8', line.places, line.end) : undefined);
  /** A line found: its facts, if they are of the right shape; the line is kept with `meta`, its file's metadata now (`then`: the stored one). */
  const hit = (line: Line, meta: string, then: string, shaped: (value: unknown) => value is StoredFacts = isFacts): StoredFacts | undefined => {
    const facts = decoded(line);
    if (!shaped(facts)) return undefined;
    if (meta === then) current.set(line.file, line);
    else {
      // Same bytes, new metadata (touched, or racy then): the line is kept with the metadata of now.
      current.set(line.file, { file: line.file, meta, hash: line.hash, text: { facts: factsOf(line), places: placesOf(line) } });
      fresh.add(line.file);
    }
    return facts;
  };
  /** A line's facts decoded (once: a store preloaded has decoded them all); DAMAGED when they are not JSON. */
  const decoded = (line: Line): unknown => {
    if (line instanceof StoredLine && line.decoded !== undefined) return line.decoded;
    let facts: unknown;
    try {
      facts = JSON.parse(factsOf(line));
    } catch {
      facts = DAMAGED;
    }
    if (line instanceof StoredLine) line.decoded = facts;
    return facts;
  };
  const put = (file: string, meta: string, hash: string, facts: StoredFacts) => {
    current.set(file, { file, meta, hash, text: { facts } });
    fresh.add(file);
  };
  const lineText = (line: Line) => {
    const head = JSON.stringify([line.file, line.meta, line.hash]);
    const places = placesOf(line);
    return places === undefined ? `${head}\t${factsOf(line)}\t\n` : `${head}\t${factsOf(line)}\t${places}\n`;
  };
  return {
    recall(file, stat, trusted, contentHash) {
      const line = storeRead().lines.get(file);
      if (!line) return undefined;
      // A file written within two seconds of the listing could change again unseen: its metadata is not kept.
      const meta = trusted ? metaKey(stat) : '';
      const then = line.meta;
      if (meta !== '' && meta === then) return hit(line, meta, then);
      return contentHash() === line.hash ? hit(line, meta, then) : undefined;
    },
    remember(file, stat, trusted, hash, facts) {
      put(file, trusted ? metaKey(stat) : '', hash, facts);
    },
    recallByContent(file, hash) {
      const line = storeRead().lines.get(file);
      return line && line.hash === hash ? hit(line, '', line.meta, isContentFacts) : undefined;
    },
    rememberByContent(file, hash, facts) {
      put(file, '', hash, facts);
    },
    identify(file, hash) {
      identities.set(file, hash);
    },
    hashOf(file) {
      return current.get(file)?.hash ?? identities.get(file);
    },
    isEmpty() {
      return storeRead().lines.size === 0;
    },
    storedBytes() {
      return read ? (read.bytes?.length ?? 0) : bytesOnDisk(path);
    },
    preload() {
      for (const line of storeRead().lines.values()) decoded(line);
    },
    places(file) {
      const line = current.get(file);
      const text = line && placesOf(line);
      if (text === undefined) return undefined;
      try {
        const places: unknown = JSON.parse(text);
        return isPlaces(places) ? new Map(Object.entries(places)) : undefined;
      } catch {
        return undefined;
      }
    },
    rememberPlaces(file, places) {
      const line = current.get(file);
      if (!line) return;
      current.set(file, { file, meta: line.meta, hash: line.hash, text: { facts: line.text ? line.text.facts : factsOf(line), places: JSON.stringify(Object.fromEntries(places)) } });
      fresh.add(file);
    },
    save(listed) {
      // A store is only a cache: one that cannot be written is skipped, and it need not survive a power cut.
      try {
        if ((!read || current.size === 0) && fresh.size === 0) return;
        // Never read (an incremental run reads its few files itself): the new lines are appended to a store of this namespace.
        if (!read && headerOf(path) === JSON.stringify({ namespace })) {
          appendFileSync(path, [...fresh].map((file) => lineText(current.get(file)!)).join(''));
          return;
        }
        const { bytes: stored, count, lines } = storeRead();
        // Lines that stand as they were read: those looked up unchanged, and those of files listed but not looked up.
        let live = 0;
        for (const line of current.values()) if (!line.text) live++;
        const kept = [...(listed ?? [])].filter((file) => !current.has(file) && lines.has(file));
        live += kept.length;
        const dead = count - live;
        if (!stored || dead > (current.size + kept.length) / 4) {
          for (const file of kept) current.set(file, lines.get(file)!);
          writeAfresh(path, `${JSON.stringify({ namespace })}\n`, current.values(), lineText, stored);
        } else if (fresh.size > 0) {
          // Most lines stand: the new ones are appended (a later line of a file wins when read).
          appendFileSync(path, [...fresh].map((file) => lineText(current.get(file)!)).join(''));
        }
      } catch {
        // unwritable: next run reads afresh what it could not find
      }
    },
  };
}

/** A file's size, 0 when there is none. */
function bytesOnDisk(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The store's first line, read alone; `undefined` when there is none. */
function headerOf(path: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(256);
    const length = readSync(fd, head, 0, head.length, 0);
    const end = head.subarray(0, length).indexOf(NEWLINE);
    return end === -1 ? undefined : head.toString('utf8', 0, end);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The whole store, in a temporary file renamed into place: new lines as text gathered into writes
 * of about 1 MiB, stored ones copied from the bytes read, runs of them in one write.
 */
function writeAfresh(path: string, header: string, lines: Iterable<Line>, lineText: (line: Line) => string, stored: Buffer | undefined): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = temporaryPathFor(path);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    let text = header;
    let run: { start: number; end: number } | undefined;
    const flush = () => {
      if (text) writeSync(fd, text);
      text = '';
      if (run) writeSync(fd, stored!, run.start, run.end - run.start);
      run = undefined;
    };
    for (const line of lines) {
      if (!line.text) {
        if (text) flush();
        if (run && run.end === line.start) run.end = line.end + 1;
        else {
          if (run) flush();
          run = { start: line.start, end: line.end + 1 };
        }
      } else {
        if (run) flush();
        text += lineText(line);
        if (text.length >= 1 << 20) flush();
      }
    }
    flush();
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // closed already
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * The stored lines by file (a later one wins), their bytes, and how many there are; none when the
 * store is missing, damaged or of another namespace.
 */
function readStore(path: string, namespace: string): { bytes?: Buffer; lines: Map<string, StoredLine>; count: number } {
  const lines = new Map<string, StoredLine>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return { lines, count: 0 };
  }
  const firstBreak = bytes.indexOf(NEWLINE);
  try {
    if ((JSON.parse(bytes.toString('utf8', 0, firstBreak)) as { namespace?: unknown }).namespace !== namespace) return { lines, count: 0 };
  } catch {
    return { lines, count: 0 };
  }
  let count = 0;
  for (let start = firstBreak + 1; start < bytes.length; ) {
    const newline = bytes.indexOf(NEWLINE, start);
    // A line cut short (a run killed while appending) has no newline: it is left out.
    if (newline === -1) break;
    const line = parseLine(bytes, start, newline);
    if (line) {
      lines.set(line.file, line);
      count++;
    }
    start = newline + 1;
  }
  return { bytes, lines, count };
}

/** `head TAB facts TAB places`: a line of another shape is skipped, as a damaged one is, and its file read afresh. */
function parseLine(bytes: Buffer, start: number, end: number): StoredLine | undefined {
  // JSON escapes a tab inside a string, so a raw tab only ever separates the parts.
  const tab = bytes.indexOf(TAB, start);
  const second = tab === -1 || tab > end ? -1 : bytes.indexOf(TAB, tab + 1);
  if (second === -1 || second > end) return undefined;
  // The head is `["file","meta","hash"]`. Metadata and hashes hold nothing JSON escapes (digits,
  // colons, dots; base64url): the last two separators bound them, and a file name is decoded
  // without a parser when it holds no escape (a third of reading 100,000 lines).
  if (bytes[start] !== BRACKET_OPEN || bytes[start + 1] !== QUOTE || bytes[tab - 2] !== QUOTE || bytes[tab - 1] !== BRACKET_CLOSE) return undefined;
  const beforeHash = bytes.lastIndexOf(SEPARATOR, tab - 1);
  const beforeMeta = beforeHash > start ? bytes.lastIndexOf(SEPARATOR, beforeHash - 1) : -1;
  if (beforeMeta < start + 1) return undefined;
  const escaped = bytes.subarray(start, beforeMeta).includes(BACKSLASH);
  let file: unknown;
  try {
    file = escaped ? escapedFile(bytes.toString('utf8', start, tab)) : bytes.toString('utf8', start + 2, beforeMeta);
  } catch {
    return undefined;
  }
  if (typeof file !== 'string') return undefined;
  return new StoredLine(bytes, file, start, beforeMeta + 3, beforeHash, beforeHash + 3, tab - 2, tab + 1, second + 1, end);
}

/** The file of a head whose name holds an escape, read by the JSON parser. */
function escapedFile(head: string): unknown {
  const parts: unknown = JSON.parse(head);
  return Array.isArray(parts) && parts.length === 3 && parts.every((part) => typeof part === 'string') ? parts[0] : undefined;
}

const QUOTE = 0x22;
const BRACKET_OPEN = 0x5b;
const BRACKET_CLOSE = 0x5d;
const BACKSLASH = 0x5c;
const SEPARATOR = Buffer.from('","');
