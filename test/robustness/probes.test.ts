/**
 * Probes of the built tool from outside, each a fault once found (issue 18): what reached
 * stderr, what a forged commit made `history` say, a cache of the wrong shape, a hint that
 * rewrote the value. Each case runs `bin/accords` as a user would.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';
import { runInProcess, STACK_FRAME } from './run.js';

const base = mkdtempSync(join(tmpdir(), 'accords-probes-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A copy of the minimal fixture with extra files. */
function root(name: string, files: Record<string, string>): string {
  const dir = join(base, name);
  cpSync(fixture('minimal'), dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

type Problem = { file: string; line: number; column: number; rule: string; message: string; hint?: string };

describe('the YAML parser says nothing on stderr of its own', () => {
  it.each([
    ['a list as a key', 'id: keys\n[a, b]: 1\n', 2, 'a key is a list or a mapping'],
    ['a mapping as a key', 'id: keys\n? { a: 1 }\n: x\n', 2, 'a key is a list or a mapping'],
    ['true and "true"', 'id: keys\ntrue: 1\n"true": 2\n', 3, 'duplicate key: `"true"` is read as `true`, like the key on line 2'],
  ])('%s: a positioned diagnostic in the JSON, stderr empty', (_, text, line, message) => {
    const dir = root(`keys-${line}-${text.length}`, { 'agreements/keys.yaml': text });
    const run = accords(['validate', '--root', dir, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout) as Problem[]).toContainEqual(expect.objectContaining({ file: 'agreements/keys.yaml', line, message }));
    for (const argv of [['list', '--format', 'json'], ['due', '--format', 'json', '--within', '1y']]) {
      const other = accords([...argv, '--root', dir]);
      expect(other.stderr, argv[0]).not.toMatch(/Warning|stringified/);
    }
  });
});

describe('history and a forged commit message', () => {
  it('shows the real author of every commit, whatever separators a message holds', () => {
    const dir = root('history', {});
    const env = { ...process.env, GIT_AUTHOR_NAME: 'Marie Dupont', GIT_AUTHOR_EMAIL: 'm@example.org', GIT_COMMITTER_NAME: 'Marie Dupont', GIT_COMMITTER_EMAIL: 'm@example.org' };
    const git = (...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, env, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'Ajoute les accords');
    const file = join(dir, 'agreements/local/amf-33-2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('end: 2019-12-31', 'end: 2020-12-31'));
    git('commit', '-qam', `Prolonge\x1e${'0'.repeat(40)}\x1f2020-01-01T00:00:00+00:00\x1fFake Author\x1fForged entry`);
    const run = accords(['history', 'amf-33-2017', '--root', dir, '--format', 'json']);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as { author: string; subject: string; commit: string }[];
    expect(entries.map((e) => e.author)).toEqual(['Marie Dupont', 'Marie Dupont']);
    expect(entries.map((e) => e.commit)).not.toContain('0'.repeat(40));
    expect(accords(['history', 'amf-33-2017', '--root', dir]).stdout).not.toMatch(/^\S+ +\S+ +Fake Author/m);
  });
});

// In this process (the cache is the same code either way): some fifty runs.
describe('a cache file of the right name but the wrong JSON shape', () => {
  it('is ignored: every command answers as without a cache, and the cache heals', async () => {
    const dir = root('cache', { 'agreements/broken.yaml': 'id: broken\nterm: [\n' });
    // The whole tree's outcome is kept only for files changed over two seconds ago (their ctime too).
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const cacheDir = join(base, 'cache-folder');
    const env = { ACCORDS_CACHE: '1', ACCORDS_CACHE_DIR: cacheDir };
    const commands = [['validate', '--format', 'json'], ['list', '--format', 'json']];
    const plain = await Promise.all(commands.map((argv) => runInProcess([...argv, '--root', dir], dir)));
    // Fill both cache files (the tree's outcome, and the outcome of the file the fast path declines).
    for (const argv of commands) await runInProcess([...argv, '--root', dir], dir, env);
    const names = readdirSync(cacheDir);
    expect(['.facts.jsonl', '.tree.json', '.invalid.json'].every((end) => names.some((n) => n.endsWith(end)))).toBe(true);
    const good = new Map(names.map((n) => [n, readFileSync(join(cacheDir, n), 'utf8')]));
    let trials = 0;
    for (const [name, text] of good) {
      const namespace = (JSON.parse(text.split('\n')[0]!) as { namespace: string }).namespace;
      const shapes = ['{}', '[]', 'null', '42', '"x"', `{"namespace":"${namespace}"}\n`];
      if (name.endsWith('.tree.json')) {
        const stored = JSON.parse(text) as Record<string, unknown>;
        for (const outcome of ['{}', 'null', '42', '{"diagnostics":{},"files":[]}', '{"diagnostics":[42],"files":"x"}']) shapes.push(JSON.stringify({ ...stored, outcome: JSON.parse(outcome) as unknown }));
        // The index an incremental run starts from, misshapen, with the tree state moved on (not the exact key).
        for (const index of ['42', '[]', '{"agreements/x.yaml":[1,2]}', '{"agreements/broken.yaml":["","h",null,1,[],0]}']) shapes.push(JSON.stringify({ ...stored, key: 'moved', index: JSON.parse(index) as unknown }));
      } else if (name.endsWith('.invalid.json')) {
        const stored = JSON.parse(text) as { key: string };
        for (const files of ['{}', 'null', '42', '[42]', '"x"']) shapes.push(`{"namespace":"${namespace}","key":"${stored.key}","files":${files}}`);
      } else {
        // Each record's line: `[file, metadata, hash]` TAB facts TAB places.
        for (const line of text.split('\n').slice(1, 3)) {
          const head = line.split('\t')[0]!;
          for (const facts of ['{}', 'null', '42', '{"valid":false}', '{"valid":false,"diagnostics":{}}', '{"valid":true,"diagnostics":[]}', '{"valid":false,"diagnostics":[{"range":7}]}']) shapes.push(`{"namespace":"${namespace}"}\n${head}\t${facts}\t\n`);
          // Places of another shape, and a line cut short (a run killed while appending).
          shapes.push(`{"namespace":"${namespace}"}\n${line.split('\t').slice(0, 2).join('\t')}\t{"x":{"range":1}}\n`, `{"namespace":"${namespace}"}\n${line.slice(0, line.length >> 1)}`);
        }
      }
      for (const shape of shapes) {
        for (const [n, t] of good) writeFileSync(join(cacheDir, n), t);
        writeFileSync(join(cacheDir, name), shape);
        for (const [i, argv] of commands.entries()) {
          const run = await runInProcess([...argv, '--root', dir], dir, env);
          trials++;
          expect(run.stderr, `${name}: ${shape}`).not.toMatch(STACK_FRAME);
          expect(run, `${argv[0]} with ${name}: ${shape}`).toEqual(plain[i]);
        }
      }
    }
    expect(trials).toBeGreaterThanOrEqual(40);
  });
});

describe('the "quote it" hint', () => {
  it('keeps what was typed: `01053` is to be written "01053", not "1053"', () => {
    const text = readFileSync(join(fixture('minimal'), 'agreements/local/amf-33-2017.yaml'), 'utf8');
    const record = text.includes('territory:') ? text.replace(/departement: "33"/, 'departement: 01053') : `${text.trimEnd()}\nterritory: { departement: 01053 }\n`;
    const dir = root('quote', { 'agreements/local/amf-33-2017.yaml': record });
    const run = accords(['validate', '--root', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Problem[]).map((p) => p.hint)).toContain('quote it: "01053"');
  });
});
