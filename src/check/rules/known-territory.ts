import type { Territory } from '../../types.js';
import { message } from '../../text/say.js';
import type { Message } from '../../text/say.js';
import type { Rule, RuleProblem } from '../rule.js';
import type { TerritoryData } from '../territories.js';
import { communeName, departementOfCommune } from '../territories.js';

/**
 * `territory:` codes exist in Etalab's official lists, and fit together: a commune lies in the
 * stated département, a département in the stated région, an EPCI has members in the stated
 * département. The lists are asked for only when a record has a `territory:`.
 *
 *   territory: { departement: "33", commune: "33063" }   ✓ Bordeaux, Gironde
 *   territory: { departement: "40", commune: "33063" }   ✗ Bordeaux is in Gironde (33), not in Landes (40)
 *   territory: { commune: "33000" }                      ✗ 33000 is a postcode of Bordeaux (INSEE code 33063)
 */
export const knownTerritory: Rule = {
  id: 'known-territory',
  description: 'newcomer.knownTerritory.description',
  severity: 'error',
  *check({ records, territories }) {
    let data: TerritoryData | undefined;
    let asked = false;
    for (const { file, agreement } of records) {
      const territory = agreement.territory;
      if (!territory || typeof territory !== 'object') continue;
      if (!asked) {
        asked = true;
        data = territories?.();
      }
      if (!data) return;
      yield* checkTerritory(file, territory, data);
    }
  },
};

function* checkTerritory(file: string, territory: Territory, data: TerritoryData): Generator<RuleProblem> {
  const { region, departement, commune, epci } = territory;
  const at = (key: keyof Territory, message: Message, hint?: Message): RuleProblem => ({ file, path: ['territory', key], message, ...(hint ? { hint } : {}) });
  const regionOk = typeof region === 'string' && data.regions[region] !== undefined;
  const depOk = typeof departement === 'string' && data.departements[departement] !== undefined;

  if (typeof region === 'string' && !regionOk) {
    const fromDep = depOk ? data.departements[departement]![0] : undefined;
    yield at(
      'region',
      message('newcomer.knownTerritory.unknownRegion', { code: region }),
      fromDep ? message('newcomer.knownTerritory.regionOfDepartement', { departement: named(departement!, data.departements[departement!]![1]), region: named(fromDep, data.regions[fromDep] ?? '?') }) : message('newcomer.knownTerritory.regionsAre', { regions: listOf(data.regions) }),
    );
  }
  if (typeof departement === 'string') {
    if (!depOk) {
      yield at('departement', message('newcomer.knownTerritory.unknownDepartement', { code: departement }), departementHint(departement, regionOk ? region : undefined, data));
    } else if (regionOk && data.departements[departement]![0] !== region) {
      const [realRegion, name] = data.departements[departement]!;
      yield at(
        'departement',
        message('newcomer.knownTerritory.departementNotInRegion', { departement: named(departement, name), region: named(region!, data.regions[region!]!), real: named(realRegion, data.regions[realRegion] ?? '?') }),
        message('newcomer.knownTerritory.checkBoth', { key: 'region', value: realRegion }),
      );
    }
  }
  if (typeof commune === 'string') {
    const name = communeName(data, commune);
    if (name === undefined) {
      yield at('commune', message('newcomer.knownTerritory.unknownCommune', { code: commune }), communeHint(commune, data));
    } else {
      const realDep = departementOfCommune(commune);
      const [realRegion, depName] = data.departements[realDep] ?? ['?', '?'];
      if (depOk && realDep !== departement) {
        yield at(
          'commune',
          message('newcomer.knownTerritory.communeNotInDepartement', { commune: named(commune, name), real: named(realDep, depName), departement: named(departement!, data.departements[departement!]![1]) }),
          message('newcomer.knownTerritory.checkBoth', { key: 'departement', value: realDep }),
        );
      } else if (typeof departement !== 'string' && regionOk && realRegion !== region) {
        yield at(
          'commune',
          message('newcomer.knownTerritory.communeNotInRegion', { commune: named(commune, name), real: named(realRegion, data.regions[realRegion] ?? '?'), region: named(region!, data.regions[region!]!) }),
          message('newcomer.knownTerritory.checkBoth', { key: 'region', value: realRegion }),
        );
      }
    }
  }
  if (typeof epci === 'string') {
    const found = data.epci[epci];
    if (!found) {
      yield at('epci', message('newcomer.knownTerritory.unknownEpci', { code: epci }), message('newcomer.knownTerritory.epciHint'));
    } else if (depOk && !found[1].split(' ').includes(departement!)) {
      yield at(
        'epci',
        message('newcomer.knownTerritory.epciNotInDepartement', { epci: named(epci, found[0]), departement: named(departement!, data.departements[departement!]![1]), real: found[1].split(' ').join(', ') }),
        message('newcomer.knownTerritory.checkBoth', { key: 'departement', value: found[1].split(' ')[0]! }),
      );
    }
  }
}

/** `Gironde (33)`: a name and its code, the same in both languages. */
function named(code: string, name: string): string {
  return `${name} (${code})`;
}

function listOf(entries: Readonly<Record<string, string>>): string {
  return Object.entries(entries)
    .map(([code, name]) => `${code} ${name}`)
    .join(', ');
}

/** Corsica's `20`, a code cut short or with a figure too many, the départements of the stated région. */
function departementHint(code: string, region: string | undefined, data: TerritoryData): Message {
  if (code === '20') return message('newcomer.knownTerritory.corsica');
  if (region) {
    const inRegion = Object.entries(data.departements).filter(([, [r]]) => r === region);
    return message('newcomer.knownTerritory.departementsOfRegion', { region: named(region, data.regions[region]!), departements: inRegion.map(([c, [, name]]) => `${c} ${name}`).join(', ') });
  }
  return message('newcomer.knownTerritory.departementsAre');
}

/** A commune merged into another, a postcode written for the INSEE code, or no clue. */
function communeHint(code: string, data: TerritoryData): Message {
  const now = data.former[code];
  if (now) return message('newcomer.knownTerritory.communeMerged', { code, commune: named(now, communeName(data, now) ?? '?') });
  const served = data.postcodes[code];
  if (served) return message('newcomer.knownTerritory.postcode', { code, communes: served.split(' ').map((c) => named(c, communeName(data, c) ?? '?')).join(', ') });
  const dep = departementOfCommune(code);
  if (data.departements[dep] === undefined) return message('newcomer.knownTerritory.communeNoDepartement', { departement: dep });
  return message('newcomer.knownTerritory.communeHint', { departement: named(dep, data.departements[dep]![1]) });
}
