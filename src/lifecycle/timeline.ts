import type { Message } from '../text/say.js';
import { message } from '../text/say.js';
import type { Agreement, Duration, IsoDate } from '../types.js';
import { addDuration } from './calendar.js';
import { parseIsoDate } from './date.js';
import { parseDuration, scaleDuration, ZERO } from './duration.js';
import { endAfterNotice, noticeDeadline } from './notice.js';
import type { TermPlan } from './terms.js';
import { atEndOfTime, MAX_STEPS, planOf, renewalDate, termEnd, termIndexAt, termStart } from './terms.js';

export type Status = 'draft' | 'upcoming' | 'in-force' | 'expired' | 'terminated' | 'unknown';

/** An agreement's computed dates as of a day: what `list` and `show` print (SPEC §5). */
export interface Timeline {
  readonly status: Status;
  readonly effective: IsoDate | null;
  /** Last day in force of the current term (first term if upcoming; last day if ended). */
  readonly end: IsoDate | null;
  /** First tacit renewal strictly after the as-of day that will happen. */
  readonly next_renewal: IsoDate | null;
  /** Rule 3 deadline before `next_renewal` (may be past). */
  readonly notice_deadline: IsoDate | null;
  readonly terms: readonly { readonly start: IsoDate; readonly end: IsoDate }[];
  /** Past review dates and the next one. */
  readonly reviews: readonly IsoDate[];
  /** The last day in force when it is known. */
  readonly final_end: IsoDate | null;
  /** Why the dates are unknown, worded by whoever prints them. */
  readonly warnings: readonly Message[];
}

/** The facts every computation starts from, read once from a record. */
export interface Lifecycle {
  readonly effective: IsoDate;
  readonly plan: TermPlan | undefined;
  readonly notice: { readonly period: Duration; readonly applies: 'before-renewal' | 'any-time' } | undefined;
  readonly review: Duration | undefined;
  /** Last day in force (termination and caps applied); undefined when it is open-ended. */
  readonly finalEnd: IsoDate | undefined;
  /** Whether a termination, rather than the term, set `finalEnd`. */
  readonly terminated: boolean;
}

/** Read a record's dates; a reason instead when they cannot be read (status `unknown`). */
export function lifecycleOf(agreement: Agreement): Lifecycle | { readonly unknown: Message } {
  if (agreement.signed === null) return { unknown: message('lifecycle.unknown.signatureDate') };
  const effective = parseIsoDate(agreement.effective ?? agreement.signed);
  if (!effective) return { unknown: agreement.effective === undefined && agreement.signed === undefined ? message('lifecycle.unknown.noEffective') : message('lifecycle.unknown.firstDay') };
  const plan = planOf(agreement, effective);
  if (plan && 'problem' in plan) return { unknown: plan.problem };
  const noticePeriod = agreement.notice ? parseDuration(agreement.notice.period) : undefined;
  if (noticePeriod === null) return { unknown: message('lifecycle.unknown.notice') };
  const review = agreement.review_every !== undefined ? parseDuration(agreement.review_every) : undefined;
  if (review === null) return { unknown: message('lifecycle.unknown.review') };
  const notice = noticePeriod ? { period: noticePeriod, applies: agreement.notice?.applies ?? ('before-renewal' as const) } : undefined;

  const natural = plan && plan.lastTerm !== Infinity ? termEnd(plan, plan.lastTerm) : undefined;
  const cut = terminationEnd(agreement, plan, notice);
  if (cut === null) return { unknown: message('lifecycle.unknown.termination') };
  const finalEnd = cut !== undefined && (natural === undefined || cut <= natural) ? cut : natural;
  return { effective, plan, notice, review: review ?? undefined, finalEnd, terminated: cut !== undefined && finalEnd === cut };
}

/**
 * The last day in force set by `termination` (rule 6): `ended` as written; else from
 * `notice_given` by rule 3 (the first renewal whose deadline is still open is the one stopped)
 * or rule 4. An agreement without a fixed term can only be ended by notice at any time
 * (Code civil art. 1211), so rule 4 applies to it whatever `applies` says.
 */
