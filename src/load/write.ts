import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { gathered } from '../text/gathered.js';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'exists' | 'outside-root' | 'io'; readonly message: Message };

/** A fresh name beside `target` for the file that will take its place (hidden, unique to this writer). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write a whole file or nothing: the text goes to a temporary file in the same folder, is
 * flushed, then takes the target's name in one step. Without `overwrite` the step is a hard
 * link, which fails if the target exists — so of two runs racing for one name exactly one
 * wins, and an existing file is never replaced. With `overwrite` it is a rename, which
 * replaces the old file atomically. An interrupted run leaves the old file or the new one.
 */
export function writeFileAtomic(target: string, text: string | Uint8Array | Iterable<string>, { overwrite, durable = true }: { overwrite: boolean; durable?: boolean }): WriteResult {
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST or ENOTDIR when a file stands where a folder should be: name that file.
    const blocker = fileInTheWay(dir);
    if (blocker) return { ok: false, reason: 'io', message: message('load.writeFileInTheWay', { file: target, blocker }) };
    return { ok: false, reason: 'io', message: message('load.writeFailed', { file: target, detail: (error as Error).message }) };
  }
  const temp = temporaryPathFor(target);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else if (text instanceof Uint8Array) for (let done = 0; done < text.byteLength; ) done += writeSync(fd, text, done, text.byteLength - done);
      else for (const chunk of gathered(text, 1 << 20)) writeSync(fd, chunk);
      // A cache need not survive a power cut (a damaged one is ignored): it skips the flush.
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (overwrite) {
      renameSync(temp, target);
    } else {
      try {
        linkSync(temp, target);
      } finally {
        unlinkSync(temp);
      }
    }
    return { ok: true };
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return { ok: false, reason: 'exists', message: message('load.writeExists', { file: target }) };
    return { ok: false, reason: 'io', message: message('load.writeFailed', { file: target, detail: (error as Error).message }) };
  }
}

/** The nearest existing ancestor of `dir` (or `dir` itself) when it is a file: no folder can be made there. */
function fileInTheWay(dir: string): string | undefined {
  for (let path = resolve(dir); ; path = dirname(path)) {
    try {
      return statSync(path).isDirectory() ? undefined : path;
    } catch {
      if (dirname(path) === path) return undefined;
    }
  }
}

/**
 * Whether `target` stays inside `root` once every symbolic link on the way is followed
 * (a `local/` folder that links to /etc must not become a way out).
 */
export function isInside(root: string, target: string): boolean {
  const realRoot = realpathSync(root);
  // The target may not exist yet: resolve its nearest existing ancestor.
  let existing = resolve(target);
  const rest: string[] = [];
  for (;;) {
    try {
      existing = realpathSync(existing);
      break;
    } catch {
      rest.unshift(basename(existing));
      const parent = dirname(existing);
      if (parent === existing) return false;
      existing = parent;
    }
  }
  const full = join(existing, ...rest);
  const rel = relative(realRoot, full);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !resolve(realRoot, rel).startsWith('..');
}

/**
 * The file-system calls the writers below make, in one object so that a test can make one of
 * them fail (a full disk, a file that cannot be replaced) and see what is left.
 */
export const fileSystem = { openSync, writeSync, fsyncSync, closeSync, linkSync, renameSync, unlinkSync, mkdirSync, readFileSync, readdirSync, statSync };

/** One file of a commit: created (exclusively: an existing file is an `exists` failure) or replaced. */
export interface PlannedFile {
  readonly target: string;
  readonly text: string;
  readonly replace: boolean;
}

export type CommitResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'exists' | 'io'; readonly file: string; readonly message: Message; /** Files the undo could not put back as they were. */ readonly left: readonly string[] };

interface JournalStep {
  readonly target: string;
  readonly temp: string;
  readonly sha256: string;
  /** Whether the target was there when the commit began: such a file is only ever put back, never removed. */
  readonly existed: boolean;
  readonly backup?: string;
}

const JOURNAL = /^\.accords-commit\.(\d+)\.[0-9a-f]{8}\.journal$/;
const TEMPORARY = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Write several files all or nothing. Every text is first written to a temporary file beside
 * its target and flushed (a full disk fails here, before any target is touched); a journal
 * naming the steps is written to `journalDir`; then each target takes its text in the order
 * given — a created file by a hard link (exclusive: a file that appeared meanwhile stops the
 * commit), a replaced one by a rename after its old text got a second name. A step that fails
 * undoes the ones before it; a run killed half-way leaves the journal, and the next
 * `recoverCommits` undoes what it did. Call it while holding the lock of `journalDir` when
 * other runs may commit there (see `acquireLock`).
 */
