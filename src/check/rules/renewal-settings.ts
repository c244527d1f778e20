import type { Rule } from '../rule.js';

/**
 * Tacit renewal states the length of each renewed term; renewal settings without tacit
 * renewal have no effect.
 *
 *   term: { duration: P1Y, renewal: tacit, renewal_period: P1Y }   ✓
 *   term: { duration: P1Y, renewal: tacit }                        ⚠ renewal_period unstated
 *   term: { duration: P1Y, max_renewals: 3 }                       ⚠ no tacit renewal to cap
 *
 * Without a stated period the tool renews for the initial duration, but under Code civil
 * art. 1214 a renewal whose length is not stated may give an agreement of indefinite duration.
 */
export const renewalSettings: Rule = {
  id: 'renewal-settings',
  description: 'Tacit renewal states `renewal_period`; `max_renewals` goes with tacit renewal.',
  severity: 'warning',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const term = agreement.term;
      if (!term) continue;
      if (term.renewal === 'tacit' && term.renewal_period === undefined) {
        yield {
          file,
          path: ['term', 'renewal'],
          message: `tacit renewal without \`renewal_period\`: renewed terms are taken to last ${term.duration ?? 'as long as the first'}`,
          hint: 'state `renewal_period:` (Code civil art. 1214 may make an unstated renewal open-ended)',
        };
      }
      if (term.renewal !== 'tacit' && term.max_renewals !== undefined) {
        yield { file, path: ['term', 'max_renewals'], target: 'key', message: '`max_renewals` has no effect without `renewal: tacit`', hint: 'remove it, or set `renewal: tacit`' };
      }
    }
  },
};
