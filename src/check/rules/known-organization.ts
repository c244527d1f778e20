import type { JsonPath } from '../../types.js';
import { closest } from '../../text/suggest.js';
import type { Rule, RuleProblem } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * Every organization a record names (`parties[].org`, `termination.by`) is in organizations.yaml.
 *
 *   parties: [{ org: amf }, { org: pole-emploi }]   ✓
 *   parties: [{ org: amff }, …]                      ✗ did you mean `amf`?
 */
export const knownOrganization: Rule = {
  id: 'known-organization',
  get description() {
    return say('check.knownOrganization.description');
  },
  severity: 'error',
  *check({ records, organizations, organizationsFile }) {
    if (!organizations) return;
    for (const { file, agreement } of records) {
      const references: [JsonPath, string][] = agreement.parties.map((party, i) => [['parties', i, 'org'], party.org]);
      if (agreement.termination?.by) references.push([['termination', 'by'], agreement.termination.by]);
      for (const [path, org] of references) {
        if (organizations.has(org)) continue;
        const guess = closest(org, organizations.keys());
        const problem: RuleProblem = {
          file,
          path,
          message: say('check.knownOrganization.unknown', { org }),
          hint: guess ? say('common.didYouMean', { guess }) : say('check.knownOrganization.addIt', { file: organizationsFile }),
        };
        yield problem;
      }
    }
  },
};
