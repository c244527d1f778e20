import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDuration, subtractDuration } from '../../src/lifecycle/calendar.js';
import { eventsBetween } from '../../src/lifecycle/events.js';
import { dueEvents } from '../../src/query/due.js';
import type { Agreement } from '../../src/types.js';
import { arbitraryDate, arbitraryDuration } from '../lifecycle/arbitraries.js';

const record: Agreement = { id: 'a', title: 'A', kind: 'framework', level: 'national', parties: [{ org: 'x' }, { org: 'y' }], signed: '2016-01-31', term: { duration: 'P1M', renewal: 'tacit' }, notice: { period: 'P10D' }, review_every: 'P3M', committee: { name: 'c', meetings_per_year: 5 } };

describe('due with a lead time', () => {
  it('lists exactly the events whose date is on or after the window\'s start and whose announce date is on or before its end', () => {
    fc.assert(
      fc.property(arbitraryDate.filter((d) => d >= '2016-01-31' && d < '2080-01-01'), fc.integer({ min: 0, max: 200 }), arbitraryDuration, (from, days, lead) => {
        const to = addDuration(from, { years: 0, months: 0, weeks: 0, days });
        const listed = dueEvents([{ agreement: record, file: 'a.yaml' }], from, to, { lead }).map((e) => `${e.date}/${e.event}`);
        const far = addDuration(addDuration(to, lead), lead);
        const expected = eventsBetween(record, from, far).filter((e) => subtractDuration(e.date, lead) <= to).map((e) => `${e.date}/${e.event}`);
        expect(listed).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
