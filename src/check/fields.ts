/**
 * Of a record, keep only these top-level fields (of a party, its organization only): what the
 * rules and the listings read, for 100,000 records held at once or stored between runs.
 */
export function keepFields(value: unknown, fields: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const field of fields) if (field in value) kept[field] = (value as Record<string, unknown>)[field];
  if (Array.isArray(kept.parties)) kept.parties = kept.parties.map((party: unknown) => (party !== null && typeof party === 'object' && 'org' in party ? { org: party.org } : party));
  return kept;
}
