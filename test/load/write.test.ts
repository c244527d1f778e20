import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireLock as lockMessages, commitFiles as commitMessages, fileSystem, isInside, recoverCommits, writeFileAtomic as writeMessages } from '../../src/load/write.js';
import { en, fr } from '../say.js';
import { wordedBy } from '../worded.js';
import { PROJECT } from '../e2e.js';

const writeFileAtomic = wordedBy(en, writeMessages);
const writeFileAtomicFr = wordedBy(fr, writeMessages);
const commitFiles = wordedBy(en, commitMessages);
const acquireLock = wordedBy(en, lockMessages);

const base = mkdtempSync(join(tmpdir(), 'accords-write-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('creates a file and refuses to replace it without overwrite', () => {
    const path = join(base, 'a', 'x.yaml');
    expect(writeFileAtomic(path, 'one\n', { overwrite: false })).toEqual({ ok: true });
    expect(writeFileAtomic(path, 'two\n', { overwrite: false })).toMatchObject({ ok: false, reason: 'exists' });
    expect(readFileSync(path, 'utf8')).toBe('one\n');
    expect(writeFileAtomic(path, 'two\n', { overwrite: true })).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).toBe('two\n');
    expect(readdirSync(join(base, 'a'))).toEqual(['x.yaml']);
  });

  it('leaves the old file or the new one when the writer is killed mid-way, never a partial one', async () => {
    const path = join(base, 'killed.md');
    const old = `${'old '.repeat(250_000)}\n`;
    writeFileSync(path, old);
    const script = `import { writeFileAtomic } from ${JSON.stringify(join(PROJECT, 'dist/load/write.js'))};
const text = 'new '.repeat(2_000_000) + '\\n';
for (;;) writeFileAtomic(${JSON.stringify(path)}, text, { overwrite: true });`;
    for (const delay of [5, 20, 50, 80, 120]) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await new Promise((done) => child.on('exit', done));
      const now = readFileSync(path, 'utf8');
      expect(now === old || now === `${'new '.repeat(2_000_000)}\n`).toBe(true);
    }
  });
});

describe('isInside', () => {
  it('follows links: a folder that links outside the root is outside', () => {
    const root = join(base, 'root');
    mkdirSync(join(root, 'agreements'), { recursive: true });
    symlinkSync(tmpdir(), join(root, 'agreements', 'local'));
    expect(isInside(root, join(root, 'agreements', 'x.yaml'))).toBe(true);
    expect(isInside(root, join(root, 'agreements', 'local', 'x.yaml'))).toBe(false);
    expect(isInside(root, join(root, '..', 'x.yaml'))).toBe(false);
    expect(isInside(root, root)).toBe(false);
  });
});

describe('writeFileAtomic under a file', () => {
  it('names the file in the way (not "already exists") and leaves it as it was', () => {
    const path = join(base, 'blocker.yaml');
    writeFileSync(path, 'kept\n');
    const target = join(path, 'local', 'x.yaml');
    expect(writeFileAtomic(target, 'x\n', { overwrite: true })).toEqual({ ok: false, reason: 'io', message: `cannot write ${target}: ${path} is a file, not a folder` });
    expect(readFileSync(path, 'utf8')).toBe('kept\n');
  });
});

describe('writeFileAtomic in French', () => {

  it('says an existing file and a failed write in French', () => {
    const path = join(base, 'fr', 'x.yaml');
    expect(writeFileAtomic(path, 'one\n', { overwrite: false })).toEqual({ ok: true });
    expect(writeFileAtomicFr(path, 'two\n', { overwrite: false })).toEqual({ ok: false, reason: 'exists', message: `${path} existe déjà` });
    const io = writeFileAtomicFr(join(path, 'sub', 'below.yaml'), 'x\n', { overwrite: false });
    expect(io).toEqual({ ok: false, reason: 'io', message: `impossible d’écrire ${join(path, 'sub', 'below.yaml')} : ${path} est un fichier, pas un dossier` });
  });
});

