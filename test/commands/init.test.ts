import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORKFLOW } from '../../src/scaffold/files.js';
import { accords, PROJECT } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-init-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('accords init (end to end)', () => {
  it('scaffolds a repository that validates, with editor settings and CI', () => {
    const dir = join(base, 'new');
    const run = accords(['init', dir]);
    expect(run.code).toBe(0);
    expect(accords(['validate', '--root', dir]).code).toBe(0);
    const settings = JSON.parse(readFileSync(join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./node_modules/accords/schemas/agreement.schema.json']).toContain('agreements/**/*.yaml');
    expect(readFileSync(join(dir, '.github/workflows/accords.yml'), 'utf8')).toContain('npx accords validate --format github');
    expect(readFileSync(join(dir, 'templates/amf-convention-locale.md.hbs'), 'utf8')).toContain('variables:');
    expect(accords(['new', '--root', dir, '--from', 'exemple-accord-cadre', '--list-vars']).code).toBe(1);
  });

  it('refuses a folder that is not empty, unless --force', () => {
    const dir = join(base, 'busy');
    accords(['init', dir]);
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const again = accords(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect(accords(['init', dir, '--force']).code).toBe(0);
  });

  it('speaks French when it refuses a busy folder and when it writes', () => {
    const dir = join(base, 'occupe');
    const first = accords(['init', dir, '--lang', 'fr']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^accords: \d+ fichiers écrits dans .*occupe\n  ensuite : npm install --save-dev accords && npx accords validate\n$/);
    const again = accords(['init', dir], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(' n’est pas vide (');
    expect(again.stderr).toContain(') ; rien n’a été écrit\n  lancez la commande dans un dossier vide, ou ajoutez --force pour y ajouter les fichiers (ceux qui existent sont remplacés)\n');
  });

  it('ships the same workflow this repository runs', () => {
    expect(readFileSync(join(PROJECT, '.github/workflows/accords.yml'), 'utf8')).toBe(WORKFLOW);
  });
});
