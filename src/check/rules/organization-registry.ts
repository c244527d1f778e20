import type { Organization } from '../../types.js';
import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * organizations.yaml: ids are unique, a successor exists, and succession never loops.
 *
 *   - { id: pole-emploi, succeeded_by: { org: france-travail, on: 2024-01-01 } }
 *   - { id: france-travail }                                  ✓
 *   - { id: pole-emploi, succeeded_by: { org: francetravail } } ✗ unknown successor
 */
export const organizationRegistry: Rule = {
  id: 'organization-registry',
  description: 'check.organizationRegistry.description',
  severity: 'error',
  *check({ organizationList, organizationsFile: file }) {
    const firstIndex = new Map<string, number>();
    organizationList.forEach((org, i) => {
      if (!firstIndex.has(org.id)) firstIndex.set(org.id, i);
    });
    for (const [i, org] of organizationList.entries()) {
      if (firstIndex.get(org.id) !== i) {
        yield { file, path: [i, 'id'], message: message('check.organizationRegistry.twice', { id: org.id, entry: firstIndex.get(org.id)! + 1 }), hint: message('check.organizationRegistry.twiceHint') };
      }
      const successor = org.succeeded_by?.org;
      if (successor === undefined) continue;
      if (!firstIndex.has(successor)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: message('check.organizationRegistry.unknownSuccessor', { successor }), hint: message('check.organizationRegistry.unknownSuccessorHint', { successor }) };
      } else if (loops(org, organizationList)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: message('check.organizationRegistry.loop', { id: org.id }), hint: message('check.organizationRegistry.loopHint') };
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
