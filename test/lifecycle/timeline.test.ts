import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDuration } from '../../src/lifecycle/calendar.js';
import { addDays } from '../../src/lifecycle/date.js';
import { addDurations, formatDuration, scaleDuration } from '../../src/lifecycle/duration.js';
import { eventsBetween } from '../../src/lifecycle/events.js';
import { computeTimeline } from '../../src/lifecycle/timeline.js';
import type { Agreement, IsoDate } from '../../src/types.js';
import { arbitraryDate, arbitraryDuration } from './arbitraries.js';
import { en, fr } from '../say.js';

const d = (text: string) => text as IsoDate;
const agreement = (overrides: Partial<Agreement>): Agreement => ({ id: 'a', title: 'A', kind: 'framework', level: 'national', parties: [{ org: 'x' }, { org: 'y' }], signed: '2016-11-16', ...overrides });

const AMF = agreement({ signed: '2016-11-16', term: { duration: 'P1Y', renewal: 'tacit' }, notice: { period: 'P2M' } });

describe('the AMF – Pôle emploi agreement (one year, tacit renewal, two months notice)', () => {
  const timeline = computeTimeline(AMF, d('2026-11-22'));
  it('is in force in its 11th term', () => {
    expect(timeline.status).toBe('in-force');
    expect(timeline.terms).toHaveLength(11);
    expect(timeline.terms.at(-1)).toEqual({ start: '2026-11-16', end: '2027-11-15' });
  });
  it('renews on 2027-11-16, notice by 2027-09-15', () => {
    expect(timeline.end).toBe('2027-11-15');
    expect(timeline.next_renewal).toBe('2027-11-16');
    expect(timeline.notice_deadline).toBe('2027-09-15');
    expect(timeline.final_end).toBeNull();
  });
  it('runs one year from 2016-11-16 to 2017-11-15 inclusive (rule 1)', () => {
    expect(computeTimeline(AMF, d('2017-11-15')).terms).toEqual([{ start: '2016-11-16', end: '2017-11-15' }]);
    expect(computeTimeline(AMF, d('2017-11-15')).next_renewal).toBe('2017-11-16');
  });
  it('on a renewal date, the next renewal is the following one', () => {
    expect(computeTimeline(AMF, d('2027-11-16')).next_renewal).toBe('2028-11-16');
  });
});

describe('tacit renewal from one anchor (rule 2)', () => {
  it('31 January plus P1M renews on 02-28, 03-31, 04-30 — not 03-28', () => {
    const monthly = agreement({ signed: '2021-01-31', term: { duration: 'P1M', renewal: 'tacit', renewal_period: 'P1M' } });
    const renewals = eventsBetween(monthly, d('2021-01-01'), d('2021-05-01')).filter((e) => e.event === 'renewal').map((e) => e.date);
    expect(renewals).toEqual(['2021-02-28', '2021-03-31', '2021-04-30']);
  });
  it('a 29 February agreement renews on 28 February, and on 29 February in leap years', () => {
    const leap = agreement({ signed: '2016-02-29', term: { duration: 'P1Y', renewal: 'tacit', renewal_period: 'P1Y' } });
    const renewals = eventsBetween(leap, d('2016-01-01'), d('2021-01-01')).filter((e) => e.event === 'renewal').map((e) => e.date);
    expect(renewals).toEqual(['2017-02-28', '2018-02-28', '2019-02-28', '2020-02-29']);
  });
  it('a P1Y6M term renewed by P6M', () => {
    const t = computeTimeline(agreement({ signed: '2020-01-15', term: { duration: 'P1Y6M', renewal: 'tacit', renewal_period: 'P6M' } }), d('2022-03-01'));
    expect(t.terms).toEqual([
      { start: '2020-01-15', end: '2021-07-14' },
      { start: '2021-07-15', end: '2022-01-14' },
      { start: '2022-01-15', end: '2022-07-14' },
    ]);
    expect(t.next_renewal).toBe('2022-07-15');
  });
  it('an explicit end with renewal renews from the day after', () => {
    const t = computeTimeline(agreement({ signed: '2020-07-16', term: { end: '2020-12-31', renewal: 'tacit', renewal_period: 'P1Y' } }), d('2022-06-01'));
    expect(t.terms).toEqual([
      { start: '2020-07-16', end: '2020-12-31' },
      { start: '2021-01-01', end: '2021-12-31' },
      { start: '2022-01-01', end: '2022-12-31' },
    ]);
  });
  it('stops after max_renewals', () => {
    const capped = agreement({ signed: '2020-01-01', term: { duration: 'P1Y', renewal: 'tacit', renewal_period: 'P1Y', max_renewals: 2 } });
    expect(computeTimeline(capped, d('2021-06-01')).next_renewal).toBe('2022-01-01');
    expect(computeTimeline(capped, d('2022-06-01'))).toMatchObject({ next_renewal: null, notice_deadline: null, final_end: '2022-12-31', status: 'in-force' });
    expect(computeTimeline(capped, d('2023-01-01')).status).toBe('expired');
  });
  it('an unstated renewal period repeats the duration', () => {
    expect(computeTimeline(agreement({ signed: '2020-03-01', term: { duration: 'P2Y', renewal: 'tacit' } }), d('2022-03-02')).next_renewal).toBe('2024-03-01');
  });
});

