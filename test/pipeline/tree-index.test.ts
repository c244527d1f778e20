import { describe, expect, it } from 'vitest';
import { countSignedCopies, decodeIndex, encodeIndex, IdLookup, indexOfEntries, refsAt } from '../../src/pipeline/tree-index.js';
import type { IndexEntry } from '../../src/pipeline/tree-index.js';

const entries: IndexEntry[] = [
  ['1:10:5:5', '', 'a', 1, ['p'], 0],
  ['', 'h2', 'b', 1, ['p', 'q'], 1],
  ['1:12:5:5', '', null, 0, [], 0],
];
const files = ['agreements/a.yaml', 'agreements/b.yaml', 'agreements/c.yaml'];

/** Through JSON, as the cache keeps it. */
const roundTrip = (value: unknown) => decodeIndex(JSON.parse(JSON.stringify(value)));

describe('the tree index, kept by column', () => {
  it('reads back what was written, rows as they were', () => {
    const index = indexOfEntries(files, entries);
    const back = roundTrip(encodeIndex(index))!;
    expect(back).toEqual(index);
    expect(back.refs.map(refsAt)).toEqual([['p'], ['p', 'q'], []]);
    expect(countSignedCopies(back)).toBe(1);
  });

  it('keeps values a line-oriented column cannot hold: line breaks, spaces, empty ids and refs', () => {
    const odd: IndexEntry[] = [
      ['m', '', '', 0, ['a b', ''], 0],
      ['m', '', 'x\ny', 0, ['z'], 0],
      ['m', '', null, 1, [], 0],
    ];
    const names = ['agreements/new\nline.yaml', 'agreements/x.yaml', 'agreements/y.yaml'];
    const back = roundTrip(encodeIndex(indexOfEntries(names, odd)))!;
    expect(back.files).toEqual(names);
    expect(back.ids).toEqual(['', 'x\ny', null]);
    expect(back.refs.map(refsAt)).toEqual([['a b', ''], ['z'], []]);
  });

  it('reads an empty tree back as empty', () => {
    expect(roundTrip(encodeIndex(indexOfEntries([], [])))).toEqual(indexOfEntries([], []));
  });

  it('is ignored in any other shape: an older tool, a hand edit, a damaged disk', () => {
    const good = encodeIndex(indexOfEntries(files, entries)) as Record<string, unknown>;
    const forged: unknown[] = [
      null,
      42,
      [],
      {},
      { 'agreements/a.yaml': ['', 'h', null, 1, [], 0] },
      { ...good, rows: 4 },
      { ...good, rows: -1 },
      { ...good, rows: 1.5 },
      { ...good, files: 'agreements/a.yaml\nagreements/b.yaml' },
      { ...good, meta: 7 },
      { ...good, hash: [1, 2, 3] },
      { ...good, ids: [null, null, 3] },
      { ...good, refs: ['a', ['b', 2], ''] },
      { ...good, valid: '1121' },
      { ...good, valid: '11' },
      { ...good, copy: undefined },
      { ...good, rows: 0 },
    ];
    for (const value of forged) expect(roundTrip(value), JSON.stringify(value)).toBeUndefined();
  });
});

describe('looking ids up', () => {
  const ids = ['a', 'b', null, 'a', 'c'];
  const names = ids.map((_, i) => `f${i}`);
  const map = new Map([
    ['a', ['f0', 'f3']],
    ['b', ['f1']],
    ['c', ['f4']],
  ]);

  it('answers as a map of each id to its files would, before and after it builds one', () => {
    const lookup = new IdLookup(names, ids);
    // Beyond the first searches the map is built: ask enough to see both.
    for (let round = 0; round < 40; round++) {
      for (const id of ['a', 'b', 'c', 'd']) {
        expect(lookup.get(id)).toEqual(map.get(id));
        expect(lookup.has(id)).toBe(map.has(id));
      }
    }
    expect(lookup.rows('a')).toEqual([0, 3]);
    expect([...lookup.keys()]).toEqual([...map.keys()]);
    expect([...lookup]).toEqual([...map]);
    expect(lookup.size).toBe(3);
  });

  it('gives its keys in the order the files hold them, whether searched or mapped first', () => {
    expect([...new IdLookup(names, ids).keys()]).toEqual(['a', 'b', 'c']);
    expect([...new IdLookup(names, ids).values()]).toEqual([...map.values()]);
  });
});
