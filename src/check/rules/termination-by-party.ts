import { successorsOf } from '../../registry/succession.js';
import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * The party that ended an agreement is one of its parties (or a successor of one).
 *
 *   parties: [amf, pole-emploi], termination: { by: france-travail }   ✓ (successor)
 *   parties: [amf, pole-emploi], termination: { by: ave }              ✗
 */
export const terminationByParty: Rule = {
  id: 'termination-by-party',
  description: 'check.terminationByParty.description',
  severity: 'error',
  *check({ records, organizations }) {
    for (const { file, agreement } of records) {
      const by = agreement.termination?.by;
      if (!by || (organizations && !organizations.has(by))) continue; // an unknown org is known-organization's to report
      const parties = agreement.parties.flatMap((party) => [party.org, ...(organizations ? successorsOf(party.org, organizations) : [])]);
      if (!parties.includes(by)) {
        yield { file, path: ['termination', 'by'], message: message('check.terminationByParty.notAParty', { by }), hint: message('check.terminationByParty.hint', { parties: agreement.parties.map((p) => p.org).join(', ') }) };
      }
    }
  },
};
