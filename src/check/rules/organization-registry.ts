import type { Organization } from '../../types.js';
import type { Rule } from '../rule.js';

/**
 * organizations.yaml: ids are unique, a successor exists, and succession never loops.
 *
 *   - { id: pole-emploi, succeeded_by: { org: france-travail, on: 2024-01-01 } }
 *   - { id: france-travail }                                  ✓
 *   - { id: pole-emploi, succeeded_by: { org: francetravail } } ✗ unknown successor
 */
export const organizationRegistry: Rule = {
  id: 'organization-registry',
  description: 'Organization ids are unique; successors exist; succession has no loop.',
  severity: 'error',
  *check({ organizationList, organizationsFile: file }) {
    const firstIndex = new Map<string, number>();
    organizationList.forEach((org, i) => {
      if (!firstIndex.has(org.id)) firstIndex.set(org.id, i);
    });
    for (const [i, org] of organizationList.entries()) {
      if (firstIndex.get(org.id) !== i) {
        yield { file, path: [i, 'id'], message: `organization \`${org.id}\` is listed twice (first at entry ${firstIndex.get(org.id)! + 1})`, hint: 'keep one entry per organization' };
      }
      const successor = org.succeeded_by?.org;
      if (successor === undefined) continue;
      if (!firstIndex.has(successor)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: `successor \`${successor}\` is not in the registry`, hint: `add an entry \`- id: ${successor}\`` };
      } else if (loops(org, organizationList)) {
        yield { file, path: [i, 'succeeded_by', 'org'], message: `succession of \`${org.id}\` loops back to itself`, hint: 'an organization cannot succeed its own successor' };
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
