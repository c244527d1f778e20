import { describe, expect, it } from 'vitest';
import { amendmentIndex, computed } from '../../src/query/amendments.js';
import { dueEvents } from '../../src/query/due.js';
import { viewOf } from '../../src/query/summary.js';
import type { Agreement, IsoDate, LoadedAgreement } from '../../src/types.js';

const d = (text: string) => text as IsoDate;

/** A local convention to the end of 2026, expressly renewable, and a signed amendment extending it by a year. */
const convention: Agreement = { id: 'ft-33', title: 'Convention Gironde', kind: 'local', level: 'departmental', parties: [{ org: 'amf' }, { org: 'france-travail' }], signed: '2024-01-10', term: { end: '2026-12-31', renewal: 'express' }, parent: 'amf-2016' };
const avenant: Agreement = { id: 'ft-33-avenant-1', title: 'Avenant n° 1', kind: 'amendment', level: 'departmental', parties: convention.parties, signed: '2026-11-02', effective: '2026-12-01', parent: 'ft-33', changes: { 'term.end': '2027-12-31' } };
const records: LoadedAgreement[] = [convention, avenant].map((agreement) => ({ agreement, file: `agreements/local/${agreement.id}.yaml` }));
const index = amendmentIndex(records);

describe('a signed amendment extending a convention\'s end', () => {
  it('moves its end in list from the amendment\'s first day on, not before', () => {
    expect(viewOf(records[0]!, d('2026-11-15'), false, index).summary.end).toBe('2026-12-31');
    expect(viewOf(records[0]!, d('2026-12-01'), false, index).summary.end).toBe('2027-12-31');
    expect(viewOf(records[0]!, d('2027-03-01'), false, index).summary.status).toBe('in-force');
    expect(viewOf(records[0]!, d('2027-03-01'), false).summary.status).toBe('expired');
  });

  it('moves its expiry in due; the amendment itself has only its start', () => {
    expect(dueEvents(records, d('2026-12-01'), d('2027-12-31'), { amendments: index }).map((e) => [e.date, e.event, e.id])).toEqual([
      ['2026-12-01', 'start', 'ft-33-avenant-1'],
      ['2027-12-31', 'expiry', 'ft-33'],
    ]);
  });

  it('lists the amendment and the value it changed (old → new) on its parent', () => {
    expect(computed(convention, d('2027-01-01'), index).amendments).toEqual([{ id: 'ft-33-avenant-1', signed: '2026-11-02', effective: '2026-12-01', changes: [{ path: 'term.end', from: '2026-12-31', to: '2027-12-31' }] }]);
  });

  it('the amendment is in force as long as its parent, upcoming before its first day, a draft unsigned', () => {
    expect(viewOf(records[1]!, d('2026-11-15'), false, index).summary).toMatchObject({ status: 'upcoming' });
    expect(viewOf(records[1]!, d('2027-06-01'), false, index).summary).toMatchObject({ status: 'in-force', end: '2027-12-31', next_renewal: null, notice_deadline: null });
    expect(viewOf(records[1]!, d('2028-01-01'), false, index).summary.status).toBe('expired');
    const draft = { ...avenant };
    delete draft.signed;
    delete draft.effective;
    expect(viewOf({ agreement: draft, file: 'x.yaml' }, d('2027-06-01'), false, index).summary.status).toBe('draft');
  });
});

describe('the amendment index', () => {
  it('keeps by id only the records amendments name, and follows an amendment of an amendment to the convention', () => {
    const second: Agreement = { ...avenant, id: 'ft-33-avenant-2', parent: 'ft-33-avenant-1', changes: undefined, signed: '2026-11-20', effective: '2026-12-05' };
    const plain: Agreement = { ...convention, id: 'ft-40', parent: 'amf-2016' };
    const loaded = [convention, avenant, second, plain].map((agreement) => ({ agreement, file: `agreements/local/${agreement.id}.yaml` }));
    const chained = amendmentIndex(loaded);
    expect([...chained.byId.keys()].sort()).toEqual(['ft-33', 'ft-33-avenant-1']);
    // The second amendment is in force as long as the first, which is as long as the convention it extends.
    expect(viewOf(loaded[2]!, d('2027-06-01'), false, chained).summary).toMatchObject({ status: 'in-force', end: '2027-12-31' });
    expect(amendmentIndex([{ agreement: plain, file: 'p.yaml' }]).byId.size).toBe(0);
  });
});

describe('lead times', () => {
  const framework: Agreement = { id: 'amf-2016', title: 'Accord cadre', kind: 'framework', level: 'national', parties: [{ org: 'amf' }, { org: 'pole-emploi' }], signed: '2016-11-16', term: { duration: 'P1Y', renewal: 'tacit' }, notice: { period: 'P2M' } };
  it('a record\'s own lead: wins over --lead', () => {
    const own = { ...framework, lead: 'P1W' };
    const events = (a: Agreement) => dueEvents([{ agreement: a, file: 'a.yaml' }], d('2027-07-01'), d('2027-08-01'), { lead: { years: 0, months: 2, weeks: 0, days: 0 } });
    expect(events(framework).map((e) => [e.date, e.announce])).toEqual([['2027-09-15', '2027-07-15']]);
    expect(events(own)).toEqual([]);
  });
});

describe('amendments whose parents lead back to them (an error validate reports)', () => {
  it('are computed without running for ever', () => {
    const a: Agreement = { ...avenant, id: 'a', parent: 'b' };
    const b: Agreement = { ...avenant, id: 'b', parent: 'a' };
    const loaded = [a, b].map((agreement) => ({ agreement, file: `${agreement.id}.yaml` }));
    expect(viewOf(loaded[0]!, d('2027-01-01'), false, amendmentIndex(loaded)).summary.id).toBe('a');
    expect(dueEvents(loaded, d('2026-11-01'), d('2027-01-01'), { amendments: amendmentIndex(loaded) }).map((e) => e.event)).toEqual(['start', 'start']);
  });
});
