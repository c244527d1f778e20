import type { Agreement, JsonPath } from '../../types.js';
import type { Rule, RuleProblem } from '../rule.js';

/**
 * Dates follow each other: the term ends on or after the first day in force, a termination
 * comes after the start, and notice is not given before signature.
 *
 *   effective: 2020-07-16, term: { end: 2020-12-31 }   ✓
 *   effective: 2020-07-16, term: { end: 2020-06-30 }   ✗
 */
export const dateOrder: Rule = {
  id: 'date-order',
  description: 'The term end, termination and notice dates come after the start.',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) yield* check(file, agreement);
  },
};

function* check(file: string, agreement: Agreement): Iterable<RuleProblem> {
  const start = agreement.effective ?? agreement.signed ?? undefined;
  const startName = agreement.effective ? '`effective`' : '`signed`';
  if (!start) return;
  const before = (path: JsonPath, date: string | undefined, what: string): RuleProblem | undefined =>
    date !== undefined && date < start ? { file, path, message: `${what} (${date}) is before the first day in force (${startName}: ${start})`, hint: `check both dates: ${what} must be on or after ${start}` } : undefined;
  const problems = [
    before(['term', 'end'], agreement.term?.end, 'the last day of the term'),
    before(['termination', 'ended'], agreement.termination?.ended, 'the termination'),
  ];
  for (const problem of problems) if (problem) yield problem;
  const signed = agreement.signed;
  const notice = agreement.termination?.notice_given;
  if (signed && notice && notice < signed) {
    yield { file, path: ['termination', 'notice_given'], message: `notice (${notice}) was given before the agreement was signed (${signed})`, hint: 'check the date the written notice was received' };
  }
  if (agreement.termination && !agreement.termination.ended && !notice) {
    yield { file, path: ['termination'], target: 'key', message: '`termination` needs `notice_given` or `ended`', hint: 'add the date notice was received (`notice_given:`) or the last day in force (`ended:`)' };
  }
}
