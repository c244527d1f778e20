import type { Agreement, JsonPath } from '../../types.js';
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
  const startField = agreement.effective ? '`effective`' : '`signed`';
  if (!start) return;
  const before = (path: JsonPath, date: string | undefined, what: 'termEnd' | 'ended'): RuleProblem | undefined =>
    date !== undefined && date < start
      ? { file, path, message: say(`check.dateOrder.${what}`, { date, startField, start }), hint: say(`check.dateOrder.${what}Hint`, { start }) }
      : undefined;
  const problems = [before(['term', 'end'], agreement.term?.end, 'termEnd'), before(['termination', 'ended'], agreement.termination?.ended, 'ended')];
  for (const problem of problems) if (problem) yield problem;
  const signed = agreement.signed;
  const notice = agreement.termination?.notice_given;
  if (signed && notice && notice < signed) {
    yield { file, path: ['termination', 'notice_given'], message: say('check.dateOrder.notice', { notice, signed }), hint: say('check.dateOrder.noticeHint') };
  }
  if (agreement.termination && !agreement.termination.ended && !notice) {
    yield { file, path: ['termination'], target: 'key', message: say('check.dateOrder.undated'), hint: say('check.dateOrder.undatedHint') };
  }
}
