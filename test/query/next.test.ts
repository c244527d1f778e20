import { describe, expect, it } from 'vitest';
import { computeTimeline } from '../../src/lifecycle/timeline.js';
import { nextDates } from '../../src/query/next.js';
import type { Agreement, IsoDate } from '../../src/types.js';

const d = (text: string) => text as IsoDate;

describe('show\'s next dates', () => {
  const record: Agreement = { id: 'p', title: 'P', kind: 'protocol', level: 'departmental', parties: [{ org: 'a' }, { org: 'b' }], signed: '2026-01-05', term: { end: '2027-12-31', renewal: 'tacit', renewal_period: 'P1Y' }, notice: { period: 'P2M' }, committee: { name: 'c', meetings_per_year: 2, meetings: ['2026-06-15'] }, territory: { departement: '67' } };

  it('gives each next date, flagging non-working ones with the last working day before them', () => {
    const asOf = d('2027-10-01');
    expect(nextDates(record, computeTimeline(record, asOf), asOf)).toEqual([
      { date: '2027-10-01', event: 'committee-meeting', days_left: 0, overdue_since: '2026-12-15' },
      { date: '2027-10-31', event: 'notice-deadline', days_left: 30, non_working_day: true, last_working_day: '2027-10-29' },
      { date: '2028-01-01', event: 'renewal', days_left: 92, non_working_day: true, last_working_day: '2027-12-31' },
    ]);
  });
});
