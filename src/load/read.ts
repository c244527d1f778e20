import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SourceFile } from '../check/validate.js';
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
      return { file, unreadable: { message: `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`, hint: 'a record is a few kilobytes: keep long texts in the .md beside it' } };
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
    return { file, unreadable: { message: `the file ${describeFsError(error)}` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
