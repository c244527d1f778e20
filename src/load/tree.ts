import { readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TreeEntry {
  /** Relative to the root, with `/` separators. */
  readonly file: string;
  readonly absolute: string;
  /** Set when the entry (a folder or a link) could not be read. */
  readonly problem?: string;
  /** What the file system says about the file: inode, size, modified and changed times (ms). */
  readonly stat?: { readonly ino: number; readonly size: number; readonly mtimeMs: number; readonly ctimeMs: number };
}

export const REGISTRY_FILE = 'agreements/organizations.yaml';

/**
 * Every `*.yaml` / `*.yml` under `<root>/agreements/` at any depth, except the registry, sorted.
 * Symbolic links are followed once: a folder reached twice (a link loop) is skipped, and a
 * folder or link that cannot be read becomes an entry with a problem rather than an exception.
 */
export function listRecordFiles(root: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const visited = new Set<string>();
  const pending = [join(root, 'agreements')];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      if (visited.has(real)) continue;
      visited.add(real);
      names = readdirSync(dir);
    } catch (error) {
      entries.push({ file: toRelative(root, dir), absolute: dir, problem: describeFsError(error) });
      continue;
    }
    for (const name of names) {
      const absolute = join(dir, name);
      const isYaml = /\.ya?ml$/i.test(name);
      let kind: 'dir' | 'file' | 'other';
      let stat: Stats;
      try {
        stat = statSync(absolute);
        kind = stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
      } catch (error) {
        if (isYaml) entries.push({ file: toRelative(root, absolute), absolute, problem: describeFsError(error) });
        continue;
      }
      if (kind === 'dir') pending.push(absolute);
      else if (!isYaml || toRelative(root, absolute) === REGISTRY_FILE) continue;
      else if (kind === 'file') entries.push({ file: toRelative(root, absolute), absolute, stat: { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs } });
      else entries.push({ file: toRelative(root, absolute), absolute, problem: 'not a regular file' });
    }
  }
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export function toRelative(root: string, absolute: string): string {
  return relative(root, absolute).split(sep).join('/');
}

/** An fs error in words, without the stack: `permission denied`, `a symbolic link loop`… */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'not found (a broken symbolic link?)';
    case 'ELOOP':
      return 'a symbolic link loop';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return code ? `cannot be read (${code})` : `cannot be read (${String((error as Error)?.message ?? error)})`;
  }
}
