import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * A convention drawn from a framework is not signed before that framework takes effect.
 *
 *   parent effective 2016-11-16, signed 2017-03-02   ✓
 *   parent effective 2016-11-16, signed 2016-10-01   ⚠
 */
export const signedBeforeParent: Rule = {
  id: 'signed-before-parent',
  description: 'check.signedBeforeParent.description',
  severity: 'warning',
  *check({ records }) {
    const byId = new Map(records.map(({ agreement }) => [agreement.id, agreement]));
    for (const { file, agreement } of records) {
      const parent = agreement.parent ? byId.get(agreement.parent) : undefined;
      const parentStart = parent?.effective ?? parent?.signed;
      if (agreement.signed && parentStart && agreement.signed < parentStart) {
        yield { file, path: ['signed'], message: message('check.signedBeforeParent.early', { signed: agreement.signed, parent: parent!.id, start: parentStart }), hint: message('check.signedBeforeParent.hint') };
      }
    }
  },
};
