import type { Rule } from '../rule.js';
import { parseIsoDate } from '../../lifecycle/date.js';
import { lifecycleOf } from '../../lifecycle/timeline.js';
import { statusParam } from '../../lifecycle/labels.js';
import { message } from '../../text/say.js';

/**
 * A signed convention or amendment takes effect on a day its parent is in force.
 *
 *   parent in force 2020-07-16 … 2020-12-31, child effective 2020-09-01   ✓
 *   parent in force 2020-07-16 … 2020-12-31, child effective 2026-12-01   ⚠ (the parent had expired)
 *
 * A parent whose dates are unknown (a legacy record, a draft) says nothing either way.
 */
export const parentInForce: Rule = {
  id: 'parent-in-force',
  description: 'drafting.parentInForce.description',
  severity: 'warning',
  *check({ records }) {
    const byId = new Map(records.map(({ agreement }) => [agreement.id, agreement]));
    // A parent's dates are read once, however many conventions it has (a network drafts thousands).
    const facts = new Map<string, ReturnType<typeof lifecycleOf>>();
    for (const { file, agreement } of records) {
      if (agreement.kind !== 'local' && agreement.kind !== 'amendment') continue;
      const parent = agreement.parent ? byId.get(agreement.parent) : undefined;
      const start = parseIsoDate(agreement.effective ?? agreement.signed);
      if (!parent || !agreement.signed || !start) continue;
      if (parent.signed === undefined) continue;
      let known = facts.get(parent.id);
      if (!known) facts.set(parent.id, (known = lifecycleOf(parent)));
      if ('unknown' in known) continue;
      // As computeTimeline says it: in force from `effective` to the last day in force, both included.
      const status = start < known.effective ? 'upcoming' : known.finalEnd !== undefined && start > known.finalEnd ? (known.terminated ? 'terminated' : 'expired') : 'in-force';
      if (status === 'in-force') continue;
      // Signed before its parent even starts: `signed-before-parent` says so already.
      const parentStart = parent.effective ?? parent.signed;
      if (status === 'upcoming' && parentStart && agreement.signed < parentStart) continue;
      yield {
        file,
        path: [agreement.effective !== undefined ? 'effective' : 'signed'],
        message: message('drafting.parentInForce.notInForce', { date: start, parent: parent.id, status: statusParam(status) }),
        hint: message('drafting.parentInForce.hint'),
      };
    }
  },
};
