import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTree } from '../../src/load/check-tree.js';
import { loadTree } from '../../src/load/repository.js';
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

const withoutRoot = ({ root, ...rest }: { root: string }) => rest;

describe('loadTree and checkTree with the result cache', () => {
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
      const loaded = withoutRoot(loadTree(repo.root));
      expect(withoutRoot(loadTree(repo.root, { cacheFolder: repo.cacheFolder }))).toEqual(loaded);
      expect(withoutRoot(loadTree(repo.root, { cacheFolder: repo.cacheFolder }))).toEqual(loaded);
    }
    expect((await checkTree(broken.root, { cacheFolder: broken.cacheFolder })).diagnostics.length).toBeGreaterThan(0);
  });

  it('remembers per file only what is worth it: the files with problems, not those the fast path reads cleanly', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    await checkTree(root, { cacheFolder });
    expect(cacheFiles(cacheFolder, '.files.jsonl')).toEqual([]);
    writeFileSync(join(root, 'agreements/local/amf-33-2017.yaml'), readFileSync(join(root, 'agreements/local/amf-33-2017.yaml'), 'utf8').replace(/signed: 2017-(\d\d)-(\d\d)/, 'signed: 2017-02-30'));
    await checkTree(root, { cacheFolder });
    const [store] = cacheFiles(cacheFolder, '.files.jsonl');
    // The namespace line, then the one file with a problem.
    expect(readFileSync(join(cacheFolder, store!), 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('remembers the same for the commands that keep records, and gives their values back from the store', async () => {
    const { root, cacheFolder } = copyOf('minimal');
    const lines = () => readFileSync(join(cacheFolder, cacheFiles(cacheFolder, '.files.jsonl')[0]!), 'utf8').trim().split('\n');
    const uncached = withoutRoot(loadTree(root));
    expect(withoutRoot(loadTree(root, { cacheFolder }))).toEqual(uncached);
    // Every file is plain and clean: parsing it again costs less than storing it.
    expect(cacheFiles(cacheFolder, '.files.jsonl')).toEqual([]);
    const edit = (file: string, from: RegExp, to: string) => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
    edit('agreements/local/amf-33-2017.yaml', /signed: 2017-(\d\d)-(\d\d)/, 'signed: 2017-02-30');
    // An anchor is left to the full parser: the value is the same, its outcome worth keeping.
    edit('agreements/national/amf-pole-emploi-2016.yaml', /^title: /m, 'title: &title ');
    const { root: _, ...edited } = loadTree(root);
    expect(edited.invalidFiles).toEqual(['agreements/local/amf-33-2017.yaml']);
    expect(edited.agreements.map((a) => a.agreement.id)).toEqual(['amf-pole-emploi-2016']);
    expect(withoutRoot(loadTree(root, { cacheFolder }))).toEqual(edited);
    // The namespace line, then the file with a problem and the one only the full parser reads.
    expect(lines()).toHaveLength(3);
    const before = lines();
    expect(withoutRoot(loadTree(root, { cacheFolder }))).toEqual(edited);
    await checkTree(root, { cacheFolder });
    expect(lines()).toEqual(before);
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
    expect(loadTree(root, { cacheFolder }).invalidFiles).toEqual(['agreements/local/amf-33-2017.yaml']);
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

  it('does not remember the whole tree while a file is fresh, nor when drafts are overlaid', async () => {
    const { root, cacheFolder } = copyOf('broken');
    await checkTree(root, { cacheFolder });
    expect(cacheFiles(cacheFolder, '.tree.json')).toEqual([]);
    expect(cacheFiles(cacheFolder, '.files.jsonl')).toHaveLength(1);
    const other = copyOf('minimal');
    loadTree(other.root, { cacheFolder: other.cacheFolder, overrides: new Map([['agreements/local/x.yaml', 'id: x\n']]) });
    expect(existsSync(other.cacheFolder)).toBe(false);
  });
});
