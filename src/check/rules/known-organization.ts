import type { JsonPath } from '../../types.js';
import { closestIn } from '../../text/suggest.js';
import type { Rule, RuleProblem } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * Every organization a record names (`parties[].org`, `termination.by`) is in organizations.yaml.
 *
 *   parties: [{ org: amf }, { org: pole-emploi }]   ✓
 *   parties: [{ org: amff }, …]                      ✗ did you mean `amf`?
 */
export const knownOrganization: Rule = {
  id: 'known-organization',
  description: 'check.knownOrganization.description',
  severity: 'error',
  *check({ records, organizations, organizationsFile }) {
    if (!organizations) return;
    const closestOrg = closestIn(organizations.keys());
    const unknown = (file: string, path: JsonPath, org: string): RuleProblem => {
      const guess = closestOrg(org);
      return {
        file,
        path,
        message: message('check.knownOrganization.unknown', { org }),
        hint: guess ? message('common.didYouMean', { guess }) : message('check.knownOrganization.addIt', { file: organizationsFile }),
      };
    };
    for (const { file, agreement } of records) {
      const { parties, termination } = agreement;
      for (let i = 0; i < parties.length; i++) {
        const { org } = parties[i]!;
        if (!organizations.has(org)) yield unknown(file, ['parties', i, 'org'], org);
      }
      const by = termination?.by;
      if (by && !organizations.has(by)) yield unknown(file, ['termination', 'by'], by);
    }
  },
};
