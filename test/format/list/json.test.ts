import { describe, expect, it } from 'vitest';
import { json } from '../../../src/format/list/json.js';
import { PLAIN } from '../../../src/format/paint.js';
import { summary } from '../summary.js';

const context = { paint: PLAIN, asOf: '2026-11-22' };

describe('the list as JSON', () => {
  it.each([
    ['no row', []],
    ['one row', [summary()]],
    ['rows with quotes, line breaks, non-Latin text and nulls', [summary(), summary({ id: 'b', title: 'Convention « test »\nsur deux lignes, "citée" \\ ’', parties: [], signed: null, end: null }), summary({ id: 'c', parties: ['x'] })]],
  ])('is the text JSON.stringify(rows, null, 2) gives, for %s', (_, rows) => {
    expect([...json(rows, context)].join('')).toBe(`${JSON.stringify(rows, null, 2)}\n`);
  });

  it('comes a row at a time', () => {
    const pieces = [...json([summary(), summary({ id: 'b' })], context)];
    expect(pieces).toHaveLength(4);
    expect(JSON.parse(pieces.slice(1, 2).join('').replace(/,\n$/, ''))).toEqual(summary());
  });
});
