import { describe, expect, it } from 'vitest';
import { tableFormat as tablePieces } from '../../../src/format/list/table.js';
import { PLAIN } from '../../../src/format/paint.js';
import { joined } from '../pieces.js';
import { summary } from '../summary.js';
import { en, fr } from '../../say.js';

const row = summary();
const context = { say: en, paint: PLAIN, asOf: '2026-11-22' };
const tableFormat = (...args: Parameters<typeof tablePieces>) => joined(tablePieces(...args));

describe('the list table', () => {
  it('has English headings and the next step in words', () => {
    const [header, line] = tableFormat([row], context).split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['ID', 'KIND', 'LEVEL', 'PARTIES', 'SIGNED', 'STATUS', 'NEXT']);
    expect(line).toMatch(/in-force {2}2027-09-15 notice deadline$/);
  });

  it('has French headings, next step and words in the cells', () => {
    const [header, line] = tableFormat([row], { ...context, say: fr }).split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['ID', 'TYPE', 'NIVEAU', 'PARTIES', 'SIGNÉ', 'STATUT', 'PROCHAINE ÉTAPE']);
    expect(line).toMatch(/^amf-2016 {2}accord-cadre {2}national .* en vigueur {2}2027-09-15 date limite de préavis$/);
    expect(tableFormat([{ ...row, status: 'upcoming', effective: '2027-01-01' }], { ...context, say: fr })).toContain('2027-01-01 entrée en vigueur');
    expect(tableFormat([], { ...context, say: fr })).toBe('Aucun accord ne correspond.\n');
  });
});
