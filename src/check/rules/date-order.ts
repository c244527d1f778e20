import type { Agreement } from '../../types.js';
import type { Rule, RuleProblem } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * Dates follow each other: the term ends on or after the first day in force, a termination
 * comes after the start, and notice is not given before signature.
 *
 *   effective: 2020-07-16, term: { end: 2020-12-31 }   ✓
 *   effective: 2020-07-16, term: { end: 2020-06-30 }   ✗
 */
export const dateOrder: Rule = {
  id: 'date-order',
  description: 'check.dateOrder.description',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) yield* check(file, agreement);
  },
};

function* check(file: string, agreement: Agreement): Iterable<RuleProblem> {
  const start = agreement.effective ?? agreement.signed ?? undefined;
  if (!start) return;
  const startField = agreement.effective ? '`effective`' : '`signed`';
  const end = agreement.term?.end;
  if (end !== undefined && end < start) {
    yield { file, path: ['term', 'end'], message: message('check.dateOrder.termEnd', { date: end, startField, start }), hint: message('check.dateOrder.termEndHint', { start }) };
  }
  const { termination, signed } = agreement;
  if (!termination) return;
  const ended = termination.ended;
  if (ended !== undefined && ended < start) {
    yield { file, path: ['termination', 'ended'], message: message('check.dateOrder.ended', { date: ended, startField, start }), hint: message('check.dateOrder.endedHint', { start }) };
  }
  const notice = termination.notice_given;
  if (signed && notice && notice < signed) {
    yield { file, path: ['termination', 'notice_given'], message: message('check.dateOrder.notice', { notice, signed }), hint: message('check.dateOrder.noticeHint') };
  }
  if (!ended && !notice) {
    yield { file, path: ['termination'], target: 'key', message: message('check.dateOrder.undated'), hint: message('check.dateOrder.undatedHint') };
  }
}
