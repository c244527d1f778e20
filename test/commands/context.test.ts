import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/commands/context.js';
import { writePieces } from '../../src/commands/context.js';

/** An Io that records writes, and how many were made before each wait for stdout to drain. */
function capture(): { io: Io; writes: string[]; waits: number[] } {
  const writes: string[] = [];
  const waits: number[] = [];
  const io = { stdout: (text: string) => void writes.push(text), drained: async () => void waits.push(writes.length) } as Io;
  return { io, writes, waits };
}

describe('writePieces', () => {
  it('writes the whole text, gathered into writes of about 64 KiB', async () => {
    const { io, writes } = capture();
    const pieces = Array.from({ length: 10_000 }, (_, i) => `row ${i}\n`);
    await writePieces(io, pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    expect(writes.length).toBeLessThan(5);
    expect(writes.slice(0, -1).every((w) => w.length >= 1 << 16)).toBe(true);
  });

  it('waits for stdout to take each write before the next', async () => {
    const { io, writes, waits } = capture();
    await writePieces(io, Array.from({ length: 10_000 }, (_, i) => `row ${i}\n`));
    expect(waits).toEqual(writes.map((_, i) => i));
  });

  it('writes nothing for no text, and needs no wait where stdout cannot fill', async () => {
    const { io, writes } = capture();
    await writePieces(io, []);
    await writePieces(io, ['']);
    expect(writes).toEqual([]);
    const plain = { stdout: (text: string) => void writes.push(text) } as Io;
    await writePieces(plain, ['a', 'b']);
    expect(writes).toEqual(['ab']);
  });
});
