import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Place } from '../query/coverage.js';

interface EtalabEntry {
  readonly code: string;
  readonly nom: string;
  readonly region?: string;
  readonly zone: string;
}

/**
 * The départements and regions of metropolitan France and the five overseas départements-régions
 * (101 and 18), from Etalab's official data (npm `@etalab/decoupage-administratif`). Read only by
 * the commands that compute coverage; the communes and EPCI files (12 MB) are never read here.
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
