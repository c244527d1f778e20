// Etalab's official lists (npm `@etalab/decoupage-administratif`, data of the INSEE Code officiel
// géographique). Only the drafting code imports this module, so the lists are bundled into the
// drafting chunk and read when a convention is drafted or rendered, never at start-up.
import departements from '@etalab/decoupage-administratif/data/departements.json' with { type: 'json' };
import regions from '@etalab/decoupage-administratif/data/regions.json' with { type: 'json' };

/** A département or a région as the official list gives it. */
export interface Territory {
  readonly code: string;
  readonly nom: string;
  /** INSEE's TNCC: which article the name takes (0 none, consonant; 1 none, vowel; 2 le; 3 la; 4 les; 5 l'; 6 aux; 7 las; 8 los). */
  readonly typeLiaison: number;
  /** For a département, the code of its région. */
  readonly region?: string;
}

let byCode: { departements: Map<string, Territory>; regions: Map<string, Territory> } | undefined;

function lists(): NonNullable<typeof byCode> {
  byCode ??= {
    departements: new Map((departements as Territory[]).map((d) => [d.code, d])),
    regions: new Map((regions as Territory[]).map((r) => [r.code, r])),
  };
  return byCode;
}

/** The département of an INSEE code (`33` → Gironde), or undefined when the official list has none. */
export function departement(code: string): Territory | undefined {
  return lists().departements.get(code);
}

/** The région of an INSEE code (`75` → Nouvelle-Aquitaine), or undefined when the official list has none. */
export function region(code: string): Territory | undefined {
  return lists().regions.get(code);
}

/** Every code of a list, for suggestions. */
export function codes(kind: 'departements' | 'regions'): string[] {
  return [...lists()[kind].keys()];
}

const ARTICLE = ['', '', 'le ', 'la ', 'les ', "l'", 'aux ', 'las ', 'los '];
const OF = ['de ', "d'", 'du ', 'de la ', 'des ', "de l'", 'des ', 'de las ', 'de los '];

/**
 * The name with its article, and with « de » before it, as INSEE's TNCC says.
 * `withArticle(Gironde)` //=> { le: 'la Gironde', de: 'de la Gironde' }; Nord → du Nord; Landes → des Landes; Ain → de l'Ain; Paris → de Paris
 */
export function withArticle(territory: Territory): { le: string; de: string } {
  const t = territory.typeLiaison;
  return { le: `${ARTICLE[t] ?? ''}${territory.nom}`, de: `${OF[t] ?? 'de '}${territory.nom}` };
}
