import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { isInside, writeFileAtomic } from '../../src/load/write.js';
import { useLanguage } from '../../src/text/say.js';
import { PROJECT } from '../e2e.js';

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
  afterEach(() => useLanguage('en'));

  it('says an existing file and a failed write in French', () => {
    const path = join(base, 'fr', 'x.yaml');
    expect(writeFileAtomic(path, 'one\n', { overwrite: false })).toEqual({ ok: true });
    useLanguage('fr');
    expect(writeFileAtomic(path, 'two\n', { overwrite: false })).toEqual({ ok: false, reason: 'exists', message: `${path} existe déjà` });
    const io = writeFileAtomic(join(path, 'sub', 'below.yaml'), 'x\n', { overwrite: false });
    expect(io).toEqual({ ok: false, reason: 'io', message: `impossible d’écrire ${join(path, 'sub', 'below.yaml')} : ${path} est un fichier, pas un dossier` });
  });
});
