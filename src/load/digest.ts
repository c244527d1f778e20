import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isInside } from './write.js';

/** SHA-256 of files named relative to `root` (`null`: missing, unreadable or outside the root), and whether any was asked for. */
export function fileDigester(root: string): { digest: (file: string) => string | null; used: () => boolean } {
  let used = false;
  return {
    digest(file) {
      used = true;
      const absolute = join(root, file);
      try {
        if (!isInside(root, absolute)) return null;
        return createHash('sha256').update(readFileSync(absolute)).digest('hex');
      } catch {
        return null;
      }
    },
    used: () => used,
  };
}
