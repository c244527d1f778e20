import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHistory, git, parseLog, repositoryTop } from '../../src/git/git.js';
import { en, fr } from '../say.js';

// A folder outside any repository (GIT_CEILING_DIRECTORIES keeps git from looking above it).
const base = mkdtempSync(join(tmpdir(), 'accords-git-'));
const previousCeiling = process.env.GIT_CEILING_DIRECTORIES;
process.env.GIT_CEILING_DIRECTORIES = tmpdir();
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  if (previousCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  else process.env.GIT_CEILING_DIRECTORIES = previousCeiling;
});

describe('git', () => {
  it('says a folder outside a repository', () => {
    const top = repositoryTop(base);
    expect(top.ok).toBe(false);
    expect(!top.ok && [en.message(top.message), top.hint && en.message(top.hint)]).toEqual([`${base} is not in a git repository`, 'run `git init` there, or point --root at a clone']);
  });

  it('says it in French, the command as it is', () => {
    const top = repositoryTop(base);
    expect(!top.ok && [fr.message(top.message), top.hint && fr.message(top.hint)]).toEqual([`${base} n’est pas dans un dépôt git`, 'lancez `git init` dans ce dossier, ou pointez --root sur un clone']);
    const failed = git(base, ['no-such-command']);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && fr.message(failed.message)).toMatch(/^échec de git no-such-command : /);
  });
});

describe('fileHistory', () => {
  const env = { GIT_AUTHOR_NAME: 'Marie Dupont', GIT_AUTHOR_EMAIL: 'm@example.org', GIT_COMMITTER_NAME: 'Marie Dupont', GIT_COMMITTER_EMAIL: 'm@example.org' };
  const run = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, env: { ...process.env, ...env }, stdio: 'pipe' });

  it('is not fooled by a commit message holding the separators of a log line (\\x1e, \\x1f, line breaks)', () => {
    const repo = join(base, 'forged');
    mkdirSync(join(repo, 'agreements'), { recursive: true });
    run(repo, 'init', '-q');
    writeFileSync(join(repo, 'agreements/a.yaml'), 'id: a\n');
    run(repo, 'add', '.');
    run(repo, 'commit', '-qm', 'Ajoute la fiche');
    writeFileSync(join(repo, 'agreements/a.yaml'), 'id: a\ntitle: x\n');
    // A message made to read as a second commit by a fake author, in the old separators and in the new.
    const forged = `Corrige\x1e${'0'.repeat(40)}\x1f2020-01-01T00:00:00+00:00\x1fFake Author\x1fevil\n\nM\tagreements/a.yaml\n\x1e${'1'.repeat(40)}\x1f2020-01-01\x1fFake`;
    run(repo, 'commit', '-qam', forged);
    run(repo, 'mv', 'agreements/a.yaml', 'agreements/b.yaml');
    run(repo, 'commit', '-qm', 'Range\x1fla fiche');
    const history = fileHistory(repo, 'agreements/b.yaml');
    expect(history.ok).toBe(true);
    const commits = history.ok ? history.value : [];
    expect(commits.map((c) => c.author)).toEqual(['Marie Dupont', 'Marie Dupont', 'Marie Dupont']);
    expect(commits.map((c) => c.subject)).toEqual(['Range\x1fla fiche', `Corrige\x1e${'0'.repeat(40)}\x1f2020-01-01T00:00:00+00:00\x1fFake Author\x1fevil`, 'Ajoute la fiche']);
    expect(commits.map((c) => [c.status, c.path, c.previousPath])).toEqual([
      ['R100', 'agreements/b.yaml', 'agreements/a.yaml'],
      ['M', 'agreements/a.yaml', undefined],
      ['A', 'agreements/a.yaml', undefined],
    ]);
    for (const c of commits) expect(c.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(commits.every((c) => !c.date.startsWith('2020'))).toBe(true);
  });

  it('keeps a path with spaces and accents as it is (not quoted by git)', () => {
    const repo = join(base, 'accents');
    mkdirSync(join(repo, 'agreements'), { recursive: true });
    run(repo, 'init', '-q');
    writeFileSync(join(repo, 'agreements/été 2024.yaml'), 'id: a\n');
    run(repo, 'add', '.');
    run(repo, 'commit', '-qm', 'Ajoute');
    const history = fileHistory(repo, 'agreements/été 2024.yaml');
    expect(history.ok && history.value.map((c) => c.path)).toEqual(['agreements/été 2024.yaml']);
  });

  it('refuses an output that does not have the shape it asked for', () => {
    expect(parseLog('', 'a.yaml')).toEqual([]);
    expect(parseLog('not a hash\0date\0author\0subject\0', 'a.yaml')).toBeUndefined();
    expect(parseLog(`${'a'.repeat(40)}\0date\0`, 'a.yaml')).toBeUndefined();
    expect(parseLog(`${'a'.repeat(40)}\0d\0au\0s\0\nR100\0only-one\0`, 'a.yaml')).toBeUndefined();
  });
});
