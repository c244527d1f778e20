import type { LoadedAgreement } from '../types.js';
import type { AgreementSummary } from '../format/list/types.js';

/** A département or a region, by its INSEE code. */
export interface Place {
  readonly code: string;
  readonly name: string;
  /** A département's region (absent for a region). */
  readonly region?: string;
}

/** The level at which a framework is declined: one convention per département, or per region. */
export type Scale = 'departement' | 'region';

export interface PlaceCoverage extends Place {
  /** Conventions drafted from the framework that are in force there, as of the day. */
  readonly in_force: readonly string[];
  /** The others there: drafts, upcoming, expired or terminated ones. */
  readonly others: readonly string[];
}

/** Where one framework that serves as a model is declined, and where not. */
export interface FrameworkCoverage {
  readonly framework: string;
  readonly title: string;
  readonly scale: Scale;
  readonly covered: readonly PlaceCoverage[];
  readonly uncovered: readonly PlaceCoverage[];
}

export interface CoverageInput {
  /** Every record, with `parent`, `kind` and `territory`. */
  readonly agreements: readonly LoadedAgreement[];
  /** The summaries as of the day (status), by id. */
  readonly summaries: ReadonlyMap<string, AgreementSummary>;
  /** The frameworks to cover and their scale (read from each one's template). */
  readonly frameworks: readonly { readonly id: string; readonly scale: Scale }[];
  readonly departements: readonly Place[];
  readonly regions: readonly Place[];
}

/** A commune's département: `33063` → `33`, `97411` → `974`, `2A004` → `2A`. */
export function departementOfCommune(commune: string): string {
  return commune.startsWith('97') || commune.startsWith('98') ? commune.slice(0, 3) : commune.slice(0, 2);
}

/**
 * For each framework, the places with a convention drafted from it (its `parent`) in force, and
 * those without. A convention's place is its `territory.departement` (else its commune's), or for
 * a regional framework its `territory.region` (else its département's region).
 */
export function coverageOf(input: CoverageInput): FrameworkCoverage[] {
  const regionOf = new Map(input.departements.map((d) => [d.code, d.region]));
  const children = new Map<string, LoadedAgreement[]>();
  for (const loaded of input.agreements) {
    const parent = loaded.agreement.parent;
    if (!parent || loaded.agreement.kind === 'amendment') continue;
    const list = children.get(parent);
    if (list) list.push(loaded);
    else children.set(parent, [loaded]);
  }
  return input.frameworks.flatMap(({ id, scale }) => {
    const framework = input.summaries.get(id);
    if (!framework) return [];
    const places = scale === 'departement' ? input.departements : input.regions;
    const inForce = new Map<string, string[]>();
    const others = new Map<string, string[]>();
    for (const { agreement } of children.get(id) ?? []) {
      const t = agreement.territory ?? {};
      const departement = t.departement ?? (t.commune ? departementOfCommune(t.commune) : undefined);
      const place = scale === 'departement' ? departement : (t.region ?? (departement ? regionOf.get(departement) : undefined));
      if (!place) continue;
      const into = input.summaries.get(agreement.id)?.status === 'in-force' ? inForce : others;
      into.set(place, [...(into.get(place) ?? []), agreement.id].sort());
    }
    const rows = places.map((p): PlaceCoverage => ({ ...p, in_force: inForce.get(p.code) ?? [], others: others.get(p.code) ?? [] }));
    return [{ framework: id, title: framework.title, scale, covered: rows.filter((r) => r.in_force.length > 0), uncovered: rows.filter((r) => r.in_force.length === 0) }];
  });
}

/** The scale a template drafts at, from the `territory:` of the record it writes. */
export function scaleOfTemplateRecord(record: Record<string, unknown>): Scale | undefined {
  const territory = record.territory;
  if (!territory || typeof territory !== 'object') return undefined;
  if ('departement' in territory || 'commune' in territory) return 'departement';
  if ('region' in territory) return 'region';
  return undefined;
}
