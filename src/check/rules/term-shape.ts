import type { JsonPath } from '../../types.js';
import type { Rule, RuleProblem } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * A term has a `duration` or an `end`, never both; renewal settings fit the renewal mode;
 * durations are not zero.
 *
 *   term: { duration: P1Y, renewal: tacit }        ✓
 *   term: { duration: P1Y, end: 2020-12-31 }       ✗ give one of them
 *   term: { renewal: tacit }                       ✗ no length
 *   term: { end: 2020-12-31, max_renewals: 2 }     ⚠ max_renewals only counts tacit renewals
 */
export const termShape: Rule = {
  id: 'term-shape',
  description: 'check.termShape.description',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const term = agreement.term;
      if (term) {
        if (term.duration !== undefined && term.end !== undefined) {
          yield { file, path: ['term', 'end'], target: 'key', message: message('check.termShape.both'), hint: message('check.termShape.bothHint') };
        } else if (term.duration === undefined && term.end === undefined) {
          yield { file, path: ['term'], target: 'key', message: message('check.termShape.neither'), hint: message('check.termShape.neitherHint') };
        }
      }
      // A duration with no digit but zeros (`P0D`, `P0Y0M`) is no length at all.
      if (isZero(term?.duration)) yield zero(file, ['term', 'duration']);
      if (isZero(term?.renewal_period)) yield zero(file, ['term', 'renewal_period']);
      if (isZero(agreement.review_every)) yield zero(file, ['review_every']);
    }
  },
};

function isZero(duration: string | undefined): boolean {
  return duration !== undefined && !/[1-9]/.test(duration);
}

function zero(file: string, path: JsonPath): RuleProblem {
  return { file, path, message: message('check.termShape.zero', { field: path.join('.') }), hint: message('check.termShape.zeroHint') };
}
