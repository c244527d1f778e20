import type { Organization } from '../types.js';

/** Longest succession chain followed; a loop in the registry is reported by a rule, never followed forever. */
const MAX_CHAIN = 32;

/**
 * The organizations that took over `org`, nearest first:
 * `successorsOf('pole-emploi', registry)` //=> ['france-travail']
 */
export function successorsOf(org: string, registry: ReadonlyMap<string, Organization>): string[] {
  const chain: string[] = [];
  let current = registry.get(org)?.succeeded_by?.org;
  while (current && !chain.includes(current) && current !== org && chain.length < MAX_CHAIN) {
    chain.push(current);
    current = registry.get(current)?.succeeded_by?.org;
  }
  return chain;
}

/**
 * The organizations `org` took over, at any distance: `--party france-travail` includes them.
 * `predecessorsOf('france-travail', registry)` //=> ['pole-emploi']
 */
export function predecessorsOf(org: string, registry: ReadonlyMap<string, Organization>): string[] {
  return [...registry.values()].filter((candidate) => candidate.id !== org && successorsOf(candidate.id, registry).includes(org)).map((o) => o.id);
}

/**
 * Who `org` is on `date`: successions that took effect on or before it are applied.
 * `organizationOn('pole-emploi', '2026-12-01', registry)` //=> 'france-travail'
 * `organizationOn('pole-emploi', '2023-12-31', registry)` //=> 'pole-emploi'
 */
export function organizationOn(org: string, date: string, registry: ReadonlyMap<string, Organization>): string {
  let current = org;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = registry.get(current)?.succeeded_by;
    if (!next || next.on > date || next.org === org) return current;
    current = next.org;
  }
  return current;
}
