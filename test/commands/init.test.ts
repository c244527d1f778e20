import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { WORKFLOW } from '../../src/scaffold/files.js';
import { accords, PROJECT } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-init-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
const toolSpec = (dir: string) => (readJson(join(dir, 'package.json')).devDependencies as Record<string, string>).accords;

describe('accords init (end to end)', () => {
  it('scaffolds a repository that validates and drafts, with a package.json, editor settings and CI', () => {
    const dir = join(base, 'new');
    const run = accords(['init', dir]);
    expect(run.code).toBe(0);
    expect(accords(['validate', '--root', dir]).code).toBe(0);
    const settings = readJson(join(dir, '.vscode/settings.json')) as { 'yaml.schemas': Record<string, string[]> };
    expect(settings['yaml.schemas']['./node_modules/accords/schemas/agreement.schema.json']).toContain('agreements/**/*.yaml');
    // Each record's modeline points where npm install puts the schemas.
    expect(readFileSync(join(dir, 'agreements/national/amf-pole-emploi-2016.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/accords/schemas/agreement.schema.json');
    expect(readFileSync(join(dir, 'agreements/organizations.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/accords/schemas/organizations.schema.json');
    expect(readFileSync(join(dir, 'templates/amf-convention-locale.md.hbs'), 'utf8')).toContain('variables:');
    // Without --tool: this copy of the tool, a folder on this machine, and the message says so.
    expect(toolSpec(dir)).toBe(`file:${resolve(PROJECT)}`);
    expect(run.stderr).toContain(`package.json installs accords from file:${resolve(PROJECT)}`);
    expect(run.stderr).toContain('that folder is on this machine only');
    expect(run.stderr).toMatch(/next: cd .*new && npm install && npx accords validate/);
    // Every file written is listed.
    for (const file of ['package.json', 'agreements/organizations.yaml', '.github/workflows/accords.yml', 'examples/gironde.yaml']) expect(run.stderr).toContain(`  + ${file}\n`);
    // The example framework has a template, and the example values draft a convention that validates.
    expect(accords(['new', '--root', dir, '--from', 'amf-pole-emploi-2016', '--list-vars']).code).toBe(0);
    const drafted = accords(['new', '--root', dir, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', '--vars', join(dir, 'examples/gironde.yaml')]);
    expect(drafted.stderr).toContain('wrote agreements/local/amf-33-2026.yaml');
    expect(drafted.code).toBe(0);
    expect(accords(['validate', '--root', dir]).code).toBe(0);
    expect(accords(['render', '--check', '--root', dir]).code).toBe(0);
  });

  it('copies a tarball into vendor/ and names it in package.json, so the committed repository installs anywhere', () => {
    const tarball = join(base, 'accords-9.9.9.tgz');
    writeFileSync(tarball, 'not really a tarball, but a file with the name of one');
    const dir = join(base, 'packed');
    const run = accords(['init', 'packed', '--tool', './accords-9.9.9.tgz'], { cwd: base });
    expect(run.code).toBe(0);
    expect(toolSpec(dir)).toBe('file:vendor/accords-9.9.9.tgz');
    expect(readFileSync(join(dir, 'vendor/accords-9.9.9.tgz'), 'utf8')).toBe('not really a tarball, but a file with the name of one');
    expect(run.stderr).toContain('  + vendor/accords-9.9.9.tgz\n');
    expect(run.stderr).not.toContain('on this machine only');
  });

  it('writes a git URL, a version or a folder as npm reads them, and refuses a path that is not there', () => {
    const git = accords(['init', join(base, 'git'), '--tool', 'git+https://example.org/accords.git#v0.1.0']);
    expect(git.code).toBe(0);
    expect(toolSpec(join(base, 'git'))).toBe('git+https://example.org/accords.git#v0.1.0');
    expect(accords(['init', join(base, 'version'), '--tool', 'accords@^0.2.0']).code).toBe(0);
    expect(toolSpec(join(base, 'version'))).toBe('^0.2.0');
    mkdirSync(join(base, 'tools/accords'), { recursive: true });
    expect(accords(['init', 'folder', '--tool', 'tools/accords'], { cwd: base }).code).toBe(0);
    expect(toolSpec(join(base, 'folder'))).toBe('file:../tools/accords');
    const missing = accords(['init', join(base, 'missing'), '--tool', './accords-0.1.0.tgz']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('accords: --tool ./accords-0.1.0.tgz: there is no such file or folder\n');
    expect(existsSync(join(base, 'missing'))).toBe(false);
    writeFileSync(join(base, 'notes.txt'), 'x');
    expect(accords(['init', join(base, 'text'), '--tool', join(base, 'notes.txt')]).code).toBe(2);
  });

  it('refuses a folder that is not empty; with --force it adds the missing files, replaces none, and lists both', () => {
    const dir = join(base, 'busy');
    mkdirSync(join(dir, 'agreements'), { recursive: true });
    // A repository that has seven organizations and its own README.
    const registry = `${Array.from({ length: 7 }, (_, i) => `- id: org-${i}\n  name: Organisation ${i}\n  kind: other\n`).join('')}`;
    writeFileSync(join(dir, 'agreements/organizations.yaml'), registry);
    writeFileSync(join(dir, 'README.md'), '# Mon dépôt\n');
    writeFileSync(join(dir, 'package.json'), '{ "name": "mine", "private": true }\n');
    const again = accords(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('is not empty');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Mon dépôt\n');
    const forced = accords(['init', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'agreements/organizations.yaml'), 'utf8')).toBe(registry);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('# Mon dépôt\n');
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe('{ "name": "mine", "private": true }\n');
    expect(forced.stderr).toContain('left 3 files as they were (they exist already):\n  = agreements/organizations.yaml\n  = package.json\n  = README.md\n');
    expect(forced.stderr).toContain('  + templates/amf-convention-locale.md.hbs\n');
    expect(forced.stderr).toContain('package.json was there already and does not name accords: add it with `npm install --save-dev file:');
    // Twice: nothing left to write, nothing replaced.
    const twice = accords(['init', dir, '--force']);
    expect(twice.code).toBe(0);
    expect(twice.stderr).not.toContain('wrote');
    expect(twice.stderr).toMatch(/left \d+ files as they were/);
    expect(readFileSync(join(dir, 'agreements/organizations.yaml'), 'utf8')).toBe(registry);
  });

  it('speaks French when it refuses a busy folder and when it writes', () => {
    const dir = join(base, 'occupe');
    const first = accords(['init', dir, '--lang', 'fr']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^accords: 15 fichiers écrits dans .*occupe :\n/);
    expect(first.stderr).toContain('  ensuite : cd ');
    const again = accords(['init', dir], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(' n’est pas vide (');
    expect(again.stderr).toContain(') ; rien n’a été écrit\n  lancez la commande dans un dossier vide, ou ajoutez --force pour ajouter les fichiers manquants (un fichier qui existe n’est jamais remplacé)\n');
  });

  it('ships the same workflow this repository runs: a Node matrix, an install that works before the first lock file, deadlines on a schedule', () => {
    expect(readFileSync(join(PROJECT, '.github/workflows/accords.yml'), 'utf8')).toBe(WORKFLOW);
    const workflow = parse(WORKFLOW) as { on: Record<string, unknown>; jobs: Record<string, { if?: string; strategy?: { matrix: { node: number[] } }; steps: { run?: string }[] }> };
    expect(workflow.on.schedule).toEqual([{ cron: '0 6 * * 1' }]);
    expect(workflow.jobs.check!.strategy!.matrix.node).toEqual([20, 22, 24]);
    expect(workflow.jobs.check!.if).toBe("github.event_name != 'schedule'");
    expect(workflow.jobs.check!.steps.map((s) => s.run)).toContain('if [ -f package-lock.json ]; then npm ci; else npm install; fi');
    expect(workflow.jobs.deadlines!.steps.map((s) => s.run)).toContain('npx accords due --format github --within 3m');
  });

  it('says in engines the Node versions the workflow and .ci/run test', () => {
    const engines = (readJson(join(PROJECT, 'package.json')).engines as { node: string }).node;
    expect(engines).toBe('^20.19.0 || ^22.12.0 || ^24.0.0');
    expect(readFileSync(join(PROJECT, '.ci/run'), 'utf8')).toMatch(/for major in 22 24/);
  });
});
