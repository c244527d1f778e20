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
  /** An INSEE or SIREN code matched against every field of `territory`. */
  readonly territory?: string;
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
    if (!Object.values(agreement.territory ?? {}).includes(filter.territory)) return false;
  }
  return true;
}
