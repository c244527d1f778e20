import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amendedTimeline, amendmentTimeline, applyChanges, revertingChanges } from '../../src/lifecycle/amendments.js';
import { eventsBetween, nextMeeting } from '../../src/lifecycle/events.js';
import { computeTimeline } from '../../src/lifecycle/timeline.js';
import type { Agreement, Changes, IsoDate } from '../../src/types.js';
import { arbitraryDate } from './arbitraries.js';

const d = (text: string) => text as IsoDate;

/** A local convention of one year from 2026-01-01, renewed tacitly each year, two months' notice. */
const parent: Agreement = {
  id: 'amf-33',
  title: 'Convention locale',
  kind: 'local',
  level: 'departmental',
  parties: [{ org: 'amf' }, { org: 'france-travail' }],
  signed: '2026-01-01',
  term: { duration: 'P1Y', renewal: 'tacit' },
  notice: { period: 'P2M' },
  review_every: 'P1Y',
  committee: { name: 'comité', meetings_per_year: 1 },
};

function amendment(id: string, effective: string, changes: Changes, signed = effective): Agreement {
  return { id, title: `Avenant ${id}`, kind: 'amendment', level: 'departmental', parties: parent.parties, signed, effective, parent: parent.id, changes };
}

const at = (amendments: Agreement[], asOf: string) => amendedTimeline(parent, amendments, d(asOf));

