// After the bundle: Etalab's official lists of territories (@etalab/decoupage-administratif, a
// development dependency: 12 MB of JSON, ~300 ms to read) reduced to what the `known-territory`
// rule reads, written beside the chunks as dist/bundle/territories.json (about 1 MB, ~10 ms to
// read), which src/load/territories.ts reads only when a record has a `territory:`.
import { writeFileSync } from 'node:fs';
import { fromPackage, TERRITORIES_FILE } from '../dist/load/territories.js';

const data = fromPackage();
if (!data) throw new Error('@etalab/decoupage-administratif is not installed: run npm ci');
writeFileSync(`dist/bundle/${TERRITORIES_FILE}`, JSON.stringify(data));
