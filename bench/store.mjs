// `node bench/store.mjs [records]`: the facts store against file-entry-cache (what ESLint's cache
// wraps), on the same generated tree and the same facts. For each: a warm pass over an unchanged
// tree (every file's facts recalled), and a pass with three files edited (three misses, then
// saved). Each pass runs in its own process, alternating, three times; medians of wall time and peak RSS.
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const dist = (path) => join(project, 'dist', path);

if (process.argv[2] === '--pass') {
  // One pass, in this process: `--pass <store> <phase> <root> <cacheDir>`.
  const [, , , store, phase, root, cacheDir] = process.argv;
  const { listRecordFiles } = await import(dist('load/tree.js'));
  // The facts of a record as the pipeline makes them (parsed, checked, the kept fields): computed on a miss only.
  const { readSource } = await import(dist('load/read.js'));
  const { checkOne } = await import(dist('pipeline/record-facts.js'));
  const { loadSchemas } = await import(dist('pipeline/schemas.js'));
  const { keepFields } = await import(dist('check/fields.js'));
  const { FACT_FIELDS } = await import(dist('pipeline/fields.js'));
  const facts = (e) => {
    const check = checkOne(readSource(e.file, e.absolute), loadSchemas().agreement, 'record');
    return { value: keepFields(check.value, FACT_FIELDS), valid: check.valid, diagnostics: check.diagnostics.map(({ file, ...d }) => d) };
  };
  const start = performance.now();
  let hits = 0;
  if (store === 'ours') {
    const { openFactsStore } = await import(dist('store/facts-store.js'));
    const { hashText } = await import(dist('load/hash.js'));
    const { readFileSync } = await import('node:fs');
    const entries = listRecordFiles(root, { stat: true });
    const s = openFactsStore(join(cacheDir, 'ours.facts.jsonl'), 'bench');
    for (const e of entries) {
      // As the pipeline does: the facts are parsed, not only found.
      const known = phase === 'fill' ? undefined : s.recall(e.file, e.stat, true, () => hashText(readFileSync(e.absolute, 'utf8')));
      if (known) hits++;
      else s.remember(e.file, e.stat, true, hashText(readFileSync(e.absolute, 'utf8')), facts(e));
    }
    s.save();
  } else {
    const { default: fileEntryCache } = await import('file-entry-cache');
    const entries = listRecordFiles(root, { stat: false });
    const cache = fileEntryCache.create('fec', cacheDir, { cwd: root });
    for (const e of entries) {
      const d = cache.getFileDescriptor(e.file);
      if (!d.changed && d.meta.data) hits++;
      else d.meta.data = facts(e);
    }
    cache.reconcile();
  }
  console.log(JSON.stringify({ ms: performance.now() - start, hits }));
  process.exit(0);
}

const size = Number(process.argv[2] ?? 100000);
const root = mkdtempSync(join(tmpdir(), 'accords-store-bench-'));
generate(root, size);
const cacheDir = join(root, '.cache');
const records = readdirSync(join(root, 'agreements', 'local'), { recursive: true }).filter((f) => f.endsWith('.yaml'));
const pass = (store, phase) => {
  const out = execFileSync('/usr/bin/time', ['-f', '%M', process.execPath, fileURLToPath(import.meta.url), '--pass', store, phase, root, cacheDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out.trim().split('\n').at(-1));
};
const peak = (store, phase) => {
  const r = execFileSync('sh', ['-c', `/usr/bin/time -f %M ${process.execPath} ${fileURLToPath(import.meta.url)} --pass ${store} ${phase} ${root} ${cacheDir} 2>&1 >/dev/null`], { encoding: 'utf8' });
  return Number(r.trim().split('\n').at(-1)) / 1024;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const store of ['ours', 'fec']) pass(store, 'fill');
const results = { ours: { warm: [], edited: [], rss: [] }, fec: { warm: [], edited: [], rss: [] } };
let edit = 0;
for (let round = 0; round < 3; round++) {
  for (const store of ['ours', 'fec']) {
    results[store].warm.push(pass(store, 'warm').ms);
    results[store].rss.push(existsSync('/usr/bin/time') ? peak(store, 'warm') : NaN);
  }
  // Three files edited: each store then misses them once.
  for (const i of [0, 1, 2]) appendFileSync(join(root, 'agreements', 'local', records[i * 97]), `# edit ${++edit}\n`);
  for (const store of ['ours', 'fec']) results[store].edited.push(pass(store, 'warm').ms);
  for (const i of [0, 1, 2]) appendFileSync(join(root, 'agreements', 'local', records[i * 97 + 1]), `# edit ${++edit}\n`);
  // The other store sees the second edit too, in the other order.
  for (const store of ['fec', 'ours']) results[store].edited.push(pass(store, 'warm').ms);
}
console.log(`facts store vs file-entry-cache, ${size} records (medians; ms in-process, RSS of the whole process)`);
for (const store of ['ours', 'fec']) {
  const r = results[store];
  console.log(`${store === 'ours' ? 'facts store     ' : 'file-entry-cache'}  unchanged ${median(r.warm).toFixed(0).padStart(6)} ms   3 edited ${median(r.edited).toFixed(0).padStart(6)} ms   peak ${median(r.rss).toFixed(0)} MB`);
}
rmSync(root, { recursive: true, force: true });
