import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { SourceFile } from '../types.js';
import type { Position } from '../types.js';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import { decodeUtf8 } from '../parse/decode.js';
import { LIMITS } from '../parse/limits.js';
import { describeFsError } from './tree.js';

/**
 * Read one file as UTF-8 text, within the size limit: an oversized, unreadable or
 * mis-encoded file becomes a SourceFile that says why, never an exception.
 */
export function readSource(file: string, absolute: string, limit: number = LIMITS.maxFileBytes): SourceFile {
  const read = readRegularFile(absolute, limit);
  if (read.ok) return { file, text: read.text };
  return { file, unreadable: read.problem };
}

export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: { readonly message: Message; readonly hint?: Message; readonly position?: Position } };

/**
 * Read a regular file as UTF-8 text, within `limit` bytes. A FIFO, a device (/dev/zero,
 * /dev/urandom), a socket or a folder is refused without being read: opened without waiting
 * (a FIFO with no writer would hang the open), then checked by what the open descriptor is.
 * Never more than `limit` bytes are read, even from a file that grows while being read.
 */
export function readRegularFile(absolute: string, limit: number): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    if (info.isDirectory()) return { ok: false, problem: { message: message('load.fileUnreadable', { problem: message('load.fsIsFolder') }) } };
    if (!info.isFile()) return { ok: false, problem: { message: message('load.fileUnreadable', { problem: message('load.fsNotRegular') }) } };
    const size = info.size;
    if (size > limit) {
      return { ok: false, problem: { message: message('load.fileTooLarge', { size: formatBytes(size), limit: formatBytes(limit) }), hint: message('load.fileTooLargeHint') } };
    }
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const decoded = decodeUtf8(bytes.subarray(0, read));
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: { message: decoded.message, hint: decoded.hint, position: decoded.position } };
  } catch (error) {
    return { ok: false, problem: { message: message('load.fileUnreadable', { problem: describeFsError(error) }) } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function formatBytes(bytes: number): Message {
  if (bytes < 1024 * 1024) return message('load.kibibytes', { size: Math.ceil(bytes / 1024) });
  // One decimal, with the language's decimal mark (`1.5 MiB`, « 1,5 Mio ») and no grouping.
  return message('load.mebibytes', { size: { decimal: bytes / 1024 / 1024, digits: 1 } });
}
