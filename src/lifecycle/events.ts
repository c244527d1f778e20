import type { Agreement, IsoDate } from '../types.js';
import { addDuration } from './calendar.js';
import { approximateDays, scaleDuration } from './duration.js';
import { addDays, daysBetween, parseIsoDate } from './date.js';
import { noticeDeadline } from './notice.js';
import { atEndOfTime, MAX_STEPS, renewalDate, termIndexAt } from './terms.js';
import { lifecycleOf } from './timeline.js';

export type EventKind = 'start' | 'notice-deadline' | 'renewal' | 'expiry' | 'review' | 'committee-meeting';

export interface LifecycleEvent {
  readonly date: IsoDate;
  readonly event: EventKind;
  /** Which one of its kind for this agreement: the k-th renewal, review or deadline (1 for start and expiry). */
  readonly occurrence: number;
}

/** Same day, same agreement: the order a reader expects. */
const ORDER: Record<EventKind, number> = { start: 0, review: 1, 'committee-meeting': 2, 'notice-deadline': 3, renewal: 4, expiry: 5 };

/** By date, then agreement id, then kind of event (SPEC §5 `due`). */
export function compareEvents(a: { readonly date: string; readonly event: EventKind; readonly id?: string }, b: { readonly date: string; readonly event: EventKind; readonly id?: string }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : (a.id ?? '') < (b.id ?? '') ? -1 : (a.id ?? '') > (b.id ?? '') ? 1 : ORDER[a.event] - ORDER[b.event];
}

/**
 * The dated events of one agreement between `from` and `to`, both inclusive: its start,
 * each tacit renewal that will happen and the notice deadline before it, review dates while
 * in force, and the last day in force when it is known (an express renewal is an expiry,
 * rule 5). Drafts and unreadable records have none.
 */
export function eventsBetween(agreement: Agreement, from: IsoDate, to: IsoDate): LifecycleEvent[] {
  if (agreement.signed === undefined || to < from) return [];
  const facts = lifecycleOf(agreement);
  if ('unknown' in facts) return [];
  const { effective, plan, finalEnd, notice } = facts;
  const inWindow = (date: IsoDate) => from <= date && date <= to;
  const inForceOn = (date: IsoDate) => finalEnd === undefined || date <= finalEnd;
  const events: LifecycleEvent[] = [];
  if (inWindow(effective)) events.push({ date: effective, event: 'start', occurrence: 1 });

  if (plan && plan.renewal === 'tacit') {
    const before = notice?.applies === 'before-renewal' ? notice.period : undefined;
    // A deadline falls before its renewal by at most the notice period: start early enough to catch it.
    const lookBack = Math.ceil((before ? approximateDays(before) : 0) / Math.max(1, approximateDays(plan.period))) + 1;
    const first = Math.max(1, termIndexAt(plan, from) + 1 - Math.min(lookBack, MAX_STEPS));
    for (let k = first; k <= plan.lastTerm && k - first < MAX_STEPS; k++) {
      const renewal = renewalDate(plan, k);
      if (!inForceOn(renewal) || atEndOfTime(renewal)) break;
      // The term before renewal k ends the day before it (termEnd(plan, k − 1), without computing the renewal again).
      const deadline = before ? noticeDeadline(addDays(renewal, -1), before) : undefined;
      if ((deadline ?? renewal) > to) break;
      if (deadline && inWindow(deadline)) events.push({ date: deadline, event: 'notice-deadline', occurrence: k });
      if (inWindow(renewal)) events.push({ date: renewal, event: 'renewal', occurrence: k });
    }
  }
  if (facts.review) {
    const step = Math.max(1, approximateDays(facts.review));
    const first = Math.max(1, Math.floor(daysBetween(effective, from) / step) - 1);
    for (let k = first; k - first < MAX_STEPS; k++) {
      const date = addDuration(effective, scaleDuration(facts.review, k));
      if (date > to || !inForceOn(date) || atEndOfTime(date)) break;
      if (inWindow(date)) events.push({ date, event: 'review', occurrence: k });
    }
  }
  const meeting = nextMeeting(agreement, effective);
  if (meeting && inForceOn(meeting.date) && !atEndOfTime(meeting.date)) {
    // Only on the day it is due (SPEC §6): an overdue meeting (due before `from`, still not
    // recorded) is not an event of the window; `show` says it is overdue.
    if (inWindow(meeting.date)) events.push({ date: meeting.date, event: 'committee-meeting', occurrence: meeting.occurrence });
  }
  if (finalEnd !== undefined && inWindow(finalEnd)) events.push({ date: finalEnd, event: 'expiry', occurrence: 1 });
  return events.sort(compareEvents);
}

/**
 * The day the next committee meeting is due (SPEC §6): the last recorded meeting (else the
 * first day in force) plus 12 / n months, n = `meetings_per_year`; when 12 / n is not a whole
 * number of months (n = 5, 7, 8…), plus 365 / n days, rounded down. `occurrence` is the number
 * of that meeting (recorded ones + 1). None without `meetings_per_year`.
 * `nextMeeting({ committee: { name, meetings_per_year: 2, meetings: ['2026-03-10'] } }, E)` //=> 2026-09-10
 */
export function nextMeeting(agreement: Pick<Agreement, 'committee'>, effective: IsoDate): { date: IsoDate; occurrence: number } | undefined {
  const n = agreement.committee?.meetings_per_year;
  if (n === undefined || !Number.isInteger(n) || n < 1) return undefined;
  const held = (agreement.committee?.meetings ?? []).map(parseIsoDate).filter((d): d is IsoDate => d !== null);
  const last = held.length === 0 ? effective : held.reduce((latest, d) => (d > latest ? d : latest));
  const date = 12 % n === 0 ? addDuration(last, { years: 0, months: 12 / n, weeks: 0, days: 0 }) : addDays(last, Math.floor(365 / n));
  return { date, occurrence: held.length + 1 };
}