describe('notice and termination (rules 3, 4, 6)', () => {
  const withNotice = (termination: Agreement['termination'], applies: 'before-renewal' | 'any-time' = 'before-renewal') =>
    computeTimeline({ ...AMF, notice: { period: 'P2M', applies }, termination }, d('2027-12-01'));
  it('notice on the deadline day stops that renewal', () => {
    expect(withNotice({ notice_given: '2027-09-15', by: 'x' })).toMatchObject({ status: 'terminated', final_end: '2027-11-15', end: '2027-11-15', next_renewal: null });
  });
  it('notice the next day only stops the renewal after', () => {
    expect(withNotice({ notice_given: '2027-09-16', by: 'x' })).toMatchObject({ status: 'in-force', final_end: '2028-11-15', end: '2028-11-15', next_renewal: null, notice_deadline: null });
  });
  it('notice at any time ends N + period − 1', () => {
    expect(withNotice({ notice_given: '2027-09-16', by: 'x' }, 'any-time')).toMatchObject({ status: 'terminated', final_end: '2027-11-15' });
    expect(computeTimeline({ ...AMF, notice: { period: 'P2M', applies: 'any-time' }, termination: { notice_given: '2027-01-10' } }, d('2027-02-01'))).toMatchObject({ status: 'in-force', end: '2027-03-09', final_end: '2027-03-09', next_renewal: null });
  });
  it('notice at any time never extends a term', () => {
    const fixed = agreement({ signed: '2020-01-01', term: { end: '2020-12-31' }, notice: { period: 'P6M', applies: 'any-time' }, termination: { notice_given: '2020-11-01' } });
    expect(computeTimeline(fixed, d('2021-06-01'))).toMatchObject({ final_end: '2020-12-31', status: 'expired' });
  });
  it('an explicit end is the last day in force', () => {
    expect(computeTimeline({ ...AMF, termination: { ended: '2020-03-31', by: 'x' } }, d('2020-04-01'))).toMatchObject({ status: 'terminated', end: '2020-03-31', final_end: '2020-03-31' });
    expect(computeTimeline({ ...AMF, termination: { ended: '2020-03-31', by: 'x' } }, d('2020-03-31')).status).toBe('in-force');
  });
  it('an indefinite agreement ends by notice at any time', () => {
    const open = agreement({ signed: '2020-01-01', notice: { period: 'P3M' }, termination: { notice_given: '2025-02-10' } });
    expect(computeTimeline(open, d('2025-06-01'))).toMatchObject({ status: 'terminated', final_end: '2025-05-09' });
  });
});

