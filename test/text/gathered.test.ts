import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gathered } from '../../src/text/gathered.js';

describe('gathered', () => {
  it('joins pieces into texts of at least the size, the last one shorter', () => {
    expect([...gathered(['ab', 'c', 'de'], 3)]).toEqual(['abc', 'de']);
    expect([...gathered(['abcdef', 'g'], 3)]).toEqual(['abcdef', 'g']);
    expect([...gathered([], 3)]).toEqual([]);
    expect([...gathered(['', ''], 3)]).toEqual([]);
  });

  it('gives back the whole text, in texts no shorter than the size but the last (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), fc.integer({ min: 1, max: 20 }), (pieces, size) => {
        const texts = [...gathered(pieces, size)];
        expect(texts.join('')).toBe(pieces.join(''));
        for (const text of texts.slice(0, -1)) expect(text.length).toBeGreaterThanOrEqual(size);
        expect(texts.every((text) => text.length > 0)).toBe(true);
      }),
    );
  });
});
