/**
 * Leaks and hangs: links out of the root are named and never read; the Markdown report shows a
 * title's HTML as text; special files (FIFO, endless devices) are refused, never waited on.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, PROJECT } from '../e2e.js';
import { ORGS, VALID } from './corpus.js';

const base = mkdtempSync(join(tmpdir(), 'accords-leaks-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;
const SECRET = 'ghp_0123456789abcdefSECRET';
const outside = join(base, 'outside');
mkdirSync(join(outside, 'records'), { recursive: true });
// A git configuration with a token, and a password file: YAML errors would quote their lines.
writeFileSync(join(outside, 'config'), `[remote "origin"]\n\turl = https://x:${SECRET}@github.com/a/b\n`);
writeFileSync(join(outside, 'records', 'r.yaml'), `id: r\ntitle: ${SECRET}\n`);

function tree(): string {
  const root = join(base, String(count++));
  mkdirSync(join(root, 'agreements'), { recursive: true });
  writeFileSync(join(root, 'agreements/organizations.yaml'), ORGS);
  writeFileSync(join(root, 'agreements/hostile.yaml'), VALID);
  return root;
}

const COMMANDS = [
  ['validate'],
  ['validate', '--format', 'json'],
  ['validate', '--format', 'github'],
  ['list'],
  ['show', 'hostile'],
  ['due', '--within', '10y'],
  ['report'],
];

describe('links that leave the root', () => {
  it.each([
    ['a record linked to a git configuration', (root: string) => symlinkSync(join(outside, 'config'), join(root, 'agreements/leak.yaml')), 'agreements/leak.yaml'],
    ['a record linked to /etc/passwd', (root: string) => symlinkSync('/etc/passwd', join(root, 'agreements/passwd.yaml')), 'agreements/passwd.yaml'],
    ['a folder linked outside', (root: string) => symlinkSync(join(outside, 'records'), join(root, 'agreements/linked')), 'agreements/linked'],
  ])('%s is named, and nothing of its target reaches any output', (_, setup, link) => {
    const root = tree();
    setup(root);
    for (const argv of COMMANDS) {
      const run = accords([...argv, '--root', root]);
      expect(run.stdout + run.stderr, argv.join(' ')).not.toMatch(new RegExp(`${SECRET}|root:x:0:0|remote "origin"`));
      expect(run.stdout + run.stderr, argv.join(' ')).toContain(link);
    }
    const json = JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { file: string; message: string }[];
    expect(json.filter((d) => d.file === link).map((d) => d.message)).toEqual(['the file is a symbolic link that leads outside the root: not read (copy the file into the repository instead)']);
  });

  it('a registry linked outside is not read either', () => {
    const root = tree();
    rmSync(join(root, 'agreements/organizations.yaml'));
    symlinkSync(join(outside, 'config'), join(root, 'agreements/organizations.yaml'));
    const run = accords(['validate', '--root', root, '--format', 'json']);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.code).toBe(1);
    const registry = (JSON.parse(run.stdout) as { file: string; message: string }[]).filter((d) => d.file === 'agreements/organizations.yaml');
    expect(registry.map((d) => d.message)).toContain('the file is a symbolic link that leads outside the root: not read (copy the file into the repository instead)');
  });

  it('a link inside the root is still followed', () => {
    const root = tree();
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere/inner.yaml'), VALID.replace('id: hostile', 'id: inner'));
    symlinkSync(join(root, 'elsewhere/inner.yaml'), join(root, 'agreements/inner.yaml'));
    expect(accords(['validate', '--root', root]).code).toBe(0);
    expect(accords(['list', '--root', root, '--format', 'json']).stdout).toContain('"id": "inner"');
  });

  it('render does not write a text through a link that leaves the root', () => {
    const root = join(base, String(count++));
    for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
    const made = accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', ...['partenaire_id=ad-maires-33', 'partenaire_nom=AD 33', 'partenaire_signataire=M', 'direction_territoriale=DT', 'directeur=P', 'departement=33', 'partenaire_signataire_civilite=Madame', 'directeur_civilite=Monsieur', 'date_prevue=2026-12-01', 'lieu_signature=Bordeaux'].flatMap((s) => ['--set', s])]);
    expect(made.code, made.stderr).toBe(0);
    const target = join(outside, 'victim.md');
    writeFileSync(target, 'not yours\n');
    rmSync(join(root, 'agreements/local/amf-33-2026.md'));
    symlinkSync(target, join(root, 'agreements/local/amf-33-2026.md'));
    const run = accords(['render', '--root', root]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toContain('outside');
    expect(readFileSync(target, 'utf8')).toBe('not yours\n');
  });
});

describe('the Markdown report', () => {
  it('shows the HTML of a title as text', () => {
    const root = tree();
    writeFileSync(join(root, 'agreements/hostile.yaml'), VALID.replace('title: Accord de test', 'title: "<script>alert(1)</script><img src=x onerror=alert(2)>"'));
    const run = accords(['report', '--root', root, '--as-of', '2016-12-01', '--within', '2y']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/<script|<img/);
    expect(run.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe('special files are refused, never waited on', () => {
  const draftRoot = () => {
    const root = join(base, String(count++));
    for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
    return root;
  };
  const newArgs = (root: string, ...more: string[]) => ['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', ...more];

  it.each(['/dev/zero', '/dev/urandom'])('--vars %s is refused at once', (device) => {
    const started = Date.now();
    const run = accords(newArgs(draftRoot(), '--vars', device));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`--vars ${device}: cannot be read (the file not a regular file)`);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('a --vars FIFO, a FIFO registry and a FIFO template are refused, not waited on', () => {
    const root = draftRoot();
    const fifo = join(root, 'vars.yaml');
    spawnSync('mkfifo', [fifo]);
    const vars = accords(newArgs(root, '--vars', fifo));
    expect(vars.code).toBe(1);
    expect(vars.stderr).toContain('not a regular file');

    const template = readFileSync(join(root, 'agreements/national/amf-pole-emploi-2016.yaml'), 'utf8').match(/^template: (.*)$/m)![1]!;
    rmSync(join(root, template));
    spawnSync('mkfifo', [join(root, template)]);
    const run = accords(newArgs(root, '--list-vars'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a regular file');

    const registryRoot = draftRoot();
    rmSync(join(registryRoot, 'agreements/organizations.yaml'));
    spawnSync('mkfifo', [join(registryRoot, 'agreements/organizations.yaml')]);
    const validate = accords(['validate', '--root', registryRoot, '--format', 'json']);
    expect(validate.code).toBe(1);
    expect(JSON.parse(validate.stdout).some((d: { file: string; message: string }) => d.file === 'agreements/organizations.yaml' && d.message.includes('not a regular file'))).toBe(true);
    expect(existsSync(join(registryRoot, 'agreements/local/amf-33-2026.yaml'))).toBe(false);
  });

  it('a --vars file over 1 MiB is refused', () => {
    const root = draftRoot();
    const big = join(root, 'big.yaml');
    writeFileSync(big, `a: ${'x'.repeat(1024 * 1024 + 10)}\n`);
    const run = accords(newArgs(root, '--vars', big));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('over the 1.0 MiB limit');
  });
});
