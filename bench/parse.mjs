// Times the fast YAML parser alone, in-process, on every record of a corpus:
//   node bench/parse.mjs <corpus folder> [new module] [old module] [rounds]
// The module defaults to the built `dist/parse/fast-yaml.js`. With an old module too, rounds
// alternate between them and the ratio of medians is reported (the machine is shared and
// noisy: only ratios within one run mean much). JSON.parse of the same values is the yardstick.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, newPath = 'dist/parse/fast-yaml.js', oldPath, rounds = '9'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node bench/parse.mjs <corpus folder> [new module] [old module] [rounds]');
  process.exit(2);
}

function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

const texts = yamlFiles(folder).map((file) => readFileSync(file, 'utf8'));
const load = async (path) => (await import(pathToFileURL(resolve(path)).href)).parseFastYaml;
const parsers = [['new', await load(newPath)]];
if (oldPath) parsers.push(['old', await load(oldPath)]);

let declined = 0;
const values = texts.map((text) => {
  const parsed = parsers[0][1](text);
  if (!parsed) declined++;
  return parsed?.value;
});
const jsons = values.map((value) => JSON.stringify(value ?? null));
const candidates = [...parsers, ['JSON.parse', (_, i) => JSON.parse(jsons[i])]];

/** Milliseconds to run `parse` over every text; the values are kept alive, as a real run keeps them. */
function time(parse) {
  const kept = new Array(texts.length);
  const start = process.hrtime.bigint();
  for (let i = 0; i < texts.length; i++) kept[i] = parse(texts[i], i);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = new Map(candidates.map(([name]) => [name, []]));
for (let r = 0; r < Number(rounds); r++) for (const [name, parse] of candidates) samples.get(name).push(time(parse));

const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const mb = texts.reduce((sum, text) => sum + text.length, 0) / 1e6;
console.log(`${texts.length} texts, ${mb.toFixed(1)} M characters, ${declined} declined by the new parser`);
for (const [name, list] of samples) console.log(`${name.padEnd(10)} median ${median(list).toFixed(1).padStart(7)} ms   (${list.map((ms) => ms.toFixed(0)).join(' ')})`);
if (oldPath) console.log(`new/old    ${(median(samples.get('new')) / median(samples.get('old'))).toFixed(3)}`);
