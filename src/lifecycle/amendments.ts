import type { Agreement, ChangePath, Changes, IsoDate } from '../types.js';
import { addDays, parseIsoDate } from './date.js';
import type { Timeline } from './timeline.js';
import { computeTimeline, lifecycleOf } from './timeline.js';

/** The paths an amendment may change, in the order `show` lists them (SPEC §6). */
export const CHANGE_PATHS: readonly ChangePath[] = ['term.end', 'term.duration', 'term.renewal', 'term.renewal_period', 'term.max_renewals', 'notice.period', 'notice.applies', 'review_every', 'committee.meetings_per_year'];

/** One value an amendment changed: what its parent had (null: nothing) and what it has since. */
export interface AppliedChange {
  readonly path: ChangePath;
  readonly from: string | number | null;
  readonly to: string | number;
}

/** An amendment in effect, as `show <parent>` lists it. */
export interface AppliedAmendment {
  readonly id: string;
  readonly signed: IsoDate;
  readonly effective: IsoDate;
  readonly changes: readonly AppliedChange[];
}

/** A parent computed with its amendments as of a day. */
export interface AmendedAgreement {
  /** The parent's fields with every change in effect applied (what `due` computes its events from). */
  readonly agreement: Agreement;
  readonly timeline: Timeline;
  readonly amendments: readonly AppliedAmendment[];
}

/** An amendment's signature and first day, or undefined for a draft or an unreadable one. */
export function amendmentDates(amendment: Agreement): { signed: IsoDate; effective: IsoDate } | undefined {
  const signed = parseIsoDate(amendment.signed);
  const effective = parseIsoDate(amendment.effective ?? amendment.signed);
  return signed && effective ? { signed, effective } : undefined;
}

/**
 * The amendments of `parentId` in effect on `asOf` — signed, with `effective` (default `signed`)
 * on or before it — in the order they apply: by effective date, then signed date, then id.
 */