export function commitFiles(files: readonly PlannedFile[], journalDir: string): CommitResult {
  const fs = fileSystem;
  const steps: JournalStep[] = [];
  const cleanUp = (paths: readonly (string | undefined)[]) => {
    for (const path of paths) if (path) removeQuietly(path);
  };
  // 1. Stage: every text in a flushed temporary file.
  for (const file of files) {
    const temp = temporaryPathFor(file.target);
    try {
      fs.mkdirSync(dirname(file.target), { recursive: true });
      writeFlushed(temp, file.text);
    } catch (error) {
      cleanUp([temp, ...steps.map((s) => s.temp)]);
      const blocker = fileInTheWay(dirname(file.target));
      const failed = blocker ? message('load.writeFileInTheWay', { file: file.target, blocker }) : message('load.writeFailed', { file: file.target, detail: (error as Error).message });
      return { ok: false, reason: 'io', file: file.target, message: failed, left: [] };
    }
    steps.push({ target: file.target, temp, sha256: sha256(file.text), existed: exists(file.target), ...(file.replace ? { backup: temporaryPathFor(file.target) } : {}) });
  }
  // 2. The journal: what a run killed from here on must have undone.
  const journal = join(journalDir, `.accords-commit.${process.pid}.${randomBytes(4).toString('hex')}.journal`);
  try {
    writeFlushed(journal, JSON.stringify({ pid: process.pid, steps }));
  } catch (error) {
    cleanUp([journal, ...steps.map((s) => s.temp)]);
    return { ok: false, reason: 'io', file: journal, message: message('load.writeFailed', { file: journal, detail: (error as Error).message }), left: [] };
  }
  // 3. Each target in turn; on a failure, undo the steps done, last first.
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    try {
      if (step.backup) {
        try {
          fs.linkSync(step.target, step.backup);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        fs.renameSync(step.temp, step.target);
      } else {
        fs.linkSync(step.temp, step.target);
      }
    } catch (error) {
      const left = steps.slice(0, i).reverse().flatMap((done) => (undoStep(done) ? [] : [done.target]));
      cleanUp([...steps.flatMap((s) => [s.temp, s.backup]), ...(left.length === 0 ? [journal] : [])]);
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return { ok: false, reason: 'exists', file: step.target, message: message('load.writeExists', { file: step.target }), left };
      return { ok: false, reason: 'io', file: step.target, message: message('load.writeFailed', { file: step.target, detail: (error as Error).message }), left };
    }
  }
  // 4. Done: the second names go, the journal last.
  cleanUp(steps.flatMap((s) => [s.temp, s.backup]));
  cleanUp([journal]);
  return { ok: true };
}

/** Put a target back as it was before its step: its old text, or no file. True when that is so. */
function undoStep(step: JournalStep): boolean {
  const fs = fileSystem;
  let current: Buffer | undefined;
  try {
    current = fs.readFileSync(step.target);
  } catch {
    current = undefined;
  }
  // A file that is not the text we wrote was not written by this step (or was edited since): left alone.
  const ours = current !== undefined && sha256(current) === step.sha256;
  try {
    if (ours && step.backup && exists(step.backup)) fs.renameSync(step.backup, step.target);
    else if (ours && !step.existed) fs.unlinkSync(step.target);
    else if (step.backup) removeQuietly(step.backup);
    return true;
  } catch {
    return false;
  }
}

/**
 * Undo what runs killed during `commitFiles` left in `journalDir`, and remove the temporary
 * files such runs (or any killed writer) left in `folders`. A journal or temporary file is
 * stale when the process named in it is gone, or when it is older than an hour. Call it
 * while holding the folder's lock. Returns the targets put back.
 */
export function recoverCommits(journalDir: string, folders: readonly string[]): string[] {
  const fs = fileSystem;
  const restored: string[] = [];
  for (const name of listQuietly(journalDir)) {
    const match = JOURNAL.exec(name);
    const path = join(journalDir, name);
    if (!match || !isStale(Number(match[1]), path)) continue;
    try {
      const { steps } = JSON.parse(fs.readFileSync(path, 'utf8')) as { steps: JournalStep[] };
      for (const step of [...steps].reverse()) {
        const before = exists(step.target) ? sha256(fs.readFileSync(step.target)) : undefined;
        if (undoStep(step) && before === step.sha256) restored.push(step.target);
        removeQuietly(step.temp);
      }
    } catch {
      // A journal cut short was written before any target was touched.
    }
    removeQuietly(path);
  }
  for (const folder of folders) {
    for (const name of listQuietly(folder)) {
      const match = TEMPORARY.exec(name);
      const path = join(folder, name);
      if (match && isStale(Number(match[1]), path)) removeQuietly(path);
    }
  }
  return restored;
}

