import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../src/store/json-pieces.js';

const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  it('gives the text JSON.stringify gives, for any JSON value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(joined(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out what JSON.stringify leaves out of an object, and writes an array item it cannot write as null', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, 2], d: new Date(0), e: { f: undefined } };
    expect(joined(value)).toBe(JSON.stringify(value));
  });

  it('cuts a long array into chunks of items, and an object into its members', () => {
    const diagnostics = Array.from({ length: 5000 }, (_, i) => ({ file: `f${i}.yaml`, rule: 'r', message: { key: 'k', params: { n: i } } }));
    const value = { namespace: 'n', outcome: { diagnostics, files: ['a', 'b'] } };
    const pieces = [...jsonPieces(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value));
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(JSON.stringify(value).length / 4);
  });
});
