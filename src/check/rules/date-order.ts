import type { Agreement } from '../../types.js';
import type { Rule, RuleProblem } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * Dates follow each other: the term ends on or after the first day in force, a termination
 * comes after the start, and notice is not given before signature.
 *
 *   effective: 2020-07-16, term: { end: 2020-12-31 }   ✓
 *   effective: 2020-07-16, term: { end: 2020-06-30 }   ✗
 */
export const dateOrder: Rule = {
  id: 'date-order',
  get description() {
    return say('check.dateOrder.description');
  },
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
    yield { file, path: ['term', 'end'], message: say('check.dateOrder.termEnd', { date: end, startField, start }), hint: say('check.dateOrder.termEndHint', { start }) };
  }
  const { termination, signed } = agreement;
  if (!termination) return;
  const ended = termination.ended;
  if (ended !== undefined && ended < start) {
    yield { file, path: ['termination', 'ended'], message: say('check.dateOrder.ended', { date: ended, startField, start }), hint: say('check.dateOrder.endedHint', { start }) };
  }
  const notice = termination.notice_given;
  if (signed && notice && notice < signed) {
    yield { file, path: ['termination', 'notice_given'], message: say('check.dateOrder.notice', { notice, signed }), hint: say('check.dateOrder.noticeHint') };
  }
  if (!ended && !notice) {
    yield { file, path: ['termination'], target: 'key', message: say('check.dateOrder.undated'), hint: say('check.dateOrder.undatedHint') };
  }
}