describe('commitFiles: several files all or nothing', () => {
  const plan = (dir: string) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'registry.yaml'), 'old registry\n');
    return [
      { target: join(dir, 'local', 'a.yaml'), text: 'record\n', replace: false },
      { target: join(dir, 'local', 'a.md'), text: 'text\n', replace: false },
      { target: join(dir, 'registry.yaml'), text: 'new registry\n', replace: true },
    ];
  };
  const tree = (dir: string) => Object.fromEntries(['local/a.yaml', 'local/a.md', 'registry.yaml'].map((f) => [f, existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : null]));
  const strays = (dir: string) => [...readdirSync(dir), ...(existsSync(join(dir, 'local')) ? readdirSync(join(dir, 'local')) : [])].filter((f) => f.startsWith('.'));
  const saved = { ...fileSystem };
  afterEach(() => Object.assign(fileSystem, saved));

  it('writes every file, and leaves no second name', () => {
    const dir = join(base, 'commit-ok');
    expect(commitFiles(plan(dir), dir)).toEqual({ ok: true });
    expect(tree(dir)).toEqual({ 'local/a.yaml': 'record\n', 'local/a.md': 'text\n', 'registry.yaml': 'new registry\n' });
    expect(strays(dir)).toEqual([]);
  });

  it('a full disk on the third file leaves nothing', () => {
    const dir = join(base, 'commit-full');
    const files = plan(dir);
    let writes = 0;
    fileSystem.writeSync = ((...args: Parameters<typeof saved.writeSync>) => {
      if (++writes === 3) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return (saved.writeSync as (...a: unknown[]) => number)(...args);
    }) as typeof saved.writeSync;
    const result = commitFiles(files, dir);
    expect(result).toMatchObject({ ok: false, reason: 'io', left: [] });
    expect(tree(dir)).toEqual({ 'local/a.yaml': null, 'local/a.md': null, 'registry.yaml': 'old registry\n' });
    expect(strays(dir)).toEqual([]);
  });

  it('a registry that cannot be replaced undoes the record and the text', () => {
    const dir = join(base, 'commit-rename');
    fileSystem.renameSync = () => {
      throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' });
    };
    const result = commitFiles(plan(dir), dir);
    expect(result).toMatchObject({ ok: false, reason: 'io', file: join(dir, 'registry.yaml'), left: [] });
    expect(tree(dir)).toEqual({ 'local/a.yaml': null, 'local/a.md': null, 'registry.yaml': 'old registry\n' });
    expect(strays(dir)).toEqual([]);
    Object.assign(fileSystem, saved);
    expect(commitFiles(plan(dir), dir)).toEqual({ ok: true });
  });

  it('a file created meanwhile stops the commit before the registry changes', () => {
    const dir = join(base, 'commit-exists');
    const files = plan(dir);
    mkdirSync(join(dir, 'local'), { recursive: true });
    writeFileSync(join(dir, 'local', 'a.md'), 'theirs\n');
    expect(commitFiles(files, dir)).toMatchObject({ ok: false, reason: 'exists', file: join(dir, 'local', 'a.md') });
    expect(tree(dir)).toEqual({ 'local/a.yaml': null, 'local/a.md': 'theirs\n', 'registry.yaml': 'old registry\n' });
  });

  it.each([1, 2, 3, 4, 5])('a run killed at its link, rename or unlink number %i (4 steps, then the clean-up) is undone by the next recoverCommits', async (step) => {
    const dir = join(base, `commit-killed-${step}`);
    const files = plan(dir);
    // A child process commits, and kills itself at the given link/rename call.
    const script = `import { commitFiles, fileSystem } from ${JSON.stringify(join(PROJECT, 'dist/load/write.js'))};
let calls = 0;
for (const name of ['linkSync', 'renameSync', 'unlinkSync']) {
  const real = fileSystem[name];
  fileSystem[name] = (...args) => { if (++calls === ${step}) process.kill(process.pid, 'SIGKILL'); return real(...args); };
}
commitFiles(${JSON.stringify(files)}, ${JSON.stringify(dir)});`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' });
    const signal = await new Promise((done) => child.on('exit', (_, s) => done(s)));
    expect(signal).toBe('SIGKILL');
    recoverCommits(dir, [dir, join(dir, 'local')]);
    expect(tree(dir)).toEqual({ 'local/a.yaml': null, 'local/a.md': null, 'registry.yaml': 'old registry\n' });
    expect(strays(dir)).toEqual([]);
  });

  it('recovery leaves alone a file edited since the killed run wrote it', () => {
    const dir = join(base, 'commit-edited');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'mine.yaml'), 'edited by hand\n');
    writeFileSync(join(dir, '.accords-commit.999999.0badcafe.journal'), JSON.stringify({ pid: 999999, steps: [{ target: join(dir, 'mine.yaml'), temp: join(dir, '.mine.yaml.999999.0badcafe.tmp'), sha256: '0'.repeat(64), existed: false }] }));
    recoverCommits(dir, [dir]);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('edited by hand\n');
    expect(strays(dir)).toEqual([]);
  });
});

describe('acquireLock', () => {
  it('is exclusive: a second taker waits, then gives up naming the holder', () => {
    const path = join(base, 'lock-a', '.x.lock');
    const first = acquireLock(path);
    expect(first.ok).toBe(true);
    const second = acquireLock(path, { waitMs: 100 });
    expect(second).toMatchObject({ ok: false });
    expect(!second.ok && second.message).toContain(`held by process ${process.pid}`);
    if (first.ok) first.release();
    const third = acquireLock(path, { waitMs: 100 });
    expect(third.ok).toBe(true);
    if (third.ok) third.release();
    expect(existsSync(path)).toBe(false);
  });

  it('breaks a lock whose holder is gone, and one older than staleMs', () => {
    const path = join(base, 'lock-b', '.x.lock');
    mkdirSync(join(base, 'lock-b'));
    writeFileSync(path, JSON.stringify({ pid: 999999, host: hostname(), at: Date.now() }));
    const taken = acquireLock(path, { waitMs: 100 });
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.release();
    writeFileSync(path, JSON.stringify({ pid: process.pid, host: 'elsewhere', at: Date.now() - 120_000 }));
    const old = acquireLock(path, { waitMs: 100 });
    expect(old.ok).toBe(true);
    if (old.ok) old.release();
    expect(readdirSync(join(base, 'lock-b'))).toEqual([]);
  });
});