export function amendmentsInEffect(candidates: readonly Agreement[], parentId: string, asOf: IsoDate): { amendment: Agreement; signed: IsoDate; effective: IsoDate }[] {
  const found: { amendment: Agreement; signed: IsoDate; effective: IsoDate }[] = [];
  for (const amendment of candidates) {
    if (amendment.kind !== 'amendment' || amendment.parent !== parentId || !amendment.changes) continue;
    const dates = amendmentDates(amendment);
    if (dates && dates.effective <= asOf) found.push({ amendment, ...dates });
  }
  return found.sort((a, b) => cmp(a.effective, b.effective) || cmp(a.signed, b.signed) || cmp(a.amendment.id, b.amendment.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The value at a change path in a record, or null when it has none. */
export function valueAt(agreement: Agreement, path: ChangePath): string | number | null {
  const [head, field] = path.split('.') as [string, string | undefined];
  const holder = (agreement as unknown as Record<string, unknown>)[head];
  const value = field === undefined ? holder : holder !== null && typeof holder === 'object' ? (holder as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/**
 * The record with `changes` written over its fields, as a new object (the input is not touched).
 * `term.end` replaces `term.duration` and the other way round (SPEC §6); a change to
 * `committee.meetings_per_year` of a record with no committee makes one named as the record's.
 * `applyChanges({ term: { duration: 'P1Y' } }, { 'term.end': '2027-12-31' }).term` //=> { end: '2027-12-31', renewal_period: 'P1Y' }
 */
export function applyChanges(agreement: Agreement, changes: Changes): Agreement {
  const next: Agreement = { ...agreement };
  for (const path of CHANGE_PATHS) {
    const value = changes[path];
    if (value === undefined) continue;
    const [head, field] = path.split('.') as [string, string | undefined];
    if (field === undefined) {
      (next as unknown as Record<string, unknown>)[head] = value;
      continue;
    }
    const current = (next as unknown as Record<string, unknown>)[head];
    const holder: Record<string, unknown> = current !== null && typeof current === 'object' ? { ...(current as Record<string, unknown>) } : head === 'committee' ? { name: agreement.id } : {};
    holder[field] = value;
    // A renewed term kept the length of the first one by default: an end written over a
    // duration keeps that length for the renewals (SPEC §2 `renewal_period` default).
    if (path === 'term.end' && holder.duration !== undefined && holder.renewal_period === undefined && changes['term.renewal_period'] === undefined) holder.renewal_period = holder.duration;
    if (path === 'term.end') delete holder.duration;
    if (path === 'term.duration') delete holder.end;
    (next as unknown as Record<string, unknown>)[head] = holder;
  }
  return next;
}

/**
 * The changes that undo `changes` on `agreement`: each changed path back to the value the
 * record had (a `term.end` that replaced a `duration` is undone by the duration, and the other
 * way round). Paths the record had no value for cannot be undone by a change and are left out.
 */
export function revertingChanges(agreement: Agreement, changes: Changes): Changes {
  const back: Record<string, string | number> = {};
  for (const path of CHANGE_PATHS) {
    if (changes[path] === undefined) continue;
    const target: ChangePath = path === 'term.end' && agreement.term?.end === undefined && agreement.term?.duration !== undefined ? 'term.duration' : path === 'term.duration' && agreement.term?.duration === undefined && agreement.term?.end !== undefined ? 'term.end' : path;
    const old = valueAt(agreement, target);
    if (old !== null) back[target] = old;
  }
  return back as Changes;
}

/**
 * A parent computed with the amendments in effect on `asOf` (SPEC §6), later ones over earlier
 * ones. An amendment changes the future, not the past:
 *
 * - from its effective day A, the amended fields give every date (anchored as SPEC §4 says,
 *   so a new duration places every boundary from the parent's effective date);
 * - dates before A stay as they were: terms that ended before A and reviews held before A
 *   are the parent's own;
 * - no date moves before A: an amended term whose last day would fall before A (an end
 *   written earlier than the amendment's first day) ends on A, and a notice deadline the
 *   amended fields would put before A is A (notice could still be given under the old terms
 *   that day) — unless the parent had already ended, or that deadline had already passed,
 *   before A: then the parent's own date stands.
 */
export function amendedTimeline(parent: Agreement, candidates: readonly Agreement[], asOf: IsoDate, options: { detail?: boolean } = {}): AmendedAgreement {
  let fields = parent;
  let timeline = computeTimeline(parent, asOf, options);
  const applied: AppliedAmendment[] = [];
  for (const { amendment, signed, effective } of amendmentsInEffect(candidates, parent.id, asOf)) {
    const changes = amendment.changes ?? {};
    const next = floorTerm(fields, applyChanges(fields, changes), effective);
    const after = computeTimeline(next, asOf, options);
    applied.push({ id: amendment.id, signed, effective, changes: CHANGE_PATHS.filter((p) => changes[p] !== undefined).map((path) => ({ path, from: valueAt(fields, path), to: changes[path]! })) });
    timeline = merge(timeline, after, effective);
    fields = next;
  }
  return { agreement: fields, timeline, amendments: applied };
}

/**
 * The floor on the last day in force: amended fields whose term ends before the amendment's
 * first day end on that day, when the parent was still in force then; when it had already
 * ended, the term is left as the parent had it.
 */
function floorTerm(before: Agreement, after: Agreement, effective: IsoDate): Agreement {
  const facts = lifecycleOf(after);
  if ('unknown' in facts || facts.finalEnd === undefined || facts.finalEnd >= effective || facts.terminated) return after;
  const previous = lifecycleOf(before);
  const ended = !('unknown' in previous) && previous.finalEnd !== undefined && previous.finalEnd < effective;
  if (ended) return { ...after, ...(before.term ? { term: before.term } : {}) };
  return { ...after, term: { end: effective, renewal: 'none' } };
}

/** Dates before A from the timeline before the amendment, those from A on from the amended one. */
function merge(before: Timeline, after: Timeline, effective: IsoDate): Timeline {
  const keptTerms = before.terms.filter((t) => t.end < effective);
  const lastKept = keptTerms.at(-1)?.end;
  const laterTerms = after.terms.filter((t) => t.end >= effective).map((t, i) => (i === 0 && lastKept !== undefined && t.start <= lastKept ? { start: addDays(lastKept, 1), end: t.end } : t));
  return {
    ...after,
    notice_deadline: floorDeadline(before, after, effective),
    terms: after.terms.length === 0 && before.terms.length === 0 ? [] : [...keptTerms, ...laterTerms],
    reviews: [...before.reviews.filter((d) => d < effective), ...after.reviews.filter((d) => d >= effective)],
  };
}

function floorDeadline(before: Timeline, after: Timeline, effective: IsoDate): IsoDate | null {
  const deadline = after.notice_deadline;
  if (deadline === null || deadline >= effective) return deadline;
  // Passed before the amendment for that same renewal: the parent's own date stands.
  if (before.notice_deadline !== null && before.notice_deadline < effective && before.next_renewal === after.next_renewal) return before.notice_deadline;
  return effective;
}

/**
 * An amendment's own standing (it has no term of its own): a draft, upcoming before its first
 * day, and from then on in force as long as its parent is — its `end` and `final_end` are its
 * parent's; renewals and notice deadlines belong to the parent (`due` lists them under the
 * parent's id), so it has none. Without a readable parent, it is computed as it stands.
 */
export function amendmentTimeline(amendment: Agreement, parent: Timeline | undefined, asOf: IsoDate): Timeline {
  const own = computeTimeline(amendment, asOf, { detail: false });
  if (!parent || own.status === 'draft' || own.status === 'unknown' || own.status === 'upcoming') return { ...own, terms: [], reviews: [] };
  const status = parent.status === 'upcoming' || parent.status === 'draft' ? 'in-force' : parent.status;
  return { ...own, status, end: parent.final_end ?? parent.end, next_renewal: null, notice_deadline: null, terms: [], reviews: [], final_end: parent.final_end };
}
