import { describe, expect, it } from 'vitest';
import { countSignedCopies, decodeIndex, encodeIndex, entryAt, IdLookup, indexOfEntries } from '../../src/pipeline/tree-index.js';
import type { IndexEntry, TreeIndex } from '../../src/pipeline/tree-index.js';

const entries: IndexEntry[] = [
  ['1:10:5:5', '', 'a', 1, ['p'], 0],
  ['', 'h2', 'b', 1, ['p', 'q'], 1],
  ['1:12:5:5', '', null, 0, [], 0],
];
const files = ['agreements/a.yaml', 'agreements/b.yaml', 'agreements/c.yaml'];

/** Through JSON, as the cache keeps it. */
const roundTrip = (value: unknown) => decodeIndex(JSON.parse(JSON.stringify(value)));
/** Each row: its file and its entry. */
const rowsOf = (index: TreeIndex) => Array.from({ length: index.rows }, (_, row) => [index.files.at(row), ...entryAt(index, row)]);

describe('the tree index, kept by column', () => {
  it('reads back what was written, rows as they were', () => {
    const back = roundTrip(encodeIndex(indexOfEntries(files, entries)))!;
    expect(rowsOf(back)).toEqual(files.map((file, row) => [file, ...entries[row]!]));
    expect(countSignedCopies(back)).toBe(1);
    expect(back.files.same(files)).toBe(true);
    expect(back.files.same(files.slice(1))).toBe(false);
    expect(back.meta.is(0, '1:10:5:5')).toBe(true);
    expect(back.meta.is(1, '')).toBe(true);
    expect(back.meta.is(0, '1:10:5')).toBe(false);
  });

  it('finds the rows of an id, and the rows naming one, by whole value only', () => {
    const back = roundTrip(encodeIndex(indexOfEntries(['a', 'b', 'c', 'd'], [['m', '', 'p', 1, ['pq', 'p'], 0], ['m', '', 'pq', 1, ['q'], 0], ['m', '', 'p', 1, [], 0], ['m', '', null, 0, ['xp', 'p'], 0]])))!;
    expect(back.ids.rowsOf('p')).toEqual([0, 2]);
    expect(back.ids.rowsOf('q')).toEqual([]);
    expect(back.ids.rowsOf('')).toEqual([]);
    expect(back.refs.rowsOf('p')).toEqual([0, 3]);
    expect(back.refs.rowsOf('q')).toEqual([1]);
    expect(back.refs.rowsOf('pq')).toEqual([0]);
    expect(back.ids.at(3)).toBeNull();
  });

  it('keeps values a line-oriented column cannot hold: line breaks, spaces, empty ids and refs', () => {
    const odd: IndexEntry[] = [
      ['m', '', '', 0, ['a b', ''], 0],
      ['m', '', 'x\ny', 0, ['z'], 0],
      ['m', '', null, 1, [], 0],
    ];
    const names = ['agreements/new\nline.yaml', 'agreements/x.yaml', 'agreements/y.yaml'];
    const back = roundTrip(encodeIndex(indexOfEntries(names, odd)))!;
    expect(rowsOf(back)).toEqual(names.map((file, row) => [file, ...odd[row]!]));
    expect(back.files.same(names)).toBe(true);
    expect(back.ids.rowsOf('')).toEqual([0]);
    expect(back.refs.rowsOf('a b')).toEqual([0]);
  });

  it('reads an empty tree back as empty', () => {
    const back = roundTrip(encodeIndex(indexOfEntries([], [])))!;
    expect(back.rows).toBe(0);
    expect(back.files.same([])).toBe(true);
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
      { ...good, rows: 1e12, valid: '1', copy: '0' },
      { ...good, files: ['agreements/a.yaml', 'agreements/b.yaml', 3] },
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

  const lookupOf = () => new IdLookup(names, (id) => ids.flatMap((other, row) => (other === id ? [row] : [])), () => ids);

  it('answers as a map of each id to its files would, before and after it builds one', () => {
    const lookup = lookupOf();
    // Beyond the first ids searched for the map is built: ask enough to see both.
    for (let round = 0; round < 40; round++) {
      for (const id of ['a', 'b', 'c', 'd', `other-${round}`]) {
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
    expect([...lookupOf().keys()]).toEqual(['a', 'b', 'c']);
    expect([...lookupOf().values()]).toEqual([...map.values()]);
  });
});
