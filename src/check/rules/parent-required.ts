import type { Rule } from '../rule.js';

/**
 * Local conventions and amendments say what they derive from or amend.
 *
 *   kind: local, parent: amf-pole-emploi-2016   ✓
 *   kind: amendment (no parent)                ⚠
 */
export const parentRequired: Rule = {
  id: 'parent-required',
  description: 'Local conventions and amendments name their `parent`.',
  severity: 'warning',
  *check({ records }) {
    for (const { file, agreement } of records) {
      if ((agreement.kind === 'local' || agreement.kind === 'amendment') && !agreement.parent) {
        yield { file, path: ['kind'], message: `a${agreement.kind === 'amendment' ? 'n amendment' : ' local convention'} without \`parent\``, hint: 'add `parent: <id>` of the agreement it derives from or amends' };
      }
    }
  },
};
