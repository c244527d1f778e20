import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FileKind, FileMemo, FileOutcome } from '../check/validate.js';
import { isFileOutcome } from './cache-shape.js';
import { hashText } from './hash.js';
import { temporaryPathFor } from './write.js';

/**
 * The per-file half of the result cache: one JSON line per distinct file content,
 * `{"h": <hash of kind and text>, "o": <outcome>}`, after a first line naming the namespace.
 *
 * Built for 100,000 records: stored lines stay text until a file asks for one, and new
 * outcomes go straight to a temporary file rather than piling up in memory. Saving keeps
 * the lines this run used — the cache holds the tree as it is, not its history — or every
 * line when the run checked some files without asking (it cannot tell which are stale), and
 * leaves the file alone when nothing changed.
 */
export interface OutcomeStore extends FileMemo {
  /** Write the store if it changed; `false` if it could not be written (it is only a cache). */
  save(): boolean;
}

const FLUSH_AT = 1 << 16;

export function openOutcomeStore(path: string, namespace: string): OutcomeStore {
  let stored: Map<string, string> | undefined;
  const usedStored = new Set<string>();
  const fresh = new Set<string>();
  /** Some file was checked without a lookup: unused stored lines may still be live. */
  let partial = false;
  let writer: LineWriter | undefined;
  let failed = false;

  const storedLines = () => (stored ??= readLines(path, namespace));
  // `remember` follows `recall` of the same text: hash it once.
  let last: { text: string; kind: FileKind; hash: string } | undefined;
  const hashOf = (text: string, kind: FileKind) => {
    if (last?.text !== text || last.kind !== kind) last = { text, kind, hash: hashText(`${kind}\0${text}`) };
    return last.hash;
  };
  /** Opens the temporary file on first use; after a failure nothing more is tried. */
  const write = (line?: string) => {
    if (failed) return;
    try {
      writer ??= new LineWriter(path, JSON.stringify({ namespace }));
      if (line !== undefined) writer.write(line);
    } catch {
      failed = true;
      writer?.abandon();
    }
  };

  return {
    recall(text: string, kind: FileKind): FileOutcome | undefined {
      const hash = hashOf(text, kind);
      const line = storedLines().get(hash);
      if (line === undefined) return undefined;
      try {
        const outcome = (JSON.parse(line) as { o?: unknown }).o;
        // A line of another shape is ignored, as a damaged one is: the file is checked afresh.
        if (!isFileOutcome(outcome, kind)) return undefined;
        usedStored.add(hash);
        return outcome;
      } catch {
        return undefined;
      }
    },
    remember(text: string, kind: FileKind, outcome: FileOutcome): void {
      const hash = hashOf(text, kind);
      if (fresh.has(hash)) return;
      fresh.add(hash);
      write(JSON.stringify({ h: hash, o: outcome }));
    },
    passed(): void {
      partial = true;
    },
    save(): boolean {
      const unchanged = fresh.size === 0 && (partial || stored === undefined || usedStored.size === stored.size);
      if (unchanged) return true;
      write();
      const kept = partial ? storedLines().keys() : usedStored;
      for (const hash of kept) if (!fresh.has(hash)) write(storedLines().get(hash)!);
      if (failed || !writer) return false;
      try {
        writer.commit();
        return true;
      } catch {
        writer.abandon();
        return false;
      }
    },
  };
}

/** The stored lines by hash, or none when the file is missing, damaged or of another namespace. */
function readLines(path: string, namespace: string): Map<string, string> {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return lines;
  }
  const firstBreak = text.indexOf('\n');
  try {
    if ((JSON.parse(text.slice(0, firstBreak)) as { namespace?: unknown }).namespace !== namespace) return lines;
  } catch {
    return lines;
  }
  // Each line starts `{"h":"<hash>",`: the hash is read without parsing the rest.
  for (let start = firstBreak + 1; start < text.length; ) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const match = /^\{"h":"([\w-]+)",/.exec(text.slice(start, Math.min(stop, start + 80)));
    if (match) lines.set(match[1]!, text.slice(start, stop));
    start = stop + 1;
  }
  return lines;
}

/** Lines appended to a temporary file beside `target`, in 1 MiB writes; `commit` renames it into place. */
class LineWriter {
  private readonly temp: string;
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;

  constructor(private readonly target: string, header: string) {
    mkdirSync(dirname(target), { recursive: true });
    this.temp = temporaryPathFor(target);
    this.fd = openSync(this.temp, 'wx', 0o644);
    this.write(header);
  }

  write(line: string): void {
    this.buffer.push(line, '\n');
    this.size += line.length + 1;
    if (this.size >= FLUSH_AT) this.flush();
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.target);
  }

  abandon(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(this.temp);
    } catch {
      // already gone
    }
  }

  private flush(): void {
    if (this.size === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.size = 0;
  }
}
