import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.js';
import { fixture } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-incremental-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A deterministic sequence of numbers in [0, 1): the same edits on every run of the test. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const FRAMEWORKS = ['amf-pole-emploi-2016', 'cadre-b', 'cadre-c'];
const framework = (id: string, extra = '') => `id: ${id}\ntitle: Cadre ${id}\nkind: framework\nlevel: national\nparties: [{ org: amf }, { org: pole-emploi }]\nsigned: 2016-11-16\nterm: { duration: P1Y, renewal: tacit, renewal_period: P1Y }\nnotice: { period: P2M }\n${extra}`;
const local = (id: string, parent: string, signed: string, extra = '') =>
  `id: ${id}\ntitle: Convention ${id}\nkind: local\nlevel: local\nparties: [{ org: ad-maires-33 }, { org: france-travail }]\nsigned: ${signed}\nterm: { duration: P2Y, renewal: none }\nparent: ${parent}\n${extra}`;

/** A tree of frameworks and conventions that name each other, from the minimal fixture's registry. */
function tree(): string {
  const root = mkdtempSync(join(base, 'tree-'));
  cpSync(fixture('minimal'), root, { recursive: true });
  rmSync(join(root, 'agreements/local'), { recursive: true });
  rmSync(join(root, 'agreements/national'), { recursive: true });
  for (const id of FRAMEWORKS) write(root, `agreements/national/${id}.yaml`, framework(id));
  for (let i = 0; i < 24; i++) write(root, `agreements/local/conv-${i}.yaml`, local(`conv-${i}`, FRAMEWORKS[i % 3]!, `2017-0${1 + (i % 9)}-15`));
  return root;
}

