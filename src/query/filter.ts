import type { AgreementKind, Level, Organization } from '../types.js';
import { successorsOf } from '../registry/succession.js';
import type { AgreementView } from './summary.js';

export const KINDS: readonly AgreementKind[] = ['framework', 'local', 'protocol', 'amendment'];
export const LEVELS: readonly Level[] = ['national', 'regional', 'departmental', 'local'];
export const STATUSES = ['draft', 'upcoming', 'in-force', 'expired', 'terminated', 'unknown'] as const;

export interface ListFilter {
  readonly kinds?: readonly string[];
  readonly levels?: readonly string[];
  readonly statuses?: readonly string[];
  /** An organization: agreements signed by it or by one it succeeded. */
  readonly party?: string;
  /** An INSEE or SIREN code matched against every field of `territory` ... */
  readonly territory?: string;
  /** ... or against this one only (`--territory departement:75`). */
  readonly territoryKind?: TerritoryKind;
}

/** The fields of `territory:`, each a kind of code that `--territory kind:code` can name. */
export type TerritoryKind = 'region' | 'departement' | 'commune' | 'epci';
export const TERRITORY_KINDS: readonly TerritoryKind[] = ['region', 'departement', 'commune', 'epci'];

/** Short forms a user may write before the colon. */
const ALIASES: Readonly<Record<string, TerritoryKind>> = { reg: 'region', dep: 'departement', dept: 'departement', com: 'commune' };

/**
 * `departement:75` → the kind and the code; `75` → the code alone; `département:75`, `REGION:75`
 * (accents and case aside), `dep:75`, `dept:75`, `reg:75`, `com:33063` too. An unknown prefix comes back as `{ unknownKind }`.
 */
export function parseTerritory(text: string): { kind?: TerritoryKind; code: string } | { unknownKind: string } {
  const at = text.indexOf(':');
  if (at < 0) return { code: text.trim() };
  const prefix = text.slice(0, at).trim();
  const plain = prefix.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const kind = TERRITORY_KINDS.find((k) => k === plain) ?? (Object.hasOwn(ALIASES, plain) ? ALIASES[plain] : undefined);
  return kind ? { kind, code: text.slice(at + 1).trim() } : { unknownKind: prefix };
}

/** Which fields of an agreement's `territory:` hold the code (for saying which kinds a bare code matched). */
export function territoryKindsOf(view: AgreementView, code: string): TerritoryKind[] {
  const territory = view.loaded.agreement.territory ?? {};
  return TERRITORY_KINDS.filter((kind) => territory[kind] === code);
}

/** Whether an agreement passes every filter given. */
export function matches(view: AgreementView, filter: ListFilter, registry: ReadonlyMap<string, Organization>): boolean {
  const { agreement } = view.loaded;
  if (filter.kinds && !filter.kinds.includes(agreement.kind)) return false;
  if (filter.levels && !filter.levels.includes(agreement.level)) return false;
  if (filter.statuses && !filter.statuses.includes(view.timeline.status)) return false;
  if (filter.party !== undefined) {
    const party = filter.party;
    if (!agreement.parties.some((p) => p.org === party || successorsOf(p.org, registry).includes(party))) return false;
  }
  if (filter.territory !== undefined) {
    if (filter.territoryKind ? agreement.territory?.[filter.territoryKind] !== filter.territory : !Object.values(agreement.territory ?? {}).includes(filter.territory)) return false;
  }
  return true;
}