function terminationEnd(agreement: Agreement, plan: TermPlan | undefined, notice: Lifecycle['notice']): IsoDate | null | undefined {
  const termination = agreement.termination;
  if (!termination) return undefined;
  if (termination.ended !== undefined) return parseIsoDate(termination.ended);
  if (termination.notice_given === undefined) return undefined;
  const given = parseIsoDate(termination.notice_given);
  if (!given) return null;
  const period = notice?.period ?? ZERO;
  if (!plan || notice?.applies === 'any-time') return endAfterNotice(given, period);
  if (plan.lastTerm === 0) return termEnd(plan, 0);
  // The renewal stopped is the first whose deadline is on or after the notice day.
  let k = Math.max(1, termIndexAt(plan, given));
  for (let steps = 0; k <= plan.lastTerm && steps < MAX_STEPS; steps++) {
    const lastDay = termEnd(plan, k - 1);
    if (atEndOfTime(lastDay) || noticeDeadline(lastDay, period) >= given) break;
    k++;
  }
  return termEnd(plan, Math.min(k - 1, plan.lastTerm));
}

/**
 * Where an agreement stands on `asOf`, and every date `list` and `show` report (SPEC §4, §5).
 * `terms` and `reviews` list the whole history, which only `show` needs: without `detail`
 * they are left empty, so a list of thousands of agreements renewed daily stays fast.
 */
export function computeTimeline(agreement: Agreement, asOf: IsoDate, { detail = true }: { detail?: boolean } = {}): Timeline {
  const facts = lifecycleOf(agreement);
  if ('unknown' in facts) {
    const draft = agreement.signed === undefined;
    return { status: draft ? 'draft' : 'unknown', effective: parseIsoDate(agreement.effective ?? agreement.signed), end: null, next_renewal: null, notice_deadline: null, terms: NONE, reviews: NONE, final_end: null, warnings: draft ? NONE : [message('lifecycle.statusUnknown', { reason: facts.unknown })] };
  }
  const { effective, plan, finalEnd } = facts;
  const status: Status = agreement.signed === undefined ? 'draft' : asOf < effective ? 'upcoming' : finalEnd !== undefined && asOf > finalEnd ? (facts.terminated ? 'terminated' : 'expired') : 'in-force';
  const day = asOf < effective ? effective : finalEnd !== undefined && asOf > finalEnd ? finalEnd : asOf;

  const current = plan ? termIndexAt(plan, day) : 0;
  const cap = (date: IsoDate) => (finalEnd !== undefined && date > finalEnd ? finalEnd : date);
  const end = plan ? cap(termEnd(plan, current)) : (finalEnd ?? null);
  const next = status === 'in-force' || status === 'upcoming' || status === 'draft' ? nextRenewal(facts, asOf) : undefined;
  const terms = plan && detail ? termsUpTo(plan, current, cap) : NONE;
  return {
    status,
    effective,
    end,
    next_renewal: next?.date ?? null,
    notice_deadline: next && facts.notice?.applies === 'before-renewal' ? noticeDeadline(termEnd(plan!, next.k - 1), facts.notice.period) : null,
    terms,
    reviews: detail ? reviewsAround(facts, asOf) : NONE,
    final_end: finalEnd ?? null,
    warnings: NONE,
  };
}

/** No terms, reviews or warnings: one empty list shared by 100,000 timelines rather than three made for each. */
const NONE: readonly never[] = Object.freeze([]);

/** The first tacit renewal strictly after `asOf` that will take place (within the cap and before any termination). */
export function nextRenewal(facts: Lifecycle, asOf: IsoDate): { k: number; date: IsoDate } | undefined {
  const plan = facts.plan;
  if (!plan || plan.renewal !== 'tacit') return undefined;
  const k = asOf < facts.effective ? 1 : termIndexAt(plan, asOf) + 1;
  if (k > plan.lastTerm) return undefined;
  const date = renewalDate(plan, k);
  if (date <= asOf) return undefined;
  if (facts.finalEnd !== undefined && date > facts.finalEnd) return undefined;
  return { k, date };
}

function termsUpTo(plan: TermPlan, last: number, cap: (date: IsoDate) => IsoDate): { start: IsoDate; end: IsoDate }[] {
  const terms: { start: IsoDate; end: IsoDate }[] = [];
  for (let k = 0; k <= Math.min(last, MAX_STEPS); k++) terms.push({ start: termStart(plan, k), end: cap(termEnd(plan, k)) });
  return terms;
}

/** Review dates E + k·period (k ≥ 1, each from the anchor) up to `asOf`, and the next one while in force. */
function reviewsAround(facts: Lifecycle, asOf: IsoDate): IsoDate[] {
  const reviews: IsoDate[] = [];
  if (!facts.review) return reviews;
  for (let k = 1; k <= MAX_STEPS; k++) {
    const date = addDuration(facts.effective, scaleDuration(facts.review, k));
    if ((facts.finalEnd !== undefined && date > facts.finalEnd) || atEndOfTime(date)) break;
    reviews.push(date);
    if (date > asOf) break;
  }
  return reviews;
}
