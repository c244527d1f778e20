import { describe, expect, it } from 'vitest';
import { json } from '../../../src/format/list/json.js';
import { PLAIN } from '../../../src/format/paint.js';
import { joined } from '../pieces.js';
import { summary } from '../summary.js';
import { en } from '../../say.js';

const context = { say: en, paint: PLAIN, asOf: '2026-11-22' };

describe('the list as JSON', () => {
  it('is the text JSON.stringify(rows, null, 2) gives', () => {
    const rows = [summary(), summary({ id: 'b', title: 'Convention « test »\nsur deux lignes', parties: [], signed: null, end: null })];
    expect(joined(json(rows, context))).toBe(`${JSON.stringify(rows, null, 2)}\n`);
  });

  it('comes in pieces of rows, never the whole listing as one text', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => summary({ id: `c-${i}` }));
    const pieces = [...json(rows, context)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(pieces.join('').length / 2);
    expect(JSON.parse(pieces.join(''))).toEqual(rows);
  });
});
