// `npm run bench`: times accords against ajv-cli and the read-only floor, on generated corpora.
// Every measurement is repeated, alternating between the commands compared, and the median kept;
// the ratios are what matter on a shared, noisy machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const bin = join(project, 'bin', 'accords');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const runsFor = (n) => (n >= 100000 ? 3 : 5);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

execFileSync('npm', ['run', 'build'], { cwd: project, stdio: 'ignore' });

/** One timed run of a command: wall time in ms and peak RSS in MB (from /usr/bin/time when present). */
function once(argv, env = {}) {
  const command = TIME ? [TIME, '-f', '%M', ...argv] : argv;
  const start = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { cwd: project, env: { ...process.env, NO_COLOR: '1', ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = TIME ? Number(result.stderr.trim().split('\n').at(-1)) / 1024 : NaN;
  return { ms, rss, code: result.status, stderr: result.stderr };
}

/** Alternate the commands `runs` times; medians of each. */
function compare(commands, runs) {
  const samples = commands.map(() => ({ ms: [], rss: [], code: undefined }));
  for (let r = 0; r < runs; r++) {
    commands.forEach((c, i) => {
      c.before?.();
      const { ms, rss, code } = once(c.argv, c.env);
      samples[i].ms.push(ms);
      samples[i].rss.push(rss);
      samples[i].code = code;
    });
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return samples.map((s, i) => ({ name: commands[i].name, ms: median(s.ms), rss: Math.max(...s.rss), code: s.code }));
}

const rows = [];
const goals = [];
const record = (group, results, base) => {
  for (const r of results) rows.push({ group, name: r.name, ms: r.ms, ratio: base ? r.ms / base.ms : undefined, rss: r.rss, code: r.code });
};

// The result cache lives in folders of our own: "cold" starts each run from an empty one, "warm"
// from one the previous run filled (nothing changed in between), --no-cache uses none.
const caches = mkdtempSync(join(tmpdir(), 'accords-bench-cache-'));
const cold = (name) => {
  const folder = join(caches, `cold-${name}`);
  return { env: { ACCORDS_CACHE_DIR: folder }, before: () => rmSync(folder, { recursive: true, force: true }) };
};
const warm = (name, argv) => {
  const folder = join(caches, `warm-${name}`);
  once(argv, { ACCORDS_CACHE_DIR: folder });
  return { env: { ACCORDS_CACHE_DIR: folder } };
};

/**
 * A warm cache, then before each run three records edited (a comment appended, a new one each
 * time): what a pull request costs once the cache knows the rest of the tree. On a copy of the
 * tree, so that the edits never reach the other commands' trees (their warm runs stay unchanged).
 */
let edits = 0;
const edited = (name, argv, dir) => {
  const copy = `${dir}-edited`;
  cpSync(dir, copy, { recursive: true });
  const moved = argv.map((arg) => (arg === dir ? copy : arg));
  execFileSync('sleep', ['2.1']);
  const { env } = warm(name, moved);
  const local = join(copy, 'agreements', 'local');
  const records = readdirSync(local, { recursive: true }).filter((f) => f.endsWith('.yaml'));
  const files = [0, 1, 2].map((i) => join(local, records[i * 97]));
  return { argv: moved, env, before: () => { edits++; for (const file of files) appendFileSync(file, `# edit ${edits}\n`); } };
};

// Start-up, on the bundled repository.
const dueBundled = [process.execPath, bin, 'due'];
const startup = compare(
  [
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: 'accords --version', argv: [process.execPath, bin, '--version'] },
    { name: 'accords due (bundled)', argv: dueBundled, ...warm('due-bundled', dueBundled) },
    { name: 'accords due (bundled) --no-cache', argv: [...dueBundled, '--no-cache'] },
  ],
  11,
);
record('start-up', startup, startup[0]);
goals.push(['accords --version ≤ 1.3× node -e 0', startup[1].ms / startup[0].ms, 1.3]);
goals.push(['accords due (bundled, warm) ≤ 2.5× node -e 0', startup[2].ms / startup[0].ms, 2.5]);

const floorScript = join(project, 'bench', 'floor.mjs');
const perRecord = [];
for (const n of sizes) {
  const dir = generate(mkdtempSync(join(tmpdir(), `accords-bench-${n}-`)), n);
  const ajvSchema = join(dir, 'agreement.schema.json');
  // ajv-cli reads YAML with js-yaml's YAML 1.1 schema, which turns 2016-11-16 into a Date object:
  // its copy of the schema accepts any value where a date goes (so it checks a little less than accords).
  const schema = JSON.parse(readFileSync(join(project, 'schemas', 'agreement.schema.json'), 'utf8'));
  schema.definitions.date = { description: schema.definitions.date.description };
  writeFileSync(ajvSchema, JSON.stringify(schema));
  const formats = join(project, 'bench', 'ajv-formats.cjs');
  // The whole-tree cache trusts only files older than two seconds (see `settled` in src/load/scan.ts).
  execFileSync('sleep', ['2.1']);
  const validate = [process.execPath, bin, 'validate', '--root', dir, '--format', 'json'];
  const list = [process.execPath, bin, 'list', '--root', dir, '--format', 'json', '--as-of', '2026-11-22'];
  const due = [process.execPath, bin, 'due', '--root', dir, '--format', 'json', '--as-of', '2026-11-22'];
  const report = [process.execPath, bin, 'report', '--root', dir, '--as-of', '2026-11-22'];
  const commands = [
    { name: 'floor: read every file', argv: [process.execPath, floorScript, dir] },
    { name: 'accords validate (cold)', argv: validate, ...cold(`validate-${n}`) },
    { name: 'accords validate (warm)', argv: validate, ...warm(`validate-${n}`, validate) },
    { name: 'accords validate --no-cache', argv: [...validate, '--no-cache'] },
    { name: 'accords list --format json (cold)', argv: list, ...cold(`list-${n}`) },
    { name: 'accords list --format json (warm)', argv: list, ...warm(`list-${n}`, list) },
    { name: 'accords due --format json (cold)', argv: due, ...cold(`due-${n}`) },
    { name: 'accords due --format json (warm)', argv: due, ...warm(`due-${n}`, due) },
    // Issue 19's goals: a pull request's few edited records in a warm tree, and the other commands warm.
    { name: 'accords validate (warm, 3 records edited)', ...edited(`validate-edited-${n}`, validate, dir) },
    { name: 'accords due --within 1y (warm)', argv: [...due, '--within', '1y'], ...warm(`due1y-${n}`, [...due, '--within', '1y']) },
    { name: 'accords report (warm)', argv: report, ...warm(`report-${n}`, report) },
  ];
  if (n <= 10000) commands.push({ name: 'ajv-cli validate', argv: [process.execPath, join(project, 'node_modules', 'ajv-cli', 'dist', 'index.js'), 'validate', '-s', ajvSchema, '-d', `${dir}/agreements/local/**/*.yaml`, '-c', formats, '--spec=draft7', '--strict=false', '--errors=no'] });
  const results = compare(commands, runsFor(n));
  record(`${n.toLocaleString('en')} records`, results, results[0]);
  const coldRun = results.find((r) => r.name === 'accords validate (cold)');
  const warmRun = results.find((r) => r.name === 'accords validate (warm)');
  const ajv = results.find((r) => r.name === 'ajv-cli validate');
  perRecord.push([n, coldRun.ms / n]);
  if (n === 10000 && ajv) goals.push(['validate 10,000 cold ≤ 0.8× ajv-cli (a regression guard: no native parser, see bench/README.md)', coldRun.ms / ajv.ms, 0.8]);
  if (n === 10000) goals.push(['validate 10,000 warm ≤ 1.5× the floor', warmRun.ms / results[0].ms, 1.5]);
  if (n === 100000) goals.push(['100,000 records: peak RSS of validate (cold) ≤ 400 MB', coldRun.rss, 400]);
  const named = (name) => results.find((r) => r.name === name);
  if (n === 100000) {
    goals.push(['100,000 records: 3 edited in a warm tree ≤ 1.5× an unchanged warm validate', named('accords validate (warm, 3 records edited)').ms / warmRun.ms, 1.5]);
    for (const name of ['accords list --format json (warm)', 'accords due --within 1y (warm)', 'accords report (warm)']) goals.push([`100,000 records: ${name} ≤ 2× a warm validate`, named(name).ms / warmRun.ms, 2]);
  }
  // Beyond the issue, which names validate: the commands that keep records, at the same scale.
  const keeping = results.filter((r) => /^accords (list|due) /.test(r.name));
  if (n === 100000) goals.push(['100,000 records: peak RSS of list and due (cold, warm) ≤ 400 MB', Math.max(...keeping.map((r) => r.rss)), 400]);
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}-edited`, { recursive: true, force: true });
}
if (perRecord.length > 1) {
  const [first, last] = [perRecord[0], perRecord.at(-1)];
  goals.push([`time per record grows at most 1.5× from ${first[0]} to ${last[0]} (linear)`, last[1] / first[1], 1.5]);
}

const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench\` on ${cpu} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}, ${execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim()}.`,
  'Medians of alternating runs; ratios are against the first line of each group, measured in the same run.',
  '',
  '| group | command | median ms | ratio | peak RSS MB | exit |',
  '|---|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.group} | ${r.name} | ${r.ms.toFixed(0)} | ${r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`} | ${Number.isNaN(r.rss) ? '' : r.rss.toFixed(0)} | ${r.code} |`),
  '',
  '## Goals',
  '',
  '| goal | measured | met |',
  '|---|---:|---|',
  ...goals.map(([goal, value, limit]) => `| ${goal} | ${value.toFixed(2)} | ${value <= limit ? 'yes' : '**no**'} |`),
  '',
];
writeFileSync(join(project, 'bench', 'RESULTS.md'), lines.join('\n'));
rmSync(caches, { recursive: true, force: true });
process.stdout.write(lines.join('\n'));
