import type { Message } from '../text/say.js';
import { message } from '../text/say.js';
import type { Agreement, Duration, IsoDate, RenewalMode } from '../types.js';
import { addDuration } from './calendar.js';
import { addDays, daysBetween, MAX_DATE } from './date.js';
import { addDurations, approximateDays, isZeroDuration, parseDuration, scaleDuration } from './duration.js';
import { parseIsoDate } from './date.js';

/** No loop over renewals, reviews or deadlines runs more steps than this, whatever the input. */
export const MAX_STEPS = 50_000;

/**
 * Date arithmetic stops at 9999-12-31 (see isoDateOf), so a boundary computed in the year 9999
 * may be a clamped one: loops stop there rather than trust it.
 */
export function atEndOfTime(date: IsoDate): boolean {
  return date >= '9999-01-01';
}

/** The term structure of an agreement with a fixed term: everything needed to place any boundary. */
export interface TermPlan {
  readonly effective: IsoDate;
  /** `duration` anchors renewals on E + D; `end` anchors them on X + 1 day. */
  readonly anchor: { readonly kind: 'duration'; readonly duration: Duration } | { readonly kind: 'end'; readonly end: IsoDate };
  readonly renewal: RenewalMode;
  readonly period: Duration;
  /** The index of the last term there can be: 0 without tacit renewal, `max_renewals` when capped, Infinity otherwise. */
  readonly lastTerm: number;
}

/** The plan of a record's term, or a reason it cannot be read. `undefined` term → indefinite. */
export function planOf(agreement: Agreement, effective: IsoDate): TermPlan | { readonly problem: Message } | undefined {
  const term = agreement.term;
  if (!term) return undefined;
  const duration = term.duration !== undefined ? parseDuration(term.duration) : undefined;
  const end = term.end !== undefined ? parseIsoDate(term.end) : undefined;
  if (duration === null || end === null) return { problem: message('lifecycle.unknown.termUnreadable') };
  if (!duration === !end) return { problem: message('lifecycle.unknown.termNeedsOne') };
  const renewal = term.renewal ?? 'none';
  const period = term.renewal_period !== undefined ? parseDuration(term.renewal_period) : (duration ?? null);
  if (renewal === 'tacit' && (period === null || isZeroDuration(period))) {
    return { problem: message('lifecycle.unknown.tacitNeedsPeriod') };
  }
  if (duration && isZeroDuration(duration)) return { problem: message('lifecycle.unknown.zeroTerm') };
  return {
    effective,
    anchor: duration ? { kind: 'duration', duration } : { kind: 'end', end: end! },
    renewal,
    period: period ?? duration ?? { years: 1, months: 0, weeks: 0, days: 0 },
    lastTerm: renewal !== 'tacit' ? 0 : term.max_renewals ?? Infinity,
  };
}

/**
 * The k-th renewal date (k ≥ 1), from one anchor in one addition (SPEC §4 rule 2):
 * E + (D + (k−1)·P) with a duration, (X + 1 day) + (k−1)·P with an end.
 * 2021-01-31 + P1M renews on 2021-02-28, 2021-03-31, 2021-04-30 — not 03-28.
 */
export function renewalDate(plan: TermPlan, k: number): IsoDate {
  const steps = scaleDuration(plan.period, k - 1);
  return plan.anchor.kind === 'duration' ? addDuration(plan.effective, addDurations(plan.anchor.duration, steps)) : addDuration(addDays(plan.anchor.end, 1), steps);
}

/** First day of term k (0 = the initial term). */
export function termStart(plan: TermPlan, k: number): IsoDate {
  return k === 0 ? plan.effective : renewalDate(plan, k);
}

/** Last day of term k: the day before the next renewal date (initial term with `end:`: that date). */
export function termEnd(plan: TermPlan, k: number): IsoDate {
  if (k === 0 && plan.anchor.kind === 'end') return plan.anchor.end;
  // A next renewal at the cap (9999-12-31, see MAX_DATE) lies past it: this term runs to the cap.
  const next = renewalDate(plan, k + 1);
  return next === MAX_DATE ? MAX_DATE : addDays(next, -1);
}

/**
 * The index of the term (at most `lastTerm`) whose days contain `date`, or the last one
 * that started on or before it; 0 for a date before the first renewal. Estimated from the
 * period's length and then corrected, so a century of daily renewals costs a few steps.
 */
export function termIndexAt(plan: TermPlan, date: IsoDate): number {
  if (plan.lastTerm === 0 || date < renewalDate(plan, 1)) return 0;
  const estimate = 1 + Math.floor(daysBetween(renewalDate(plan, 1), date) / Math.max(1, approximateDays(plan.period)));
  let k = Math.max(1, Math.min(estimate, plan.lastTerm));
  k = belowCap(plan, k);
  for (let steps = 0; k > 1 && renewalDate(plan, k) > date && steps < MAX_STEPS; steps++) k--;
  for (let steps = 0; k < plan.lastTerm && steps < MAX_STEPS; steps++) {
    const next = renewalDate(plan, k + 1);
    if (next > date || atEndOfTime(next) || next === MAX_DATE) break;
    k++;
  }
  return k;
}

/** `k`, or the last term before it whose renewal date lies before the cap (renewal dates only grow: a binary search). */
function belowCap(plan: TermPlan, k: number): number {
  if (k <= 1 || renewalDate(plan, k) !== MAX_DATE) return k;
  let [low, high] = [1, k]; // renewalDate(high) is at the cap; the answer is in [low, high)
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (renewalDate(plan, mid) === MAX_DATE) high = mid;
    else low = mid;
  }
  return low;
}
