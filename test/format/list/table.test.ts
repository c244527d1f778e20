import { afterEach, describe, expect, it } from 'vitest';
import { tableFormat } from '../../../src/format/list/table.js';
import { PLAIN } from '../../../src/format/paint.js';
import type { AgreementSummary } from '../../../src/format/list/types.js';
import { useLanguage } from '../../../src/text/say.js';

afterEach(() => useLanguage('en'));

const row: AgreementSummary = {
  id: 'amf-2016',
  title: 'Accord cadre',
  kind: 'framework',
  level: 'national',
  parties: ['amf', 'pole-emploi'],
  signed: '2016-11-16',
  effective: '2016-11-16',
  status: 'in-force',
  end: '2027-11-15',
  next_renewal: '2027-11-16',
  notice_deadline: '2027-09-15',
  file: 'agreements/national/amf.yaml',
};
const context = { paint: PLAIN, asOf: '2026-11-22' };

describe('the list table', () => {
  it('has English headings and the next step in words', () => {
    const [header, line] = tableFormat([row], context).split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['ID', 'KIND', 'LEVEL', 'PARTIES', 'SIGNED', 'STATUS', 'NEXT']);
    expect(line).toMatch(/in-force {2}2027-09-15 notice deadline$/);
  });

  it('has French headings and next step, but keeps the codes in the cells', () => {
    useLanguage('fr');
    const [header, line] = tableFormat([row], context).split('\n');
    expect(header!.split(/\s{2,}/)).toEqual(['ID', 'TYPE', 'NIVEAU', 'PARTIES', 'SIGNÉ', 'STATUT', 'PROCHAINE ÉTAPE']);
    expect(line).toMatch(/^amf-2016 {2}framework {2}national .* in-force {2}2027-09-15 date limite de préavis$/);
    expect(tableFormat([{ ...row, status: 'upcoming', effective: '2027-01-01' }], context)).toContain('2027-01-01 entrée en vigueur');
    expect(tableFormat([], context)).toBe('Aucun accord ne correspond.\n');
  });
});
