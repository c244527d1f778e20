import { describe, expect, it } from 'vitest';
import { jsonArray } from '../../src/format/json-array.js';
import { joined } from './pieces.js';

describe('jsonArray', () => {
  it.each<[string, unknown[]]>([
    ['nothing', []],
    ['scalars', [1, 'two', null, true]],
    ['nested arrays and objects, empty ones too', [{ a: [1, [2, { b: {} }]], c: [] }, [], {}]],
    ['strings with line breaks, quotes, backslashes and non-Latin text', ['deux\nlignes', '« “cité” »\\', '\u2028']],
  ])('gives the text JSON.stringify(items, null, 2) gives, for %s', (_, items) => {
    expect(joined(jsonArray(items))).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });

  it('writes what `pick` makes of each item, a chunk of items per piece between the brackets', () => {
    const pieces = [...jsonArray([{ a: 1, b: 2 }, { a: 3, b: 4 }], ({ a }) => ({ a }))];
    expect(pieces).toEqual(['[\n', '  {\n    "a": 1\n  },\n  {\n    "a": 3\n  }\n', ']\n']);
  });

  it('joins its chunks as one array (more items than a chunk holds)', () => {
    const items = Array.from({ length: 1500 }, (_, i) => ({ i, parties: [`p${i}`, 'france-travail'], note: i % 7 === 0 ? null : `n°${i}` }));
    const pieces = [...jsonArray(items)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(`${JSON.stringify(items, null, 2)}\n`);
  });
});
