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

  it('comes a row at a time', () => {
    const pieces = [...json([summary(), summary({ id: 'b' })], context)];
    expect(pieces).toHaveLength(4);
    expect(JSON.parse(pieces.slice(1, 2).join('').replace(/,\n$/, ''))).toEqual(summary());
  });
});
