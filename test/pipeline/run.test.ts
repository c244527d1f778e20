import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline/run.js';
import type { PipelineOptions } from '../../src/pipeline/run.js';
import { fixture } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-repository-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A copy of a fixture root and an empty cache folder for it. */
function copyOf(name: string): { root: string; cacheFolder: string } {
  const root = mkdtempSync(join(base, `${name}-`));
  cpSync(fixture(name), root, { recursive: true });
  return { root, cacheFolder: join(root, '.cache') };
}

/** The cache's files of one kind (`.tree.json`, `.files.jsonl`); none when the folder was never made. */
const cacheFiles = (folder: string, suffix: string) => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(suffix)) : []);

const withoutRoot = <T extends { root: string }>({ root, ...rest }: T): Omit<T, 'root'> => rest;

/** What `validate` asks of the pipeline, and what the other commands do. */
const checkTree = (root: string, options: PipelineOptions = {}) => runPipeline(root, { ...options, diagnosticsOnly: true, place: true, digest: true });
const loadTree = (root: string, options: PipelineOptions = {}) => runPipeline(root, options);

describe('the pipeline with the result cache', () => {
  let broken: { root: string; cacheFolder: string };
  let minimal: { root: string; cacheFolder: string };

  beforeAll(async () => {
    broken = copyOf('broken');
    minimal = copyOf('minimal');
    // The whole-tree result is only remembered for files older than two seconds (racy-git rule).
    await new Promise((resolve) => setTimeout(resolve, 2100));
  }, 5000);

  it('gives the same result cold, warm, and without a cache', async () => {
    for (const repo of [broken, minimal]) {
      const uncached = await checkTree(repo.root);
      const cold = await checkTree(repo.root, { cacheFolder: repo.cacheFolder });
      expect(cacheFiles(repo.cacheFolder, '.tree.json')).toHaveLength(1);
      const warm = await checkTree(repo.root, { cacheFolder: repo.cacheFolder });
      expect(cold).toEqual({ diagnostics: uncached.diagnostics, files: uncached.files });
      expect(warm).toEqual(cold);
      const loaded = withoutRoot(await loadTree(repo.root));
      expect(withoutRoot(await loadTree(repo.root, { cacheFolder: repo.cacheFolder }))).toEqual(loaded);
      expect(withoutRoot(await loadTree(repo.root, { cacheFolder: repo.cacheFolder }))).toEqual(loaded);
    }
    expect((await checkTree(broken.root, { cacheFolder: broken.cacheFolder })).diagnostics.length).toBeGreaterThan(0);
  });

  it('stores the facts of every record, plain ones included, and serves the next run from them', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const lines = () => readFileSync(join(cacheFolder, cacheFiles(cacheFolder, '.facts.jsonl')[0]!), 'utf8').trim().split('\n');
    const uncached = withoutRoot(await loadTree(root));
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
    const records = readdirSync(join(root, 'agreements'), { recursive: true }).filter((f) => String(f).endsWith('.yaml') && !String(f).endsWith('organizations.yaml'));
    // The namespace line, then one line per record, and the registry's.
    expect(lines()).toHaveLength(records.length + 2);
    const before = lines();
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
    // Nothing moved: the store is not written again.
    expect(lines()).toEqual(before);
    const edit = (file: string, from: RegExp, to: string) => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
    edit('agreements/local/amf-33-2017.yaml', /signed: 2017-(\d\d)-(\d\d)/, 'signed: 2017-02-30');
    // An anchor is left to the full parser: the value is the same.
    edit('agreements/national/amf-pole-emploi-2016.yaml', /^title: /m, 'title: &title ');
    const edited = withoutRoot(await loadTree(root));
    expect(edited.invalidFiles).toEqual(['agreements/local/amf-33-2017.yaml']);
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(edited);
    // Only the two edited files' lines changed.
    const changed = lines().filter((line) => !before.includes(line));
    expect(changed.map((line) => JSON.parse(line.split('\t')[0]!)[0]).sort()).toEqual(['agreements/local/amf-33-2017.yaml', 'agreements/national/amf-pole-emploi-2016.yaml']);
    expect(await checkTree(root, { cacheFolder })).toEqual(await checkTree(root));
  });

  it('keeps the registry by its content: parsed again only when its text changed, and a damaged line never served', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const registry = join(root, 'agreements', 'organizations.yaml');
    const store = () => join(cacheFolder, cacheFiles(cacheFolder, '.facts.jsonl')[0]!);
    const registryLines = () => readFileSync(store(), 'utf8').split('\n').filter((line) => line.startsWith('["agreements/organizations.yaml"'));
    const uncached = withoutRoot(await loadTree(root));
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
    expect(registryLines()).toHaveLength(1);
    const before = readFileSync(store(), 'utf8');
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
    // Served from its line: nothing is written again.
    expect(readFileSync(store(), 'utf8')).toBe(before);
    // A name changed: the new text is parsed, and what the commands read says so.
    writeFileSync(registry, readFileSync(registry, 'utf8').replace(/name: .*/, 'name: Un autre nom'));
    const renamed = withoutRoot(await loadTree(root));
    expect(renamed.organizations).not.toEqual(uncached.organizations);
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(renamed);
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(renamed);
    // A registry line whose facts are damaged is passed over: the registry is read again.
    writeFileSync(store(), readFileSync(store(), 'utf8').replace(/^(\["agreements\/organizations\.yaml"[^\t]*\t)[^\t]*/m, '$1{"value":'));
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(renamed);
    // validate places findings in the registry too: it parses it, whatever the store holds.
    expect(await checkTree(root, { cacheFolder })).toEqual(await checkTree(root));
  });

  it('starts a cache with validate by keeping the tree index, not every record: the next runs need no more', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const ways: string[] = [];
    const trace = (way: { served: string }) => ways.push(way.served);
    const uncached = await checkTree(root);
    expect(await checkTree(root, { cacheFolder, trace })).toEqual(uncached);
    expect(cacheFiles(cacheFolder, '.facts.jsonl')).toEqual([]);
    expect(cacheFiles(cacheFolder, '.index.json')).toHaveLength(1);
    const file = join(root, 'agreements/local/amf-33-2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^parent: .*$/m, 'parent: nowhere'));
    expect(await checkTree(root, { cacheFolder, trace, now: () => Date.now() + 2100 })).toEqual(await checkTree(root));
    expect(ways).toEqual(['whole', 'incremental']);
  });

  it('places cross-file findings in an unchanged file from the places it remembers, as a run without the store does', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const file = join(root, 'agreements/local/amf-33-2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^parent: .*$/m, 'parent: nowhere'));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const uncached = await checkTree(root);
    expect(uncached.diagnostics.some((d) => d.rule === 'known-reference' && d.range.start.line > 0)).toBe(true);
    // A first validate keeps the tree's index only; a listing fills the facts store, which validate then keeps.
    await loadTree(root, { cacheFolder });
    expect(await checkTree(root, { cacheFolder })).toEqual(uncached);
    // Another file changes: the tree is checked again, the finding placed from the store.
    writeFileSync(join(root, 'agreements/organizations.yaml'), `${readFileSync(join(root, 'agreements/organizations.yaml'), 'utf8')}# edited\n`);
    const line = readFileSync(join(cacheFolder, cacheFiles(cacheFolder, '.facts.jsonl')[0]!), 'utf8').split('\n').findLast((l) => l.includes('amf-33-2017'))!;
    expect(JSON.parse(line.split('\t')[2]!)).toEqual(expect.objectContaining({ '[["parent"],"value"]': expect.anything() }));
    expect(await checkTree(root, { cacheFolder })).toEqual(await checkTree(root));
  });

  it('leaves out, from a tree unchanged since, the files the cross-file rules found in error, without running them', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    renameSync(join(root, 'agreements/local/amf-33-2017.yaml'), join(root, 'agreements/local/renamed.yaml'));
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const uncached = withoutRoot(await loadTree(root));
    // id-matches-file is a cross-file rule (it reads the name the scan gave), and an error.
    expect(uncached.invalidFiles).toEqual(['agreements/local/renamed.yaml']);
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
    expect(cacheFiles(cacheFolder, '.invalid.json')).toHaveLength(1);
    const warm = withoutRoot(await loadTree(root, { cacheFolder }));
    expect(warm.invalidFiles).toEqual(uncached.invalidFiles);
    expect(warm.agreements).toEqual(uncached.agreements);
    expect(warm.diagnostics).toEqual(uncached.diagnostics.filter((d) => d.rule !== 'id-matches-file'));
  });

  it('after validate, the other commands leave out the same files in error without running the rules', async () => {
    const { root, cacheFolder } = copyOf('broken');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await checkTree(root, { cacheFolder });
    // validate wrote which files have errors in this tree state.
    expect(cacheFiles(cacheFolder, '.invalid.json')).toHaveLength(1);
    const uncached = withoutRoot(await loadTree(root));
    const warm = withoutRoot(await loadTree(root, { cacheFolder }));
    expect(warm.invalidFiles).toEqual(uncached.invalidFiles);
    expect(warm.agreements).toEqual(uncached.agreements);
  });

  it('ignores a damaged store, line by line', async () => {
    const { root, cacheFolder } = copyOf('broken');
    const uncached = withoutRoot(await loadTree(root));
    await loadTree(root, { cacheFolder });
    const store = join(cacheFolder, cacheFiles(cacheFolder, '.facts.jsonl')[0]!);
    const lines = readFileSync(store, 'utf8').split('\n');
    writeFileSync(store, [lines[0], 'not json', '["a","b"]\t{}', ...lines.slice(1).map((l, i) => (i % 2 ? l.replace(/"valid":(true|false)/, '"valid":"yes"') : l))].join('\n'));
    expect(withoutRoot(await loadTree(root, { cacheFolder }))).toEqual(uncached);
  });

  it('sees an edit that keeps the size and the modification time', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const file = join(root, 'agreements/local/amf-33-2017.yaml');
    expect((await checkTree(root, { cacheFolder })).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/signed: 2017-(\d\d)-(\d\d)/, 'signed: 2017-02-30');
    expect(edited).not.toBe(text);
    expect(edited.length).toBe(text.length);
    writeFileSync(file, edited);
    utimesSync(file, before.atime, before.mtime);
    const after = await checkTree(root, { cacheFolder });
    expect(after.diagnostics.some((d) => d.file === 'agreements/local/amf-33-2017.yaml' && d.severity === 'error')).toBe(true);
    expect((await loadTree(root, { cacheFolder })).invalidFiles).toEqual(['agreements/local/amf-33-2017.yaml']);
  });

  it('reports a renamed file under its new name', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    await checkTree(root, { cacheFolder });
    renameSync(join(root, 'agreements/local/amf-33-2017.yaml'), join(root, 'agreements/local/renamed.yaml'));
    const after = await checkTree(root, { cacheFolder });
    expect(after.files).toContain('agreements/local/renamed.yaml');
    expect(after.diagnostics.find((d) => d.rule === 'id-matches-file')?.file).toBe('agreements/local/renamed.yaml');
  });

  it('sees a new registry and a removed file', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const first = await checkTree(root, { cacheFolder });
    rmSync(join(root, 'agreements/local/amf-33-2017.yaml'));
    expect((await checkTree(root, { cacheFolder })).files).toEqual(first.files.filter((f) => !f.includes('amf-33-2017')));
    writeFileSync(join(root, 'agreements/organizations.yaml'), 'not: a list\n');
    expect((await checkTree(root, { cacheFolder })).diagnostics.some((d) => d.file === 'agreements/organizations.yaml')).toBe(true);
  });

  it('does not remember the whole tree while a file is fresh, nor anything when drafts are overlaid', async () => {
    const { root, cacheFolder } = copyOf('broken');
    const ways: string[] = [];
    const trace = (way: { served: string }) => ways.push(way.served);
    await checkTree(root, { cacheFolder, trace });
    expect(cacheFiles(cacheFolder, '.tree.json')).toEqual([]);
    // Two seconds later (by the clock the listing is timed by), the same files are trusted.
    await checkTree(root, { cacheFolder, trace, now: () => Date.now() + 2100 });
    await checkTree(root, { cacheFolder, trace, now: () => Date.now() + 2100 });
    expect(ways).toEqual(['whole', 'whole', 'recalled']);
    const other = copyOf('minimal');
    await loadTree(other.root, { cacheFolder: other.cacheFolder, overrides: new Map([['agreements/local/x.yaml', 'id: x\n']]) });
    expect(existsSync(other.cacheFolder)).toBe(false);
  });
});
