import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-git-'));
const repo = join(base, 'repo');
const env = { GIT_AUTHOR_NAME: 'Marie Dupont', GIT_AUTHOR_EMAIL: 'm@example.org', GIT_COMMITTER_NAME: 'Marie Dupont', GIT_COMMITTER_EMAIL: 'm@example.org' };
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });

beforeAll(() => {
  cpSync(fixture('minimal'), repo, { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'Ajoute les accords');
  const file = join(repo, 'agreements/local/amf-33-2017.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('end: 2019-12-31', 'end: 2020-12-31').replace('- org: pole-emploi', '- org: france-travail'));
  git(repo, 'commit', '-qam', 'Prolonge la convention de la Gironde');
  git(repo, 'mv', 'agreements/local/amf-33-2017.yaml', 'agreements/national/amf-33-2017.yaml');
  git(repo, 'commit', '-qm', 'Range la convention');
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('accords history (end to end)', () => {
  it('lists the commits that touched a record and what changed, following renames', () => {
    const run = accords(['history', 'amf-33-2017', '--root', repo]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^\d{4}-\d{2}-\d{2} {2}[0-9a-f]{8} {2}Marie Dupont {2}Range la convention$/);
    expect(run.stdout).toContain('    renamed from agreements/local/amf-33-2017.yaml');
    expect(run.stdout).toContain('    term.end: 2019-12-31 → 2020-12-31');
    expect(run.stdout).toContain('    party added: france-travail');
    expect(run.stdout).toContain('    party removed: pole-emploi');
    expect(run.stdout).toContain('Ajoute les accords\n    created');
  });

  it('prints json', () => {
    const entries = JSON.parse(accords(['history', 'amf-33-2017', '--root', repo, '--format', 'json']).stdout) as { subject: string; changes: { text: string }[] }[];
    expect(entries.map((e) => e.subject)).toEqual(['Range la convention', 'Prolonge la convention de la Gironde', 'Ajoute les accords']);
  });

  it('warns on a shallow clone and still lists what is there', () => {
    const shallow = join(base, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const run = accords(['history', 'amf-33-2017', '--root', shallow]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('shallow clone');
  });

  it('says so outside a git repository, exit 2, no stack trace', () => {
    const plain = join(base, 'plain');
    cpSync(fixture('minimal'), plain, { recursive: true });
    const run = accords(['history', 'amf-33-2017', '--root', plain], { env: { GIT_CEILING_DIRECTORIES: base } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not in a git repository');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when git is not installed', () => {
    const run = accords(['history', 'amf-33-2017', '--root', repo], { env: { PATH: '/nonexistent' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('git is not installed');
  });

  it('says what happened to the file in French', () => {
    const run = accords(['history', 'amf-33-2017', '--root', repo, '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Range la convention\n    renommé, anciennement agreements/local/amf-33-2017.yaml\n');
    expect(run.stdout).toContain('Ajoute les accords\n    créé\n');
  });

  it('refuses an unknown id and an unknown format in French, exit 2', () => {
    const id = accords(['history', 'amf-33-2071', '--root', repo, '--lang', 'fr']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('accords: aucun accord n’a l’identifiant `amf-33-2071`\n  vouliez-vous dire `amf-33-2017` ?\n');
    const format = accords(['history', 'amf-33-2017', '--root', repo, '--format', 'xml', '--lang', 'fr']);
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('accords: format inconnu `xml`\n  formats : text, json\n');
  });

  it('warns on a shallow clone in French', () => {
    const shallow = join(base, 'shallow-fr');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const run = accords(['history', 'amf-33-2017', '--root', shallow], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^accords: avertissement : ce dépôt est un clone superficiel : l’historique s’arrête au \d{4}-\d{2}-\d{2} ; lancez `git fetch --unshallow` pour l’avoir en entier\n$/);
  });

  it('reports only changed records with validate --changed', () => {
    const file = join(repo, 'agreements/national/amf-pole-emploi-2016.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('signed: 2016-11-16', 'sigend: 2016-11-16'));
    const changed = accords(['validate', '--changed', '--root', repo, '--format', 'json']);
    expect(changed.code).toBe(1);
    const files = new Set((JSON.parse(changed.stdout) as { file: string }[]).map((d) => d.file));
    expect([...files]).toEqual(['agreements/national/amf-pole-emploi-2016.yaml']);
    git(repo, 'checkout', '--', '.');
    expect(accords(['validate', '--changed', '--root', repo]).code).toBe(0);
    expect(accords(['validate', '--changed', '--base', 'HEAD~1', '--root', repo, '--format', 'json']).code).toBe(0);
  });
});

describe('accords validate --changed over a mass change (end to end)', () => {
  it('takes more changed files than a call takes arguments (130,000)', () => {
    const big = join(base, 'big');
    cpSync(fixture('minimal'), big, { recursive: true });
    git(big, 'init', '-q');
    git(big, 'add', '.');
    git(big, 'commit', '-qm', 'Ajoute les accords');
    // Untracked files count as changed; notes are not records, so only the broken record is reported.
    mkdirSync(join(big, 'agreements/notes'));
    for (let i = 0; i < 130_000; i++) writeFileSync(join(big, `agreements/notes/n${i}.txt`), '');
    const file = join(big, 'agreements/local/amf-33-2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('signed:', 'sigend:'));
    const run = accords(['validate', '--changed', '--root', big, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(new Set((JSON.parse(run.stdout) as { file: string }[]).map((d) => d.file))).toEqual(new Set(['agreements/local/amf-33-2017.yaml']));
  }, 120_000);
});
