import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Dirent, Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';

export interface TreeEntry {
  /** Relative to the root, with `/` separators. */
  readonly file: string;
  readonly absolute: string;
  /** Set when the entry (a folder or a link) could not be read. */
  readonly problem?: Message;
  /** What the file system says about the file. */
  readonly stat?: FileMetadata;
}

/** Inode, size, modified and changed times (ms): what git's index trusts a file by. */
export interface FileMetadata {
  readonly ino: number;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  /** All four as one text, `ino:size:mtime:ctime`: made once at the listing, compared by every store. */
  readonly key?: string;
}

/** `ino:size:mtime:ctime`: what the stores compare a file by. */
export function metaKey(stat: FileMetadata): string {
  return stat.key ?? `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

export const REGISTRY_FILE = 'agreements/organizations.yaml';

/**
 * Every `*.yaml` / `*.yml` under `<root>/agreements/` at any depth, except the registry, sorted.
 * Symbolic links are followed once: a folder reached twice (a link loop) is skipped, and a
 * folder or link that cannot be read becomes an entry with a problem rather than an exception.
 * With `stat`, each file carries what the file system says of it (the result cache's key);
 * without, only links are looked up (a stat per file is a third of a listing's time).
 */
export function listRecordFiles(root: string, { stat = false }: { stat?: boolean } = {}): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const visited = new Set<string>();
  const leaves = linkLeaves(root);
  const pending: [absolute: string, relative: string][] = [[join(root, 'agreements'), 'agreements']];
  while (pending.length > 0) {
    const [dir, relDir] = pending.pop()!;
    let names: Dirent[];
    try {
      const real = realpathSync(dir);
      if (visited.has(real)) continue;
      visited.add(real);
      names = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      entries.push({ file: relDir, absolute: dir, problem: describeFsError(error) });
      continue;
    }
    for (const dirent of names) {
      // Joined by `Array.join`, which makes one flat string: `path.join` builds a tree of
      // concatenated pieces (~500 bytes a path), and 100,000 entries kept 64 MB instead of 18.
      const absolute = [dir, dirent.name].join(sep);
      const file = [relDir, dirent.name].join('/');
      const isYaml = /\.ya?ml$/i.test(dirent.name);
      // A link out of the root is named, never read (its target may be /etc/passwd or a token).
      if (dirent.isSymbolicLink() && leaves(absolute)) {
        if (isYaml || isFolder(absolute)) entries.push({ file, absolute, problem: message('robust.linkLeavesRoot') });
        continue;
      }
      if (dirent.isDirectory()) {
        pending.push([absolute, file]);
        continue;
      }
      if (!isYaml || file === REGISTRY_FILE) {
        if (dirent.isSymbolicLink()) followLink(absolute, file, pending);
        continue;
      }
      if (dirent.isFile() && !stat) {
        entries.push({ file, absolute });
        continue;
      }
      let info: Stats;
      try {
        info = statSync(absolute);
      } catch (error) {
        entries.push({ file, absolute, problem: describeFsError(error) });
        continue;
      }
      if (info.isDirectory()) pending.push([absolute, file]);
      else if (info.isFile()) entries.push({ file, absolute, ...(stat ? { stat: { ino: info.ino, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, key: `${info.ino}:${info.size}:${info.mtimeMs}:${info.ctimeMs}` } } : {}) });
      else entries.push({ file, absolute, problem: message('load.fsNotRegular') });
    }
  }
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * Whether a link leads out of the root: its target, all links followed, is neither inside the
 * root nor inside its agreements/ folder (which may itself be a link, kept elsewhere on purpose).
 * A broken link does not leave: it is reported as broken.
 */
export function linkLeaves(root: string): (absolute: string) => boolean {
  const bounds: string[] = [];
  for (const dir of [root, join(root, 'agreements')]) {
    try {
      bounds.push(realpathSync(dir));
    } catch {
      // no such folder: nothing is inside it
    }
  }
  return (absolute) => {
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return false;
    }
    return !bounds.some((bound) => real === bound || real.startsWith(bound.endsWith(sep) ? bound : bound + sep));
  };
}

function isFolder(absolute: string): boolean {
  try {
    return statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** A link whose name is not a record's may still lead to a folder of records. */
function followLink(absolute: string, file: string, pending: [string, string][]): void {
  try {
    if (statSync(absolute).isDirectory()) pending.push([absolute, file]);
  } catch {
    // A broken link that is not a record: nothing to report.
  }
}

export function toRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** An fs error in words, without the stack: `permission denied`, `a symbolic link loop`… */
export function describeFsError(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return message('load.fsPermissionDenied');
    case 'ENOENT':
      return message('load.fsNotFound');
    case 'ELOOP':
      return message('load.fsLinkLoop');
    case 'EISDIR':
      return message('load.fsIsFolder');
    case 'EMFILE':
    case 'ENFILE':
      return message('load.fsTooManyOpen');
    default:
      return message('load.fsCannotRead', { reason: code || String((error as Error)?.message ?? error) });
  }
}
