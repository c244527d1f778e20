import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRoot as rootMessages } from '../../src/load/root.js';
import { en, fr } from '../say.js';
import { wordedBy } from '../worded.js';

const resolveRoot = wordedBy(en, rootMessages);
const resolveRootFr = wordedBy(fr, rootMessages);

const base = mkdtempSync(join(tmpdir(), 'accords-root-'));
const repo = join(base, 'repo');
mkdirSync(join(repo, 'agreements', 'local'), { recursive: true });
const empty = join(base, 'empty');
mkdirSync(empty);
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveRoot', () => {
  it('finds the nearest folder with agreements/ above the working folder', () => {
    expect(resolveRoot(undefined, {}, join(repo, 'agreements', 'local'))).toEqual({ ok: true, root: repo });
  });

  it('says why a given root is refused', () => {
    expect(resolveRoot(empty, {}, base)).toEqual({ ok: false, message: `--root: ${empty} has no agreements/ folder`, hint: 'point it at the folder that holds agreements/, or run `accords init` there' });
    expect(resolveRoot(undefined, { ACCORDS_ROOT: 'missing' }, base)).toMatchObject({ ok: false, message: `$ACCORDS_ROOT: ${join(base, 'missing')} is not a readable folder` });
  });

  it('says it in French, keeping the option and the folder names', () => {
    expect(resolveRootFr(empty, {}, base)).toEqual({
      ok: false,
      message: `--root : ${empty} n’a pas de dossier agreements/`,
      hint: 'indiquez le dossier qui contient agreements/, ou lancez `accords init` dans celui-ci',
    });
    expect(resolveRootFr(undefined, { ACCORDS_ROOT: 'missing' }, base)).toMatchObject({ message: `$ACCORDS_ROOT : ${join(base, 'missing')} n’est pas un dossier lisible` });
    expect(resolveRootFr(undefined, {}, empty)).toMatchObject({ message: `aucun dossier agreements/ dans ${empty} ni dans ses dossiers parents` });
  });
});
