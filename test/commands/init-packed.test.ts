/**
 * A newcomer's first hour, without the network: the tool packed as `npm pack` makes it, a
 * repository made by `accords init --tool <tarball>`, installed from that tarball and the npm
 * cache, then the scaffolded workflow's commands run one by one as CI would run them, then a
 * convention drafted and checked there. About 20 s, most of it `npm ci` unpacking the dependencies.
 *
 * Offline: the tool's own dependencies come from the npm cache that installing the tool filled
 * (`npm ci` in this repository, the first step of .ci/run). The repository gets the lock file a
 * user's first `npm install` would write — the tool's locked dependencies and the tarball — so
 * `npm ci --offline` finds every package in the cache by its integrity (and, where npm is set to
 * leave registry URLs out of lock files, by the package documents that same `npm ci` cached).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { accords, PROJECT } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-packed-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const repo = join(base, 'accords-gironde');
const summary = join(base, 'summary.md');

/** A shell line as a workflow step runs it (`bash -e`), offline, with this test's Node first on PATH. */
function sh(line: string, cwd = repo) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    GITHUB_STEP_SUMMARY: summary,
    ACCORDS_CACHE_DIR: '.accords-cache',
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
  };
  for (const key of ['ACCORDS_ROOT', 'LC_ALL', 'LC_MESSAGES', 'FORCE_COLOR', 'npm_config_prefix']) delete env[key];
  const run = spawnSync('bash', ['-e', '-c', line], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** What a user's first `npm install` writes: the tarball and the dependencies the tool was locked with. */
function lockFileFor(tarball: string): string {
  const tool = JSON.parse(readFileSync(join(PROJECT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
  const manifest = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as Record<string, unknown>;
  const spec = `file:vendor/${tarball}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(join(repo, 'vendor', tarball))).digest('base64')}`;
  const packages: Record<string, unknown> = {
    '': { name: 'accords-gironde', devDependencies: { accords: spec } },
    'node_modules/accords': { version: manifest.version, resolved: spec, integrity, dev: true, license: manifest.license, dependencies: manifest.dependencies, bin: manifest.bin, engines: manifest.engines },
  };
  for (const [path, entry] of Object.entries(tool.packages)) if (path !== '' && !entry.dev && !entry.devOptional) packages[path] = { ...entry, dev: true };
  return `${JSON.stringify({ name: 'accords-gironde', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

interface Workflow {
  jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
}

// `due --format github` comes with the deadlines-in-CI work (SPEC §6); until this build has it, its step is skipped, and said so.
const dueSpeaksGithub = accords(['due', '--format', 'github', '--root', join(PROJECT, 'test/fixtures/roots/minimal'), '--within', '1d']).code !== 2;

describe('a repository made by accords init from a packed tool, installed offline', () => {
  let tarball = '';
  let steps: string[] = [];

  it('packs the tool with its schemas, templates and examples', () => {
    const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', base], { cwd: PROJECT, encoding: 'utf8', timeout: 120_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    tarball = info!.filename;
    const paths = info!.files.map((f) => f.path);
    for (const file of ['bin/accords', 'dist/bundle/cli.js', 'schemas/agreement.schema.json', 'schemas/organizations.schema.json', 'templates/amf-convention-locale.md.hbs', 'agreements/national/amf-pole-emploi-2016.yaml', 'examples/gironde.yaml']) {
      expect(paths).toContain(file);
    }
  }, 120_000);

  it('init --tool <tarball> writes a package.json that names the copied tarball', () => {
    const run = accords(['init', 'accords-gironde', '--tool', join(base, tarball)], { cwd: base });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`package.json installs accords from file:vendor/${tarball}`);
    writeFileSync(join(repo, 'package-lock.json'), lockFileFor(tarball));
    const workflow = parse(readFileSync(join(repo, '.github/workflows/accords.yml'), 'utf8')) as Workflow;
    steps = [...new Set(Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : []))))];
    expect(steps.length).toBeGreaterThanOrEqual(5);
  });

  it('installs offline with the workflow’s own install step, and the editor settings’ schema paths then exist', () => {
    const install = steps.find((line) => line.includes('npm ci'))!;
    const run = sh(install);
    expect(run.code, `${run.stdout}\n${run.stderr}\n(offline: run npm ci in the tool first, so the npm cache holds its dependencies)`).toBe(0);
    const settings = JSON.parse(readFileSync(join(repo, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    for (const schema of Object.keys(settings['yaml.schemas'])) expect(existsSync(join(repo, schema)), schema).toBe(true);
    expect(readdirSync(join(repo, 'node_modules/accords/templates'))).toContain('amf-convention-locale.md.hbs');
  }, 120_000);

  it('runs the workflow’s check steps one by one, all green: validate with annotations, render --check, the report', () => {
    const checks = steps.filter((line) => line.includes('npx accords') && !line.includes('accords due --format github'));
    expect(checks.some((line) => line.includes('validate --format github'))).toBe(true);
    expect(checks.some((line) => line.includes('render --check'))).toBe(true);
    for (const line of checks) {
      const run = sh(line);
      expect(run.code, `${line}\n${run.stdout}\n${run.stderr}`).toBe(0);
      if (line.includes('validate --format github')) expect(run.stdout).toContain('::warning file=agreements/national/amf-pole-emploi-2016.yaml,line=15,col=12');
    }
    expect(readFileSync(summary, 'utf8')).toContain('## Échéances des trois prochains mois');
  }, 120_000);

  it.skipIf(!dueSpeaksGithub)('runs the scheduled deadlines step (due --format github), green', () => {
    const line = steps.find((l) => l.includes('accords due --format github'))!;
    const run = sh(line);
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 60_000);

  it('drafts a convention from the example values, which then validates and matches its text', () => {
    const drafted = sh('npx accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars examples/gironde.yaml');
    expect(drafted.code, drafted.stderr).toBe(0);
    expect(readFileSync(join(repo, 'agreements/local/amf-33-2026.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/accords/schemas/agreement.schema.json');
    const validate = sh('npx accords validate --format github');
    expect(validate.code, validate.stdout).toBe(0);
    expect(validate.stdout).not.toContain('amf-33-2026');
    expect(sh('npx accords render --check').code).toBe(0);
    expect(sh('npx accords list --kind local --format json').stdout).toContain('"id": "amf-33-2026"');
  }, 60_000);
});
