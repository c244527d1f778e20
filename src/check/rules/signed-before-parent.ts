import type { Rule } from '../rule.js';

/**
 * A convention drawn from a framework is not signed before that framework takes effect.
 *
 *   parent effective 2016-11-16, signed 2017-03-02   ✓
 *   parent effective 2016-11-16, signed 2016-10-01   ⚠
 */
export const signedBeforeParent: Rule = {
  id: 'signed-before-parent',
  description: 'A derived agreement is signed on or after its parent takes effect.',
  severity: 'warning',
  *check({ records }) {
    const byId = new Map(records.map(({ agreement }) => [agreement.id, agreement]));
    for (const { file, agreement } of records) {
      const parent = agreement.parent ? byId.get(agreement.parent) : undefined;
      const parentStart = parent?.effective ?? parent?.signed;
      if (agreement.signed && parentStart && agreement.signed < parentStart) {
        yield { file, path: ['signed'], message: `signed ${agreement.signed}, before its parent \`${parent!.id}\` took effect (${parentStart})`, hint: 'check the signature date, or the parent' };
      }
    }
  },
};