describe('status as of a day (rule 8)', () => {
  const fixed = agreement({ signed: '2020-07-16', term: { end: '2020-12-31' } });
  it('is upcoming before the first day, with the first term', () => {
    expect(computeTimeline({ ...fixed, effective: '2020-09-01' }, d('2020-08-31'))).toMatchObject({ status: 'upcoming', end: '2020-12-31', terms: [{ start: '2020-09-01', end: '2020-12-31' }] });
  });
  it('is in force on its first and last day, expired the day after', () => {
    expect(computeTimeline(fixed, d('2020-07-16')).status).toBe('in-force');
    expect(computeTimeline(fixed, d('2020-12-31')).status).toBe('in-force');
    expect(computeTimeline(fixed, d('2021-01-01'))).toMatchObject({ status: 'expired', end: '2020-12-31', final_end: '2020-12-31' });
  });
  it('an express renewal expires at the end of its term (rule 5)', () => {
    const express = agreement({ signed: '2020-01-01', term: { duration: 'P1Y', renewal: 'express' } });
    expect(computeTimeline(express, d('2020-06-01'))).toMatchObject({ next_renewal: null, final_end: '2020-12-31' });
    expect(eventsBetween(express, d('2020-06-01'), d('2021-06-01'))).toEqual([{ date: '2020-12-31', event: 'expiry', occurrence: 1 }]);
  });
  it('is a draft without a signature', () => {
    const { signed: _, ...unsigned } = fixed;
    expect(computeTimeline(unsigned as Agreement, d('2020-08-01')).status).toBe('draft');
    expect(eventsBetween(unsigned as Agreement, d('2020-01-01'), d('2030-01-01'))).toEqual([]);
  });
  it('is indefinite without a term', () => {
    expect(computeTimeline(agreement({ signed: '2020-01-01' }), d('2030-01-01'))).toMatchObject({ status: 'in-force', end: null, final_end: null, next_renewal: null });
  });
  it('is unknown, with a warning, when the date of signature is not known', () => {
    const t = computeTimeline(agreement({ signed: null }), d('2030-01-01'));
    expect(t.status).toBe('unknown');
    expect(en.message(t.warnings[0]!)).toMatch(/date of signature/);
  });
  it('is unknown, never a crash, on unreadable values', () => {
    expect(computeTimeline(agreement({ signed: '2021-02-30' }), d('2030-01-01')).status).toBe('unknown');
    expect(computeTimeline(agreement({ term: { duration: 'PT1H' } }), d('2030-01-01')).status).toBe('unknown');
  });
});

describe('reviews (rule 7)', () => {
  it('lists past reviews and the next one, each from the anchor', () => {
    const reviewed = agreement({ signed: '2020-01-31', review_every: 'P1M' });
    expect(computeTimeline(reviewed, d('2020-04-15')).reviews).toEqual(['2020-02-29', '2020-03-31', '2020-04-30']);
  });
  it('stops at the last day in force', () => {
    const protocol = agreement({ signed: '2020-07-16', term: { end: '2020-12-31' }, review_every: 'P1Y' });
    expect(computeTimeline(protocol, d('2020-08-01')).reviews).toEqual([]);
  });
});

