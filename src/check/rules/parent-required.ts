import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * Local conventions and amendments say what they derive from or amend.
 *
 *   kind: local, parent: amf-pole-emploi-2016   ✓
 *   kind: amendment (no parent)                ⚠
 */
export const parentRequired: Rule = {
  id: 'parent-required',
  description: 'check.parentRequired.description',
  severity: 'warning',
  *check({ records }) {
    for (const { file, agreement } of records) {
      if ((agreement.kind === 'local' || agreement.kind === 'amendment') && !agreement.parent) {
        yield { file, path: ['kind'], message: message(agreement.kind === 'amendment' ? 'check.parentRequired.amendment' : 'check.parentRequired.local'), hint: message('check.parentRequired.hint') };
      }
    }
  },
};
