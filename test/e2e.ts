import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/accords', import.meta.url));
export const PROJECT = fileURLToPath(new URL('..', import.meta.url));

/** A fixture root: `fixture('minimal')`. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/roots/${name}`, import.meta.url));
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the built CLI (npm test builds first) as a user would, without colour unless asked. */
export function accords(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Run {
  // English unless a test asks otherwise, whatever the machine's locale.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ACCORDS_ROOT: undefined, ACCORDS_CACHE: '0', LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? PROJECT, env, encoding: 'utf8', input: options.input ?? '', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `--set` arguments that draft a Gironde convention from the AMF template (a draft, planned for 2026-12-01). */
export const GIRONDE = [
  'partenaire_id=ad-maires-33',
  'partenaire_nom=Association des maires de la Gironde',
  'partenaire_signataire=Marie Dupont',
  'partenaire_signataire_civilite=Madame',
  'direction_territoriale=Direction territoriale de la Gironde',
  'directeur=Paul Martin',
  'directeur_civilite=Monsieur',
  'departement=33',
  'date_prevue=2026-12-01',
  'lieu_signature=Bordeaux',
].flatMap((s) => ['--set', s]);
