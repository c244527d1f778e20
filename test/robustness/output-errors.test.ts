/**
 * A failed write of stdout (a full disk: /dev/full) is exit 2 with a one-line message, for every
 * command that prints; a closed pipe (EPIPE) stays quiet, exit 0.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, PROJECT } from '../e2e.js';

const root = mkdtempSync(join(tmpdir(), 'accords-full-'));
for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
spawnSync('git', ['init', '-q'], { cwd: root });
spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '-A'], { cwd: root });
spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'seed'], { cwd: root });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const env = { ...process.env, NO_COLOR: '1', ACCORDS_CACHE: '0', LANG: 'C.UTF-8' };

const PRINTING = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'github'],
  ['list'],
  ['list', '--format', 'csv'],
  ['show', 'amf-pole-emploi-2016'],
  ['show', 'amf-pole-emploi-2016', '--format', 'json'],
  ['due', '--format', 'ics', '--within', '10y'],
  ['due', '--format', 'json', '--within', '10y'],
  ['due', '--within', '10y'],
  ['report'],
  ['report', '--format', 'html'],
  ['history', 'amf-pole-emploi-2016'],
  ['new', '--from', 'amf-pole-emploi-2016', '--list-vars'],
  ['render', '--check'],
  ['--help'],
  ['--version'],
];

describe('stdout on a full disk', () => {
  it.each(PRINTING.map((argv) => [argv.join(' '), argv] as const))('accords %s > /dev/full exits 2 with one line', (_, argv) => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, ...argv, ...(argv[0]?.startsWith('-') ? [] : ['--root', root])], { cwd: root, env, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      const lines = run.stderr.split('\n').filter((line) => line.includes('output could not be written'));
      expect(run.status, run.stderr).toBe(2);
      expect(lines).toEqual(['accords: the output could not be written (ENOSPC): what was printed is incomplete']);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that goes away (EPIPE) is no failure: exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'due', '--format', 'ics', '--within', '10y', '--root', root], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});