describe('amendments change their parent (SPEC §6), worked examples', () => {
  it('without an amendment in effect, the parent is as it stands (a draft, or one not yet in effect, changes nothing)', () => {
    const draft = { ...amendment('a1', '2026-06-01', { 'term.end': '2030-12-31' }) };
    delete draft.signed;
    delete draft.effective;
    expect(at([draft, amendment('a2', '2027-06-01', { 'term.end': '2030-12-31' })], '2026-07-01').timeline).toEqual(computeTimeline(parent, d('2026-07-01')));
  });

  it('term.end replaces term.duration: the term now ends on that day, renewals from the day after', () => {
    const { agreement, timeline, amendments } = at([amendment('a1', '2026-06-01', { 'term.end': '2027-06-30' })], '2026-07-01');
    expect(agreement.term).toEqual({ end: '2027-06-30', renewal: 'tacit', renewal_period: 'P1Y' });
    expect(timeline.end).toBe('2027-06-30');
    expect(timeline.next_renewal).toBe('2027-07-01');
    expect(timeline.notice_deadline).toBe('2027-04-30');
    expect(amendments[0]!.changes).toEqual([{ path: 'term.end', from: null, to: '2027-06-30' }]);
  });

  it('term.duration replaces term.end, from the parent\'s first day', () => {
    const withEnd = { ...parent, term: { end: '2026-12-31', renewal: 'tacit' as const, renewal_period: 'P1Y' } };
    const { agreement, timeline } = amendedTimeline(withEnd, [amendment('a1', '2026-06-01', { 'term.duration': 'P2Y' })], d('2026-07-01'));
    expect(agreement.term).toEqual({ duration: 'P2Y', renewal: 'tacit', renewal_period: 'P1Y' });
    expect(timeline.end).toBe('2027-12-31');
  });

  it('term.renewal express: the agreement expires at the end of its term (rule 5)', () => {
    const { timeline } = at([amendment('a1', '2026-03-01', { 'term.renewal': 'express' })], '2026-07-01');
    expect(timeline.final_end).toBe('2026-12-31');
    expect(timeline.next_renewal).toBeNull();
  });

  it('term.renewal_period and term.max_renewals', () => {
    const { timeline } = at([amendment('a1', '2026-03-01', { 'term.renewal_period': 'P2Y', 'term.max_renewals': 1 })], '2026-07-01');
    expect(timeline.next_renewal).toBe('2027-01-01');
    expect(timeline.final_end).toBe('2028-12-31');
  });

  it('notice.period and notice.applies', () => {
    expect(at([amendment('a1', '2026-03-01', { 'notice.period': 'P3M' })], '2026-07-01').timeline.notice_deadline).toBe('2026-09-30');
    expect(at([amendment('a1', '2026-03-01', { 'notice.applies': 'any-time' })], '2026-07-01').timeline.notice_deadline).toBeNull();
  });

  it('review_every: reviews before the amendment stay as they were, later ones follow the new period', () => {
    const { timeline } = amendedTimeline(parent, [amendment('a1', '2027-03-01', { review_every: 'P6M' })], d('2027-05-01'), { detail: true });
    expect(timeline.reviews).toEqual(['2027-01-01', '2027-07-01']);
  });

  it('committee.meetings_per_year: the next meeting follows the new rhythm', () => {
    const { agreement } = at([amendment('a1', '2026-03-01', { 'committee.meetings_per_year': 4 })], '2026-03-01');
    expect(nextMeeting(agreement, d('2026-01-01'))).toEqual({ date: '2026-04-01', occurrence: 1 });
    expect(eventsBetween(agreement, d('2026-03-01'), d('2026-05-01')).map((e) => e.event)).toEqual(['committee-meeting']);
  });

  it('later amendments over earlier ones: by effective date, then signed date, then id', () => {
    const a = amendment('b', '2026-03-01', { 'term.end': '2027-03-31' }, '2026-02-01');
    const b = amendment('a', '2026-03-01', { 'term.end': '2027-06-30' }, '2026-02-10');
    const c = amendment('c', '2026-02-01', { 'term.end': '2029-12-31' });
    expect(at([a, b, c], '2026-07-01').timeline.end).toBe('2027-06-30');
    expect(at([a, b, c], '2026-07-01').amendments.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });

  it('a term.end before the amendment\'s first day ends the agreement on that day, not before', () => {
    const { timeline } = at([amendment('a1', '2026-06-01', { 'term.end': '2026-03-31', 'term.renewal': 'none' })], '2026-07-01');
    expect(timeline.final_end).toBe('2026-06-01');
    expect(timeline.status).toBe('expired');
  });

  it('a longer notice period whose deadline has passed when the amendment takes effect: notice can be given that day', () => {
    expect(at([amendment('a1', '2026-10-15', { 'notice.period': 'P6M' })], '2026-10-20').timeline.notice_deadline).toBe('2026-10-15');
  });

  it('an amendment is in force while its parent is, with its parent\'s end and none of its renewals', () => {
    const a1 = amendment('a1', '2026-03-01', { 'term.renewal': 'express' });
    const parentTimeline = at([a1], '2026-07-01').timeline;
    const own = amendmentTimeline(a1, parentTimeline, d('2026-07-01'));
    expect(own).toMatchObject({ status: 'in-force', end: '2026-12-31', final_end: '2026-12-31', next_renewal: null, notice_deadline: null });
    expect(amendmentTimeline(a1, at([a1], '2027-02-01').timeline, d('2027-02-01')).status).toBe('expired');
  });
});

const changesOf: fc.Arbitrary<Changes> = fc
  .record(
    {
      'term.end': arbitraryDate,
      'term.duration': fc.constantFrom('P6M', 'P1Y', 'P2Y', 'P3Y'),
      'term.renewal': fc.constantFrom('none', 'tacit', 'express'),
      'term.renewal_period': fc.constantFrom('P1M', 'P1Y', 'P2Y'),
      'term.max_renewals': fc.integer({ min: 0, max: 5 }),
      'notice.period': fc.constantFrom('P1M', 'P2M', 'P6M', 'P1Y'),
      'notice.applies': fc.constantFrom('before-renewal', 'any-time'),
      review_every: fc.constantFrom('P6M', 'P1Y', 'P3Y'),
      'committee.meetings_per_year': fc.integer({ min: 1, max: 12 }),
    },
    { requiredKeys: [] },
  )
  .filter((c) => !(c['term.end'] !== undefined && c['term.duration'] !== undefined));

describe('amendments, properties', () => {
  it('never move a date before the amendment\'s first day: end, final end, next renewal and notice deadline are the parent\'s own or on or after it', () => {
    fc.assert(
      fc.property(changesOf, fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 800 }), (changes, offset, later) => {
        const effective = new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
        const asOf = d(new Date(Date.UTC(2026, 0, 1 + offset + later)).toISOString().slice(0, 10));
        const before = computeTimeline(parent, asOf);
        const after = amendedTimeline(parent, [amendment('a1', effective, changes)], asOf).timeline;
        for (const key of ['end', 'final_end', 'next_renewal', 'notice_deadline'] as const) {
          const value = after[key];
          if (value !== null && value !== before[key]) expect(value >= effective, `${key} ${value} < ${effective}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('an amendment applied then reverted by a later one gives the original dates from the revert on', () => {
    // Only the fields the parent states can be put back by a change.
    const undoable = changesOf.map((c) => Object.fromEntries(Object.entries(c).filter(([path]) => ['term.end', 'term.duration', 'term.renewal', 'notice.period', 'review_every', 'committee.meetings_per_year'].includes(path))) as Changes);
    fc.assert(
      fc.property(undoable, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 600 }), (changes, offset, gap, later) => {
        const day = (n: number) => d(new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
        const first = day(offset);
        const second = day(offset + gap);
        const asOf = day(offset + gap + later);
        const original = computeTimeline(parent, asOf);
        const back = revertingChanges(parent, changes);
        const amended = amendedTimeline(parent, [amendment('a1', first, changes), amendment('a2', second, back)], asOf);
        // The fields give the parent's dates again: every event from the as-of day on is the same.
        expect(eventsBetween(amended.agreement, asOf, day(offset + gap + later + 1500))).toEqual(eventsBetween(parent, asOf, day(offset + gap + later + 1500)));
        for (const key of ['status', 'end', 'next_renewal', 'final_end'] as const) expect(amended.timeline[key]).toEqual(original[key]);
        if (original.notice_deadline === null || original.notice_deadline >= second) expect(amended.timeline.notice_deadline).toEqual(original.notice_deadline);
      }),
      { numRuns: 300 },
    );
  });

  it('applying changes does not touch the record given', () => {
    fc.assert(
      fc.property(changesOf, (changes) => {
        const copy = structuredClone(parent);
        applyChanges(parent, changes);
        expect(parent).toEqual(copy);
      }),
    );
  });
});
