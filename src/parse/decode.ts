import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import type { Position } from '../types.js';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: Message; readonly hint: Message; readonly position: Position };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes → text. Records must be UTF-8 (a byte-order mark is accepted and dropped);
 * UTF-16 and invalid byte sequences are refused with the position of the first bad byte.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      message: message('load.utf16'),
      hint: message('load.utf16Hint'),
      position: { line: 0, column: 0 },
    };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      message: message('load.invalidUtf8', { byte: (bytes[offset] ?? 0).toString(16).padStart(2, '0') }),
      hint: message('load.invalidUtf8Hint'),
      position: positionOfByte(bytes, offset),
    };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** Line and column (in characters, 0-based) of a byte offset, counting the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): Position {
  let lineStart = 0;
  let line = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length;
  return { line, column };
}
