/**
 * `accords new` as several users and a broken machine run it: concurrent runs adding partners,
 * runs killed at random moments. Real processes of the built CLI.
 * ROBUST_ROUNDS (default 3) and ROBUST_KILLS (default 24) make the runs longer by hand.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fileSystem } from '../../src/load/write.js';
import { accords, BIN, PROJECT } from '../e2e.js';
import { runInProcess } from './run.js';

const base = mkdtempSync(join(tmpdir(), 'accords-robust-new-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;
const ROUNDS = Number(process.env.ROBUST_ROUNDS ?? 3);
const KILLS = Number(process.env.ROBUST_KILLS ?? 24);

function freshRoot(): string {
  const root = join(base, String(count++));
  for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
  return root;
}

/** The arguments of a convention with its own new partner. */
function partnerArgs(root: string, n: number): string[] {
  return [
    'new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', `amf-${n}-2026`,
    ...[`partenaire_id=partner-${n}`, `partenaire_nom=Association numéro ${n}`, 'partenaire_signataire=Marie Dupont', 'direction_territoriale=DT', 'directeur=Paul Martin', 'departement=33', 'partenaire_signataire_civilite=Madame', 'directeur_civilite=Monsieur', 'date_prevue=2026-12-01', 'lieu_signature=Bordeaux'].flatMap((s) => ['--set', s]),
  ];
}

function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ACCORDS_CACHE: '0', LANG: 'C.UTF-8' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; signal: string | null; stderr: string }>((done) => child.on('close', (code, signal) => done({ code, signal, stderr })));
  return { child, exit };
}

/** Files a writer leaves only while it runs: temporary files, journals, the lock. */
function leftovers(root: string): string[] {
  return ['agreements', 'agreements/local'].flatMap((dir) => readdirSync(join(root, dir)).filter((f) => /\.(tmp|journal|lock)$/.test(f)).map((f) => `${dir}/${f}`));
}

const registry = (root: string) => readFileSync(join(root, 'agreements/organizations.yaml'), 'utf8');
const errors = (root: string) => (JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { severity: string; file: string; message: string }[]).filter((d) => d.severity === 'error');

describe('accords new, run concurrently', () => {
  it(`four runs adding four partners at once keep all four (${ROUNDS} rounds)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const root = freshRoot();
      const runs = await Promise.all([1, 2, 3, 4].map((n) => start(partnerArgs(root, n)).exit));
      for (const run of runs) expect(run.code, run.stderr).toBe(0);
      const text = registry(root);
      for (const n of [1, 2, 3, 4]) expect(text).toContain(`- id: partner-${n}\n  name: Association numéro ${n}\n`);
      for (const n of [1, 2, 3, 4]) expect(existsSync(join(root, `agreements/local/amf-${n}-2026.md`))).toBe(true);
      expect(errors(root)).toEqual([]);
      expect(leftovers(root)).toEqual([]);
    }
  });

  it('two runs adding the same partner under one name add it once', async () => {
    const root = freshRoot();
    const same = (n: number) => partnerArgs(root, n).map((a) => (a.startsWith('partenaire_id=') ? 'partenaire_id=partner-x' : a.startsWith('partenaire_nom=') ? 'partenaire_nom=Association X' : a));
    const runs = await Promise.all([same(1), same(2)].map((args) => start(args).exit));
    for (const run of runs) expect(run.code, run.stderr).toBe(0);
    expect(registry(root).split('- id: partner-x\n')).toHaveLength(2);
    expect(errors(root)).toEqual([]);
  });
});

describe('accords new, killed at random moments', () => {
  it(`leaves the whole convention or nothing, and the next run cleans up and succeeds (${KILLS} kills)`, async () => {
    const root = freshRoot();
    const outcomes = { complete: 0, nothing: 0, undoneByNextRun: 0 };
    // How long a whole run takes on this machine now (the retries measure it again): kills are
    // spread over its second half, where the files are written.
    let runMs = 600;
    for (let trial = 0; trial < KILLS; trial++) {
      const { child, exit } = start(partnerArgs(root, trial));
      await new Promise((done) => setTimeout(done, runMs * (0.5 + Math.random() * 0.6)));
      child.kill('SIGKILL');
      await exit;
      const record = existsSync(join(root, `agreements/local/amf-${trial}-2026.yaml`));
      const text = existsSync(join(root, `agreements/local/amf-${trial}-2026.md`));
      const partner = registry(root).includes(`- id: partner-${trial}\n`);
      const journal = readdirSync(join(root, 'agreements')).some((f) => f.endsWith('.journal'));
      if (record && text && partner && !journal) outcomes.complete++;
      else if (!record && !text && !partner) outcomes.nothing++;
      else {
        // Half-made: only while the killed run's journal is there, for the next run to undo.
        expect(journal, `trial ${trial}: record ${record}, text ${text}, partner ${partner}`).toBe(true);
        outcomes.undoneByNextRun++;
      }
      // The next run (the same convention again) undoes what is half-made and writes it whole.
      const began = Date.now();
      const retry = accords(partnerArgs(root, trial));
      runMs = Date.now() - began;
      if (record && text && partner && !journal) expect(retry.code).toBe(1);
      else expect(retry.code, retry.stderr).toBe(0);
      // A retry refused early (the killed run had finished) takes no lock: the killed run's lock
      // may stay, naming a process that is gone, for the next run to break (the next trial's does).
      const lock = join(root, 'agreements/.organizations.yaml.lock');
      const stale = existsSync(lock) && (JSON.parse(readFileSync(lock, 'utf8') || '{}') as { pid?: number }).pid === child.pid;
      expect(leftovers(root).filter((f) => !(stale && f.endsWith('.lock')))).toEqual([]);
      expect(registry(root).split(`- id: partner-${trial}\n`)).toHaveLength(2);
    }
    expect(errors(root)).toEqual([]);
    console.log(`kills of accords new: ${JSON.stringify(outcomes)}`);
  }, 600_000);
});

describe('accords new, when the disk fails half-way (in process, a failing file system call injected)', () => {
  const saved = { ...fileSystem };
  afterEach(() => Object.assign(fileSystem, saved));

  it.each([
    ['a registry that cannot be replaced', () => {
      fileSystem.renameSync = () => {
        throw Object.assign(new Error('EROFS: read-only file system, rename'), { code: 'EROFS' });
      };
    }, 'EROFS'],
    ['a disk that fills on the third file', () => {
      let writes = 0;
      fileSystem.writeSync = ((...args: Parameters<typeof saved.writeSync>) => {
        // The lock file is the first write; then the record, the text, the registry.
        if (++writes === 4) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return (saved.writeSync as (...a: unknown[]) => number)(...args);
      }) as typeof saved.writeSync;
    }, 'ENOSPC'],
  ])('%s: nothing is left, it says so, and a second try works', async (_, fail, code) => {
    const root = freshRoot();
    const before = registry(root);
    fail();
    const run = await runInProcess(partnerArgs(root, 7), root);
    Object.assign(fileSystem, saved);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^accords: nothing was written; one problem:\n {2}- cannot write .*organizations\.yaml/);
    expect(run.stderr).toContain(code);
    expect(registry(root)).toBe(before);
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => f !== '.gitkeep')).toEqual([]);
    expect(leftovers(root)).toEqual([]);
    const again = await runInProcess(partnerArgs(root, 7), root);
    expect(again.code, again.stderr).toBe(0);
    expect(registry(root)).toContain('- id: partner-7\n');
    expect(errors(root)).toEqual([]);
  });
});
