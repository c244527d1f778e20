import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { say } from '../text/say.js';

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'exists' | 'outside-root' | 'io'; readonly message: string };

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
export function writeFileAtomic(target: string, text: string | Uint8Array, { overwrite, durable = true }: { overwrite: boolean; durable?: boolean }): WriteResult {
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    // mkdir says EEXIST or ENOTDIR when a file stands where a folder should be: name that file.
    const blocker = fileInTheWay(dir);
    if (blocker) return { ok: false, reason: 'io', message: say('load.writeFileInTheWay', { file: target, blocker }) };
    return { ok: false, reason: 'io', message: say('load.writeFailed', { file: target, detail: (error as Error).message }) };
  }
  const temp = temporaryPathFor(target);
  try {
    const fd = openSync(temp, 'wx', 0o644);
    try {
      if (typeof text === 'string') writeSync(fd, text);
      else for (let done = 0; done < text.byteLength; ) done += writeSync(fd, text, done, text.byteLength - done);
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
    if (code === 'EEXIST') return { ok: false, reason: 'exists', message: say('load.writeExists', { file: target }) };
    return { ok: false, reason: 'io', message: say('load.writeFailed', { file: target, detail: (error as Error).message }) };
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
