import type { Organization } from '../../types.js';
import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * organizations.yaml: ids are unique, a successor exists, and succession never loops.
 *
 *   - { id: pole-emploi, succeeded_by: { org: france-travail, on: 2024-01-01 } }
 *   - { id: france-travail }                                  ✓
 *   - { id: pole-emploi, succeeded_by: { org: francetravail } } ✗ unknown successor
 */
export const organizationRegistry: Rule = {
  id: 'organization-registry',
  get description() {
    return say('check.organizationRegistry.description');
  },
  severity: 'error',
  *check({ organizationList, organizationsFile: file }) {
    const firstIndex = new Map<string, number>();
    organizationList.forEach((org, i) => {
      if (!firstIndex.has(org.id)) firstIndex.set(org.id, i);
    });
    for (const [i, org] of organizationList.entries()) {
      if (firstIndex.get(org.id) !== i) {
        yield { file, path: [i, 'id'], message: say('check.organizationRegistry.twice', { id: org.id, entry: firstIndex.get(org.id)! + 1 }), hint: say('check.organizationRegistry.twiceHint') };
      }
      const successor = org.succeeded_by?.org;
      if (successor === undefined) continue;
      if (!firstIndex.has(successor)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: say('check.organizationRegistry.unknownSuccessor', { successor }), hint: say('check.organizationRegistry.unknownSuccessorHint', { successor }) };
      } else if (loops(org, organizationList)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: say('check.organizationRegistry.loop', { id: org.id }), hint: say('check.organizationRegistry.loopHint') };
      }
    }
  },
};

function loops(start: Organization, list: readonly Organization[]): boolean {
  const byId = new Map(list.map((org) => [org.id, org]));
  const seen = new Set<string>([start.id]);
  let current = start.succeeded_by?.org;
  while (current !== undefined) {
    if (seen.has(current)) return current === start.id;
    seen.add(current);
    current = byId.get(current)?.succeeded_by?.org;
  }
  return false;
}
