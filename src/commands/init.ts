import { constants, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ExitCode } from '../types.js';
import { assetPath, PACKAGE_DIR } from '../load/assets.js';
import { writeFileAtomic } from '../load/write.js';
import { packageName, scaffold } from '../scaffold/files.js';
import type { ScaffoldFile } from '../scaffold/files.js';
import type { Io } from './context.js';
import { usageError } from './context.js';
import type { Say } from '../text/say.js';

/** Where the tool comes from: the `devDependencies.accords` spec, and a tarball to copy into the repository. */
interface ToolSource {
  readonly spec: string;
  readonly copy?: { readonly from: string; readonly to: string };
  /** A folder on this machine: CI elsewhere will not find it. */
  readonly local?: boolean;
}

/**
 * `accords init [dir] [--tool <spec>] [--force]`: a new repository of agreements that installs
 * the tool, validates and drafts as it is. A folder that is not empty only with --force, and then
 * only the missing files are added: a file that exists is never replaced. Every file written, and
 * every one left, is listed.
 */
export async function initCommand(dir: string | undefined, options: { force?: boolean; tool?: string }, io: Io): Promise<ExitCode> {
  const { say } = io;
  const target = resolve(io.cwd, dir ?? '.');
  let existing: string[] = [];
  try {
    existing = readdirSync(target).filter((name) => name !== '.git');
  } catch {
    existing = [];
  }
  if (existing.length > 0 && !options.force) {
    const names = `${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}`;
    io.stderr(`accords: ${say('init.folderNotEmpty', { folder: target, names })}\n  ${say('init.folderNotEmptyHint')}\n`);
    return 1;
  }
  const tool = toolSource(say, options.tool, io.cwd, target);
  if ('problem' in tool) return usageError(io, tool.problem);

  const files = scaffold({ name: packageName(basename(target)), tool: tool.spec, shipped: shippedFiles() });
  const wrote: string[] = [];
  const left: string[] = [];
  if (tool.copy) {
    const to = join(target, tool.copy.to);
    try {
      mkdirSync(join(target, 'vendor'), { recursive: true });
      copyFileSync(tool.copy.from, to, constants.COPYFILE_EXCL);
      wrote.push(tool.copy.to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') left.push(tool.copy.to);
      else {
        io.stderr(`accords: ${say('init.copyFailed', { from: tool.copy.from, to, detail: (error as Error).message })}\n`);
        return 1;
      }
    }
  }
  for (const file of files) {
    // Never replaced: with --force too, a file that exists is left as it is (the link step refuses it).
    const written = writeFileAtomic(join(target, file.path), file.text, { overwrite: false });
    if (written.ok) wrote.push(file.path);
    else if (written.reason === 'exists') left.push(file.path);
    else {
      report(io, target, wrote, left);
      io.stderr(`accords: ${say.message(written.message)}\n`);
      return 1;
    }
  }
  report(io, target, wrote, left);
  io.stderr(`  ${say('init.toolFrom', { spec: tool.spec })}\n`);
  if (tool.local) io.stderr(`  ${say('init.toolLocal')}\n`);
  if (left.includes('package.json') && !namesTool(join(target, 'package.json'))) io.stderr(`  ${say('init.packageJsonKept', { spec: tool.spec })}\n`);
  io.stderr(`  ${say('init.next', { folder: relative(io.cwd, target) || '.' })}\n`);
  return 0;
}

function report(io: Io, target: string, wrote: readonly string[], left: readonly string[]): void {
  const { say } = io;
  if (wrote.length > 0) io.stderr(`accords: ${say('init.wrote', { count: wrote.length, folder: target })}\n${wrote.map((p) => `  + ${p}\n`).join('')}`);
  if (left.length > 0) io.stderr(`accords: ${say('init.left', { count: left.length })}\n${left.map((p) => `  = ${p}\n`).join('')}`);
}

function namesTool(packageFile: string): boolean {
  try {
    const json = JSON.parse(readFileSync(packageFile, 'utf8')) as Record<string, Record<string, unknown> | undefined>;
    return ['dependencies', 'devDependencies', 'optionalDependencies'].some((field) => json[field]?.accords !== undefined);
  } catch {
    return false;
  }
}

const REMOTE = /^(?:git\+|git:|github:|gitlab:|bitbucket:|gist:|https?:|file:)|:\/\//;
const TARBALL = /\.(?:tgz|tar\.gz|tar)$/;

/**
 * `--tool`: a URL or a version is written as given; a tarball is copied into `vendor/` (so the
 * repository, once committed, installs the same tool anywhere); a folder becomes `file:<path>`.
 * Without it, this very copy of the tool (a folder on this machine).
 */
function toolSource(say: Say, given: string | undefined, cwd: string, target: string): ToolSource | { problem: string } {
  if (given === undefined || given.trim() === '') return { spec: `file:${PACKAGE_DIR.replace(/[\\/]$/, '')}`, local: true };
  const spec = given.trim();
  if (REMOTE.test(spec)) return { spec };
  if (spec.startsWith('accords@')) return { spec: spec.slice('accords@'.length) || 'latest' };
  const path = resolve(cwd, spec);
  let kind: 'file' | 'folder' | undefined;
  try {
    const stat = statSync(path);
    kind = stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : undefined;
  } catch {
    kind = undefined;
  }
  if (kind === 'folder') {
    const rel = relative(target, path).split(sep).join('/');
    return { spec: `file:${rel === '' ? '.' : rel}`, local: true };
  }
  if (kind === 'file') {
    if (!TARBALL.test(spec)) return { problem: say('init.toolNotTarball', { spec }) };
    const to = `vendor/${basename(path)}`;
    return { spec: `file:${to}`, copy: { from: path, to } };
  }
  if (/^[./~]/.test(spec) || spec.includes('/') || TARBALL.test(spec)) return { problem: say('init.toolMissing', { spec }) };
  return { spec }; // a version, a range or a dist-tag
}

/** The tool's registry, national agreements, templates and examples, as the package ships them. */
function shippedFiles(): ScaffoldFile[] {
  const files: ScaffoldFile[] = [];
  const add = (relativePath: string) => {
    try {
      files.push({ path: relativePath, text: readFileSync(assetPath(relativePath), 'utf8') });
    } catch {
      // not shipped: the scaffold does without
    }
  };
  add('agreements/organizations.yaml');
  for (const name of listing('agreements/national', /\.ya?ml$/)) add(`agreements/national/${name}`);
  for (const name of listing('templates', /\.md\.hbs$/)) add(`templates/${name}`);
  for (const name of listing('examples', /\.ya?ml$/)) add(`examples/${name}`);
  return files;
}

function listing(folder: string, pattern: RegExp): string[] {
  try {
    return readdirSync(assetPath(folder))
      .filter((name) => pattern.test(name))
      .sort();
  } catch {
    return [];
  }
}
