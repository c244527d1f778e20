import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { git, repositoryTop } from '../../src/git/git.js';
import { useLanguage } from '../../src/text/say.js';

// A folder outside any repository (GIT_CEILING_DIRECTORIES keeps git from looking above it).
const base = mkdtempSync(join(tmpdir(), 'accords-git-'));
const previousCeiling = process.env.GIT_CEILING_DIRECTORIES;
process.env.GIT_CEILING_DIRECTORIES = tmpdir();
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
  if (previousCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
  else process.env.GIT_CEILING_DIRECTORIES = previousCeiling;
});
afterEach(() => useLanguage('en'));

describe('git', () => {
  it('says a folder outside a repository', () => {
    expect(repositoryTop(base)).toEqual({ ok: false, message: `${base} is not in a git repository`, hint: 'run `git init` there, or point --root at a clone' });
  });

  it('says it in French, the command as it is', () => {
    useLanguage('fr');
    expect(repositoryTop(base)).toEqual({ ok: false, message: `${base} n’est pas dans un dépôt git`, hint: 'lancez `git init` dans ce dossier, ou pointez --root sur un clone' });
    const failed = git(base, ['no-such-command']);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.message).toMatch(/^échec de git no-such-command : /);
  });
});