describe('properties', () => {
  const tacit = fc.record({ effective: arbitraryDate, duration: arbitraryDuration, period: arbitraryDuration });

  it('a renewal date is always the day after a term’s last day', () => {
    fc.assert(
      fc.property(tacit, fc.integer({ min: 0, max: 30 * 365 }), ({ effective, duration, period }, offset) => {
        const record = agreement({ signed: effective, term: { duration: formatDuration(duration), renewal: 'tacit', renewal_period: formatDuration(period) } });
        const t = computeTimeline(record, addDays(effective, offset));
        for (let i = 1; i < t.terms.length; i++) expect(t.terms[i]!.start).toBe(addDays(t.terms[i - 1]!.end, 1));
        if (t.next_renewal) expect(t.next_renewal).toBe(addDays(t.terms.at(-1)!.end, 1));
      }),
      { numRuns: 300 },
    );
  });

  it('boundaries do not drift over 50 renewals: the 50th is E + D + 49P in one addition', () => {
    fc.assert(
      fc.property(tacit, ({ effective, duration, period }) => {
        const record = agreement({ signed: effective, term: { duration: formatDuration(duration), renewal: 'tacit', renewal_period: formatDuration(period) } });
        const fiftieth = addDuration(effective, addDurations(duration, scaleDuration(period, 49)));
        const t = computeTimeline(record, fiftieth);
        expect(t.terms).toHaveLength(51);
        expect(t.terms[50]!.start).toBe(fiftieth);
      }),
      { numRuns: 200 },
    );
  });

  it('in force on the last day, expired the day after', () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDuration, (effective, duration) => {
        const record = agreement({ signed: effective, term: { duration: formatDuration(duration) } });
        const last = computeTimeline(record, effective).final_end!;
        expect(last).toBe(addDays(addDuration(effective, duration), -1));
        expect(computeTimeline(record, last).status).toBe('in-force');
        expect(computeTimeline(record, addDays(last, 1)).status).toBe('expired');
        expect(computeTimeline(record, addDays(effective, -1)).status).toBe('upcoming');
      }),
      { numRuns: 300 },
    );
  });

  it('notice on a deadline stops that renewal; a day later stops the next one', () => {
    fc.assert(
      fc.property(tacit, arbitraryDuration, fc.integer({ min: 0, max: 3000 }), ({ effective, duration, period }, notice, offset) => {
        const base = agreement({ signed: effective, term: { duration: formatDuration(duration), renewal: 'tacit', renewal_period: formatDuration(period) }, notice: { period: formatDuration(notice) } });
        const t = computeTimeline(base, addDays(effective, offset));
        if (!t.notice_deadline || !t.next_renewal || t.notice_deadline < effective) return;
        const onTime = computeTimeline({ ...base, termination: { notice_given: t.notice_deadline } }, t.next_renewal);
        expect(onTime.final_end).toBe(addDays(t.next_renewal, -1));
        const late = computeTimeline({ ...base, termination: { notice_given: addDays(t.notice_deadline, 1) } }, t.next_renewal);
        expect(late.final_end! > t.next_renewal).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the edge of the calendar', () => {
  it('stays bounded near the year 9999 (dates are four-digit years)', () => {
    expect(computeTimeline(AMF, d('9999-12-01')).status).toBe('in-force');
    const far = agreement({ signed: '5032-11-05', term: { duration: 'P56Y', renewal: 'tacit', renewal_period: 'P1Y' }, notice: { period: 'P56Y' }, termination: { notice_given: '9995-10-25' } });
    expect(computeTimeline(far, d('2004-06-01')).status).toBe('upcoming');
    expect(eventsBetween(far, d('9990-01-01'), d('9999-12-31')).length).toBeLessThan(100);
  });
});

describe('the reason a status is unknown, in French', () => {
  it('is a French sentence', () => {
    const warnings = (a: Agreement, say = fr) => computeTimeline(a, d('2030-01-01')).warnings.map((w) => say.message(w));
    expect(warnings(agreement({ signed: null }))).toEqual(['statut inconnu : signé, mais la date de signature n’est pas connue']);
    expect(warnings(agreement({ term: { duration: 'P1Y', end: '2020-01-01' } }))).toEqual(['statut inconnu : la période de validité demande soit `duration`, soit `end`']);
    expect(warnings(agreement({ review_every: 'often' }))).toEqual(['statut inconnu : `review_every` est illisible']);
  });
  it('keeps the English sentence in English', () => {
    expect(computeTimeline(agreement({ review_every: 'often' }), d('2030-01-01')).warnings.map((w) => en.message(w))).toEqual(['status unknown: `review_every` cannot be read']);
  });
});
