import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SourceFile } from '../check/validate.js';
import { currentLanguage, say } from '../text/say.js';
import { decodeUtf8 } from './decode.js';
import { LIMITS } from './limits.js';
import { describeFsError } from './tree.js';

/**
 * Read one file as UTF-8 text, within the size limit: an oversized, unreadable or
 * mis-encoded file becomes a SourceFile that says why, never an exception.
 */
export function readSource(file: string, absolute: string, limit: number = LIMITS.maxFileBytes): SourceFile {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, 'r');
    const size = fstatSync(fd).size;
    if (size > limit) {
      return { file, unreadable: { message: say('load.fileTooLarge', { size: formatBytes(size), limit: formatBytes(limit) }), hint: say('load.fileTooLargeHint') } };
    }
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeUtf8(bytes.subarray(0, read));
    return decoded.ok ? { file, text: decoded.text } : { file, unreadable: { message: decoded.message, hint: decoded.hint, position: decoded.position } };
  } catch (error) {
    return { file, unreadable: { message: say('load.fileUnreadable', { problem: describeFsError(error) }) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return say('load.kibibytes', { size: Math.ceil(bytes / 1024) });
  // One decimal, with the language's decimal mark (`1.5 MiB`, « 1,5 Mio ») and no grouping.
  const size = new Intl.NumberFormat(currentLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(bytes / 1024 / 1024);
  return say('load.mebibytes', { size });
}
