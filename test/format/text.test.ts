import { describe, expect, it } from 'vitest';
import { table, tableLines, visibleLength } from '../../src/format/text.js';

const rows = [
  ['id', 'kind', 'title'],
  ['amf-pole-emploi-2016', 'framework', 'Accord cadre'],
  ['\u001b[31mplie-lyon\u001b[39m', 'local', 'Convention locale'],
];

describe('table', () => {
  it('pads every column but the last to its widest visible cell, colour codes not counted', () => {
    expect(table(rows).split('\n').map((line) => line.replace(/\u001b\[\d+m/g, ''))).toEqual([
      'id                    kind       title',
      'amf-pole-emploi-2016  framework  Accord cadre',
      'plie-lyon             local      Convention locale',
    ]);
    expect(visibleLength(rows[2]![0]!)).toBe(9);
  });

  it('gives the same lines one at a time, indented alike', () => {
    expect([...tableLines(rows, '  ')]).toEqual(table(rows, '  ').split('\n'));
    expect([...tableLines([])]).toEqual([]);
  });
});
