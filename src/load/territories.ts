import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { EtalabLists, TerritoryData } from '../check/territories.js';
import { compactTerritories } from '../check/territories.js';
import type { Place } from '../query/coverage.js';

/** The file the build writes beside the bundle (scripts/build-territories.mjs). */
export const TERRITORIES_FILE = 'territories.json';

let loaded: TerritoryData | null | undefined;

/**
 * The official lists of territories, read once per process on first use (the `known-territory`
 * rule asks only when a record has a `territory:`): the compact file the build wrote beside the
 * bundle (0.9 MB, read and parsed in 11–15 ms), else — a run from the sources before any build — Etalab's
 * own lists compacted now (12 MB, ~300 ms), else `undefined` (the rule then stays silent).
 */
export function loadTerritories(): TerritoryData | undefined {
  if (loaded === undefined) loaded = readCompact() ?? fromPackage() ?? null;
  return loaded ?? undefined;
}

function readCompact(): TerritoryData | undefined {
  // Beside the bundle's chunks; from dist/load/ or src/load/, the build's copy in dist/bundle/.
  for (const url of [new URL(`./${TERRITORIES_FILE}`, import.meta.url), new URL(`../../dist/bundle/${TERRITORIES_FILE}`, import.meta.url)]) {
    try {
      return JSON.parse(readFileSync(url, 'utf8')) as TerritoryData;
    } catch {
      // Not there: try the next place.
    }
  }
  return undefined;
}

/** Etalab's lists from the installed package (a development install), compacted. */
export function fromPackage(): TerritoryData | undefined {
  try {
    const require = createRequire(import.meta.url);
    const folder = dirname(require.resolve('@etalab/decoupage-administratif/package.json'));
    const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, 'data', `${name}.json`), 'utf8'));
    const { version } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string };
    return compactTerritories({ version, regions: read('regions'), departements: read('departements'), communes: read('communes'), epci: read('epci') } as EtalabLists);
  } catch {
    return undefined;
  }
}

interface EtalabEntry {
  readonly code: string;
  readonly nom: string;
  readonly region?: string;
  readonly zone: string;
}

/**
 * The départements and regions of metropolitan France and the five overseas départements-régions
 * (101 and 18), from Etalab's official data, for coverage. Read only by the commands that compute
 * coverage; the communes and EPCI files (12 MB) are never read here.
 */
export function loadPlaces(): { departements: Place[]; regions: Place[] } {
  const require = createRequire(import.meta.url);
  const read = (name: string): EtalabEntry[] => JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${name}.json`), 'utf8')) as EtalabEntry[];
  const keep = (e: EtalabEntry) => e.zone === 'metro' || e.zone === 'drom';
  return {
    departements: read('departements').filter(keep).map((e) => ({ code: e.code, name: e.nom, region: e.region ?? '' })),
    regions: read('regions').filter(keep).map((e) => ({ code: e.code, name: e.nom })),
  };
}
