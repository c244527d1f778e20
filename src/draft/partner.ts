import type { Agreement, Organization } from '../types.js';
import { successorsOf } from '../registry/succession.js';
import type { Say } from '../text/say.js';

/**
 * Whether a convention's partner may be drafted with this framework: it is not one of the
 * framework's parties nor a successor of one (France Travail under contract with itself), and
 * the registry, when it knows the id, names it as the text will.
 *
 *   framework parties amf, pole-emploi; partner pole-emploi      → refused (a party)
 *   framework parties amf, pole-emploi; partner france-travail   → refused (succeeded pole-emploi)
 *   registry ad-maires-33 « Association des maires de la Gironde », text « AD Maires 33 » → refused
 */
export function partnerProblems(say: Say, framework: Agreement, partner: Pick<Organization, 'id' | 'name'>, registry: ReadonlyMap<string, Organization>): string[] {
  const problems: string[] = [];
  const parties = framework.parties.map((p) => p.org);
  if (parties.includes(partner.id)) problems.push(say('drafting.partnerIsParty', { id: partner.id, framework: framework.id, party: partner.id }));
  else {
    const succeeded = parties.find((party) => successorsOf(party, registry).includes(partner.id));
    if (succeeded) problems.push(say('drafting.partnerIsSuccessor', { id: partner.id, party: succeeded, framework: framework.id }));
  }
  const registered = registry.get(partner.id);
  if (registered && typeof partner.name === 'string' && registered.name.trim() !== partner.name.trim()) {
    problems.push(say('drafting.partnerNameDiffers', { id: partner.id, registered: registered.name, given: partner.name }));
  }
  return problems;
}