/** Whether a run killed during `commitFiles` left a journal in `journalDir` for `recoverCommits` to undo. */
export function hasStaleCommits(journalDir: string): boolean {
  return listQuietly(journalDir).some((name) => {
    const match = JOURNAL.exec(name);
    return match !== null && isStale(Number(match[1]), join(journalDir, name));
  });
}

/** Whether a file named for process `pid` was left by a run that is gone (or is over an hour old). */
function isStale(pid: number, path: string): boolean {
  if (pid === process.pid) return false;
  try {
    if (Date.now() - fileSystem.statSync(path).mtimeMs > 3_600_000) return true;
  } catch {
    return false;
  }
  return !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type LockResult = { readonly ok: true; release(): void } | { readonly ok: false; readonly message: Message };

/**
 * Take the lock `path` (a file created exclusively, holding the holder's pid, host and time),
 * waiting up to `waitMs` for another holder to let go. A lock whose holder is gone (same
 * host, no such process) or that is older than `staleMs` is broken: renamed to a name of our
 * own first, so that of two runs breaking it at once only one does, and put back if what was
 * renamed turns out to be a fresh lock.
 */
export function acquireLock(path: string, { waitMs = 30_000, staleMs = 60_000 }: { waitMs?: number; staleMs?: number } = {}): LockResult {
  const fs = fileSystem;
  const content = JSON.stringify({ pid: process.pid, host: hostname(), at: Date.now() });
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      fs.mkdirSync(dirname(path), { recursive: true });
      const fd = fs.openSync(path, 'wx', 0o644);
      try {
        fs.writeSync(fd, content);
      } finally {
        fs.closeSync(fd);
      }
      return { ok: true, release: () => removeQuietly(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { ok: false, message: message('load.writeFailed', { file: path, detail: (error as Error).message }) };
    }
    let held: string;
    try {
      held = fs.readFileSync(path, 'utf8');
    } catch {
      continue; // let go meanwhile: try again at once
    }
    const holder = parseLock(held);
    if (!holder || (holder.host === hostname() && !isAlive(holder.pid)) || Date.now() - holder.at > staleMs) {
      // A lock file cut short (its holder killed between create and write) is judged by its age.
      if (holder || ageOf(path) > 2_000) breakLock(path, held);
      else sleep(20);
      continue;
    }
    if (Date.now() > deadline) return { ok: false, message: message('robust.lockHeld', { file: path, pid: holder.pid, since: new Date(holder.at).toISOString() }) };
    sleep(10 + Math.floor(Math.random() * 20) + Math.min(attempt, 20) * 5);
  }
}

function parseLock(text: string): { pid: number; host: string; at: number } | undefined {
  try {
    const value = JSON.parse(text) as { pid?: unknown; host?: unknown; at?: unknown };
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.at === 'number') return { pid: value.pid, host: value.host, at: value.at };
  } catch {
    // cut short
  }
  return undefined;
}

function breakLock(path: string, judged: string): void {
  const fs = fileSystem;
  const aside = temporaryPathFor(path);
  try {
    fs.renameSync(path, aside);
  } catch {
    return; // someone else broke it first
  }
  let taken: string | undefined;
  try {
    taken = fs.readFileSync(aside, 'utf8');
  } catch {
    taken = undefined;
  }
  if (taken !== judged) {
    // Another run broke the stale lock and took a fresh one, which we just moved: give it back.
    try {
      fs.linkSync(aside, path);
    } catch {
      // a third run holds it now
    }
  }
  removeQuietly(aside);
}

function ageOf(path: string): number {
  try {
    return Date.now() - fileSystem.statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function writeFlushed(path: string, text: string): void {
  const fs = fileSystem;
  const fd = fs.openSync(path, 'wx', 0o644);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    fileSystem.unlinkSync(path);
  } catch {
    // already gone
  }
}

function exists(path: string): boolean {
  try {
    fileSystem.statSync(path);
    return true;
  } catch {
    return false;
  }
}

function listQuietly(folder: string): string[] {
  try {
    return fileSystem.readdirSync(folder);
  } catch {
    return [];
  }
}
