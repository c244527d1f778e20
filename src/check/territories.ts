/**
 * France's official territories (Etalab's `@etalab/decoupage-administratif`: régions,
 * départements, communes, EPCI) in the compact form the build ships beside the bundle
 * (scripts/build-territories.mjs) and the `known-territory` rule reads. Pure: the lists are given.
 */
export interface TerritoryData {
  /** The version of the Etalab package the lists come from. */
  readonly version: string;
  /** Région code → name: `{ "75": "Nouvelle-Aquitaine" }`. */
  readonly regions: Readonly<Record<string, string>>;
  /** Département code → its région's code and its name: `{ "33": ["75", "Gironde"] }`. */
  readonly departements: Readonly<Record<string, readonly [region: string, name: string]>>;
  /**
   * The current communes (and municipal arrondissements) of each département, as one text:
   * `{ "33": "\n001\tAbzac\n…\n063\tBordeaux\n…" }` (the code less its département's, a tab,
   * the name). 35,000 names in 100 texts parse in half the time of 35,000 keys; see `communeName`.
   */
  readonly communes: Readonly<Record<string, string>>;
  /** A code that is no longer a commune (merged, delegated, associated) → the commune it is part of now. */
  readonly former: Readonly<Record<string, string>>;
  /** A postcode that is no commune's code → the communes it serves (space-separated), for the hint. */
  readonly postcodes: Readonly<Record<string, string>>;
  /** EPCI SIREN → name and the départements of its member communes (space-separated). */
  readonly epci: Readonly<Record<string, readonly [name: string, departements: string]>>;
}

/** `33063` → `33`, `2A004` → `2A`, `97411` → `974`: INSEE commune codes begin with their département's. */
export function departementOfCommune(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

/** `communeName(data, '33063')` //=> 'Bordeaux'; `undefined` when no current commune has that code. */
export function communeName(data: TerritoryData, code: string): string | undefined {
  const departement = departementOfCommune(code);
  const text = data.communes[departement];
  if (text === undefined) return undefined;
  const key = `\n${code.slice(departement.length)}\t`;
  const at = text.indexOf(key);
  if (at < 0) return undefined;
  const start = at + key.length;
  return text.slice(start, text.indexOf('\n', start));
}

/** The shape of Etalab's files, as far as this reads them. */
export interface EtalabLists {
  readonly version: string;
  readonly regions: readonly { code: string; nom: string }[];
  readonly departements: readonly { code: string; nom: string; region: string }[];
  readonly communes: readonly { code: string; nom: string; type: string; departement?: string; commune?: string; chefLieu?: string; anciensCodes?: string[]; codesPostaux?: string[] }[];
  readonly epci: readonly { code: string; nom: string; membres: readonly { code: string }[] }[];
}

/** Etalab's lists (12 MB of JSON) reduced to what the rule reads (about 1 MB). */
export function compactTerritories(lists: EtalabLists): TerritoryData {
  const regions: Record<string, string> = {};
  for (const r of lists.regions) regions[r.code] = r.nom;
  const departements: Record<string, [string, string]> = {};
  for (const d of lists.departements) departements[d.code] = [d.region, d.nom];
  const current = lists.communes.filter((c) => c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal');
  const isCurrent = new Set(current.map((c) => c.code));
  const communes: Record<string, string> = {};
  for (const c of current) {
    const departement = departementOfCommune(c.code);
    communes[departement] = `${communes[departement] ?? '\n'}${c.code.slice(departement.length)}\t${c.nom.replace(/[\t\n]/g, ' ')}\n`;
  }
  const former: Record<string, string> = {};
  for (const c of lists.communes) {
    if (isCurrent.has(c.code)) continue;
    const now = c.chefLieu ?? c.commune;
    if (now && isCurrent.has(now)) former[c.code] = now;
  }
  for (const c of current) for (const old of c.anciensCodes ?? []) if (!isCurrent.has(old)) former[old] ??= c.code;
  const served = new Map<string, string[]>();
  for (const c of current) {
    if (c.type !== 'commune-actuelle') continue;
    for (const postcode of c.codesPostaux ?? []) if (!isCurrent.has(postcode) && former[postcode] === undefined) served.set(postcode, [...(served.get(postcode) ?? []), c.code]);
  }
  const postcodes: Record<string, string> = {};
  for (const [postcode, codes] of served) postcodes[postcode] = codes.join(' ');
  const epci: Record<string, [string, string]> = {};
  for (const e of lists.epci) epci[e.code] = [e.nom, [...new Set(e.membres.map((m) => departementOfCommune(m.code)))].sort().join(' ')];
  return { version: lists.version, regions, departements, communes, former, postcodes, epci };
}
