import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/commands/context.js';
import { writePieces } from '../../src/commands/context.js';

function capture(): { io: Io; writes: string[] } {
  const writes: string[] = [];
  const io = { stdout: (text: string) => void writes.push(text) } as Io;
  return { io, writes };
}

describe('writePieces', () => {
  it('writes the whole text, gathered into writes of about 64 KiB', () => {
    const { io, writes } = capture();
    const pieces = Array.from({ length: 10_000 }, (_, i) => `row ${i}\n`);
    writePieces(io, pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeLessThan(5);
    expect(writes.slice(0, -1).every((w) => w.length >= 1 << 16)).toBe(true);
  });

  it('writes nothing for no text', () => {
    const { io, writes } = capture();
    writePieces(io, []);
    writePieces(io, ['']);
    expect(writes).toEqual([]);
  });
});