function write(root: string, file: string, text: string): void {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** One edit of the kinds a pull request makes, chosen by `next`. */
function edit(root: string, next: () => number, step: number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const locals = readdirSync(join(root, 'agreements/local')).filter((f) => f.endsWith('.yaml'));
  const file = `agreements/local/${pick(locals)}`;
  const path = join(root, file);
  const id = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const ids = [...FRAMEWORKS, ...locals.map((f) => f.replace(/\.yaml$/, '')), 'nowhere'];
  switch (Math.floor(next() * 11)) {
    case 0:
      writeFileSync(path, local(id, pick(ids), '2017-03-01'));
      return `${file}: parent`;
    case 1:
      writeFileSync(path, local(id, pick(FRAMEWORKS), '2015-01-01'));
      return `${file}: signed before its parent`;
    case 2:
      writeFileSync(path, local(pick(ids), pick(FRAMEWORKS), '2018-01-01'));
      return `${file}: id of another`;
    case 3:
      rmSync(path);
      return `${file}: removed`;
    case 4:
      writeFileSync(join(root, `agreements/local/new-${step}.yaml`), local(`new-${step}`, pick(ids), '2019-05-05', next() < 0.5 ? `supersedes: [${pick(ids)}]\n` : ''));
      return `new-${step}: added`;
    case 5:
      if (existsSync(path)) renameSync(path, join(root, `agreements/local/moved-${step}.yaml`));
      return `${file}: renamed`;
    case 6:
      writeFileSync(path, 'id: [\n');
      return `${file}: broken`;
    case 7: {
      // A cycle through two conventions.
      const other = pick(locals.map((f) => f.replace(/\.yaml$/, '')));
      writeFileSync(path, local(id, other, '2017-04-01'));
      writeFileSync(join(root, `agreements/local/${other}.yaml`), local(other, id, '2017-04-01'));
      return `${file}: cycle with ${other}`;
    }
    case 8: {
      const target = pick(FRAMEWORKS);
      writeFileSync(join(root, `agreements/national/${target}.yaml`), framework(target, next() < 0.5 ? 'term: { end: 2016-12-31 }\n'.replace('term', 'review_every: P1Y\nx') : ''));
      return `${target}: framework edited`;
    }
    case 9:
      writeFileSync(path, readFileSync(path, 'utf8'));
      return `${file}: touched`;
    default:
      writeFileSync(path, local(id, pick(FRAMEWORKS), '2017-02-30'));
      return `${file}: impossible date`;
  }
}

describe('validate over a tree that moved a little since the last run', () => {
  it('gives, edit after edit, what a run without the store gives, checking only what changed and what depends on it', async () => {
    const root = tree();
    const cacheFolder = join(root, '.cache');
    const next = random(19);
    const ways: string[] = [];
    const trace = (way: { served: string }) => ways.push(way.served);
    const check = (options: object = {}) => runPipeline(root, { ...options, diagnosticsOnly: true, place: true, digest: true });
    // Each run as if two seconds after the edits (else none would be remembered: see the racy rule in run.ts).
    const later = () => Date.now() + 2100;
    expect(await check({ cacheFolder, trace, now: later })).toEqual(await check());
    for (let step = 0; step < 60; step++) {
      const done = [edit(root, next, step), ...(next() < 0.3 ? [edit(root, next, step + 1000)] : [])];
      const whole = await check();
      expect(await check({ cacheFolder, trace, now: later }), `step ${step}: ${done.join(', ')}`).toEqual(whole);
    }
    // Most runs took the incremental way; none had to be served whole for want of a baseline.
    expect(ways.filter((w) => w === 'incremental').length).toBeGreaterThan(40);
  }, 60_000);

  it('checks the whole tree again when the registry changes', async () => {
    const root = tree();
    const cacheFolder = join(root, '.cache');
    const ways: string[] = [];
    const trace = (way: { served: string }) => ways.push(way.served);
    const check = (options: object = {}) => runPipeline(root, { ...options, diagnosticsOnly: true, place: true, digest: true });
    await check({ cacheFolder, trace, now: () => Date.now() + 2100 });
    writeFileSync(join(root, 'agreements/organizations.yaml'), readFileSync(join(root, 'agreements/organizations.yaml'), 'utf8').replace(/- id: ad-maires-33[\s\S]*$/, ''));
    expect(await check({ cacheFolder, trace, now: () => Date.now() + 2100 })).toEqual(await check());
    expect(ways).toEqual(['whole', 'whole']);
  });

  it('gives what a run without the store gives when ids and references hold spaces, line breaks or nothing', async () => {
    const root = tree();
    const cacheFolder = join(root, '.cache');
    write(root, 'agreements/local/spaced.yaml', local('x y', 'cadre-b', '2017-05-01'));
    write(root, 'agreements/local/naming.yaml', local('naming', 'x y', '2017-05-01', 'supersedes: ["a b", "", "q\\nr"]\n'));
    write(root, 'agreements/local/broken-line.yaml', 'id: "q\\nr"\nparent: ""\n');
    const ways: string[] = [];
    const check = (options: object = {}) => runPipeline(root, { ...options, diagnosticsOnly: true, place: true, digest: true });
    const later = () => Date.now() + 2100;
    const cached = () => check({ cacheFolder, trace: (way: { served: string }) => ways.push(way.served), now: later });
    expect(await cached()).toEqual(await check());
    const edits: [string, string][] = [
      ['agreements/local/naming.yaml', local('naming', 'x y', '2018-05-01', 'supersedes: ["a b", "", "q\\nr"]\n')],
      ['agreements/local/spaced.yaml', local('x z', 'cadre-b', '2017-05-01')],
      ['agreements/local/broken-line.yaml', 'id: "x y"\n'],
      ['agreements/local/conv-1.yaml', local('conv-1', 'naming', '2017-05-01', 'supersedes: ["x z"]\n')],
    ];
    for (const [file, text] of edits) {
      write(root, file, text);
      expect(await cached(), file).toEqual(await check());
    }
    expect(ways.filter((w) => w === 'incremental')).toHaveLength(edits.length);
  });

  it('checks the whole tree again when the index read back is not in file order (it is then not ours)', async () => {
    const root = tree();
    const cacheFolder = join(root, '.cache');
    const ways: string[] = [];
    const check = (options: object = {}) => runPipeline(root, { ...options, diagnosticsOnly: true, place: true, digest: true });
    const cached = () => check({ cacheFolder, trace: (way: { served: string }) => ways.push(way.served), now: () => Date.now() + 2100 });
    await cached();
    const path = join(cacheFolder, readdirSync(cacheFolder).find((name) => name.endsWith('.index.json'))!);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { index: { files: string } };
    const files = stored.index.files.split('\n');
    [files[0], files[1]] = [files[1]!, files[0]!];
    writeFileSync(path, JSON.stringify({ ...stored, index: { ...stored.index, files: files.join('\n') } }));
    write(root, 'agreements/local/conv-3.yaml', local('conv-3', 'cadre-c', '2017-06-01'));
    expect(await cached()).toEqual(await check());
    expect(ways).toEqual(['whole', 'whole']);
  });
});
