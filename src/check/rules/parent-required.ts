import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * Local conventions and amendments say what they derive from or amend.
 *
 *   kind: local, parent: amf-pole-emploi-2016   ✓
 *   kind: amendment (no parent)                ⚠
 */
export const parentRequired: Rule = {
  id: 'parent-required',
  get description() {
    return say('check.parentRequired.description');
  },
  severity: 'warning',
  *check({ records }) {
    for (const { file, agreement } of records) {
      if ((agreement.kind === 'local' || agreement.kind === 'amendment') && !agreement.parent) {
        yield { file, path: ['kind'], message: say(agreement.kind === 'amendment' ? 'check.parentRequired.amendment' : 'check.parentRequired.local'), hint: say('check.parentRequired.hint') };
      }
    }
  },
};
