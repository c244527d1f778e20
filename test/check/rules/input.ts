import type { RuleInput } from '../../../src/check/rule.js';
import type { Agreement, Organization } from '../../../src/types.js';

export const ORGS: Organization[] = [
  { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } },
  { id: 'france-travail', name: 'France Travail', kind: 'public-body' },
  { id: 'amf', name: 'AMF', kind: 'association' },
  { id: 'ave', name: 'Alliance Villes Emploi', kind: 'association' },
];

/** A minimal valid agreement, with what the test changes. */
export function agreement(overrides: Partial<Agreement> & { id: string; file?: string }): Agreement & { file?: string } {
  return {
    title: `Accord ${overrides.id}`,
    kind: 'framework',
    level: 'national',
    parties: [{ org: 'amf' }, { org: 'pole-emploi' }],
    signed: '2016-11-16',
    ...overrides,
  };
}

/** A rule input over records placed at `agreements/<id>.yaml` (or the given file). */
export function input(records: (Agreement & { file?: string })[], organizations: Organization[] | null = ORGS, templates?: string[]): RuleInput {
  const placed = records.map(({ file, ...agreement }) => ({ file: file ?? `agreements/${agreement.id}.yaml`, agreement }));
  const knownIds = new Map<string, string[]>();
  for (const { file, agreement } of placed) knownIds.set(agreement.id, [...(knownIds.get(agreement.id) ?? []), file]);
  return {
    records: placed,
    knownIds,
    keepsSignedCopies: placed.some((r) => r.agreement.signed_copy),
    organizations: organizations ? new Map(organizations.map((o) => [o.id, o])) : undefined,
    organizationList: organizations ?? [],
    organizationsFile: 'agreements/organizations.yaml',
    templates: templates ? new Set(templates) : undefined,
  };
}
