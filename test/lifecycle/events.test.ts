import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lifecycle/date.js';
import { eventsBetween, nextMeeting } from '../../src/lifecycle/events.js';
import type { Agreement, IsoDate } from '../../src/types.js';
import { arbitraryDate } from './arbitraries.js';

const d = (text: string) => text as IsoDate;
const committee = (meetings_per_year: number, meetings?: string[]) => ({ committee: { name: 'comité', meetings_per_year, ...(meetings ? { meetings } : {}) } });

describe('the next committee meeting (SPEC §6)', () => {
  it('twice a year: six months after the last recorded meeting, else after the first day in force', () => {
    expect(nextMeeting(committee(2, ['2026-03-10', '2025-09-01']), d('2025-01-01'))).toEqual({ date: '2026-09-10', occurrence: 3 });
    expect(nextMeeting(committee(2), d('2016-11-16'))).toEqual({ date: '2017-05-16', occurrence: 1 });
  });

  it('12 / n months when whole (1, 3, 4, 12 a year), 365 / n days rounded down otherwise (5: 73 days, 7: 52)', () => {
    expect(nextMeeting(committee(1), d('2024-02-29'))!.date).toBe('2025-02-28');
    expect(nextMeeting(committee(3), d('2026-01-31'))!.date).toBe('2026-05-31');
    expect(nextMeeting(committee(12), d('2026-01-31'))!.date).toBe('2026-02-28');
    expect(nextMeeting(committee(5), d('2026-01-01'))!.date).toBe('2026-03-15');
    expect(nextMeeting(committee(7), d('2026-01-01'))!.date).toBe('2026-02-22');
    expect(nextMeeting({ committee: { name: 'comité' } }, d('2026-01-01'))).toBeUndefined();
  });

  it('is an event of due on its day, only while the agreement is in force; an overdue one is not an event of a later window', () => {
    const record: Agreement = { id: 'c', title: 'C', kind: 'protocol', level: 'local', parties: [{ org: 'a' }, { org: 'b' }], signed: '2026-01-01', term: { end: '2026-12-31' }, ...committee(2, ['2026-08-01']) };
    expect(eventsBetween({ ...record, ...committee(2, ['2026-03-01']) }, d('2026-08-01'), d('2026-09-30')).map((e) => [e.date, e.event])).toEqual([['2026-09-01', 'committee-meeting']]);
    // Due 2027-02-01, after the last day in force.
    expect(eventsBetween(record, d('2026-08-01'), d('2027-06-30')).map((e) => e.event)).toEqual(['expiry']);
    expect(eventsBetween({ ...record, ...committee(2, ['2026-01-10']) }, d('2026-08-01'), d('2026-09-30'))).toEqual([]);
  });

  it('is never before the last recorded meeting, and at most a year after it', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 1, max: 24 }), (last, n) => {
        const next = nextMeeting(committee(n, [last]), d('1990-01-01'))!;
        expect(next.date > last).toBe(true);
        expect(next.date <= addDays(last, 366)).toBe(true);
      }),
    );
  });
});
