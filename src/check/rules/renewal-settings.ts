import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

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
  description: 'check.renewalSettings.description',
  severity: 'warning',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const term = agreement.term;
      if (!term) continue;
      if (term.renewal === 'tacit' && term.renewal_period === undefined) {
        yield {
          file,
          path: ['term', 'renewal'],
          message: term.duration === undefined ? message('check.renewalSettings.noPeriodNoDuration') : message('check.renewalSettings.noPeriod', { duration: term.duration }),
          hint: message('check.renewalSettings.noPeriodHint'),
        };
      }
      if (term.renewal !== 'tacit' && term.max_renewals !== undefined) {
        yield { file, path: ['term', 'max_renewals'], target: 'key', message: message('check.renewalSettings.maxWithoutTacit'), hint: message('check.renewalSettings.maxWithoutTacitHint') };
      }
    }
  },
};
