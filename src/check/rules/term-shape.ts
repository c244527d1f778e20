import type { Rule } from '../rule.js';

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
  description: 'A term has either `duration` or `end`; durations are longer than zero.',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const term = agreement.term;
      if (term) {
        if (term.duration !== undefined && term.end !== undefined) {
          yield { file, path: ['term', 'end'], target: 'key', message: 'the term has both `duration` and `end`', hint: 'keep one: `duration` counts from `effective`, `end` is the last day in force' };
        } else if (term.duration === undefined && term.end === undefined) {
          yield { file, path: ['term'], target: 'key', message: 'the term has neither `duration` nor `end`', hint: 'add `duration: P1Y` (say) or `end: YYYY-MM-DD`; remove `term` for an agreement without a fixed end' };
        }
      }
      const durations = [
        { path: ['term', 'duration'], value: term?.duration },
        { path: ['term', 'renewal_period'], value: term?.renewal_period },
        { path: ['review_every'], value: agreement.review_every },
      ];
      for (const { path, value } of durations) {
        if (value !== undefined && !/[1-9]/.test(value)) {
          yield { file, path, message: `\`${path.join('.')}\` is zero`, hint: 'a duration must be at least one day (P1D)' };
        }
      }
    }
  },
};
