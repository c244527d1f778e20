import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

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
  get description() {
    return say('check.termShape.description');
  },
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const term = agreement.term;
      if (term) {
        if (term.duration !== undefined && term.end !== undefined) {
          yield { file, path: ['term', 'end'], target: 'key', message: say('check.termShape.both'), hint: say('check.termShape.bothHint') };
        } else if (term.duration === undefined && term.end === undefined) {
          yield { file, path: ['term'], target: 'key', message: say('check.termShape.neither'), hint: say('check.termShape.neitherHint') };
        }
      }
      const durations = [
        { path: ['term', 'duration'], value: term?.duration },
        { path: ['term', 'renewal_period'], value: term?.renewal_period },
        { path: ['review_every'], value: agreement.review_every },
      ];
      for (const { path, value } of durations) {
        if (value !== undefined && !/[1-9]/.test(value)) {
          yield { file, path, message: say('check.termShape.zero', { field: path.join('.') }), hint: say('check.termShape.zeroHint') };
        }
      }
    }
  },
};
