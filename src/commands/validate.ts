import { relative, resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { ExitCode } from '../types.js';
import { VALIDATE_FORMATS } from '../format/validate/index.js';
import { wordProblem } from '../format/word-problem.js';
import { runPipeline } from '../pipeline/run.js';
import { resolveRoot } from '../load/root.js';
import { toRelative } from '../load/tree.js';
import { TOOL_VERSION } from '../version.js';
import type { CommonOptions, Io } from './context.js';
import { cacheFolderFor, paintFor, pickFormat, usageError, writePieces } from './context.js';
import type { Message, Say } from '../text/say.js';

export interface ValidateOptions extends CommonOptions {
  maxWarnings?: string;
  changed?: boolean;
  base?: string;
}

/** `accords validate [paths...]`: every record and the registry; exit 1 on any error. */
export async function validateCommand(paths: string[], options: ValidateOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = pickFormat(io, VALIDATE_FORMATS, options.format, 'stylish');
  if (typeof format === 'number') return format;
  const maxWarnings = options.maxWarnings === undefined ? undefined : Number(options.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    return usageError(io, say('commands.maxWarningsNotWhole', { value: String(options.maxWarnings) }));
  }
  const found = resolveRoot(options.root, io.env, io.cwd);
  if (!found.ok) return usageError(io, say.message(found.message), say.message(found.hint));
  const { root } = found;

  const scope = selectScope(say, root, paths, io.cwd);
  if (!Array.isArray(scope)) return usageError(io, scope.message, scope.hint);
  if (options.base !== undefined && !options.changed) return usageError(io, say('commands.baseWithoutChanged'));
  if (options.changed) {
    const changed = await changedScope(say, root, options.base ?? 'HEAD');
    if (!Array.isArray(changed)) return usageError(io, changed.message, changed.hint);
    // Nothing changed: nothing to report, but an empty scope would mean "everything".
    // (A loop, not `push(...changed)`: a mass rename can list more files than a call takes arguments.)
    for (const file of changed.length > 0 ? changed : ['\u0000none']) scope.push(file);
  }

  const tree = await runPipeline(root, { cacheFolder: cacheFolderFor(io, options, root), diagnosticsOnly: true, place: true, digest: true });
  const inScope = scopeFilter(scope);
  const diagnostics = tree.diagnostics.filter((d) => inScope(d.file)).map((d) => wordProblem(say, d));

  const paint = options.format === undefined || options.format === 'stylish' ? await paintFor(io, options) : await paintFor(io, { color: false });
  const files = tree.files.filter(inScope);
  // Only SARIF describes the rules, and loading them costs a run served from the cache its speed.
  const described = options.format === 'sarif' ? (await import('../check/rules/descriptions.js')).ruleDescriptions() : undefined;
  const rules = described && new Map([...described].map(([id, key]) => [id, say.message({ key })]));
  await writePieces(
    io,
    format(
      { diagnostics, filesChecked: files.length, files },
      { say, paint, displayPath: (file) => relative(io.cwd, resolve(root, file)).split('\\').join('/') || file, toolVersion: TOOL_VERSION, rules },
    ),
  );

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`accords: ${say('commands.tooManyWarnings', { count: warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** The given paths as root-relative prefixes; each must exist inside `<root>/agreements`. */
function selectScope(say: Say, root: string, paths: readonly string[], cwd: string): string[] | { message: string; hint: string } {
  const scope: string[] = [];
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    try {
      statSync(absolute);
    } catch {
      return { message: say('commands.noSuchPath', { path }), hint: say('commands.noSuchPathHint') };
    }
    const rel = toRelative(root, absolute);
    if (rel !== 'agreements' && !rel.startsWith('agreements/')) {
      return { message: say('commands.pathOutsideAgreements', { path, folder: toRelative(cwd, root) || '.' }), hint: say('commands.pathOutsideAgreementsHint') };
    }
    scope.push(rel);
  }
  return scope;
}

/**
 * Whether a file is in the scope: one of its entries, or under one; an empty scope is everything.
 * Looked up by the file's own name and its folders', so 100,000 changed files cost no more than one.
 */
function scopeFilter(scope: readonly string[]): (file: string) => boolean {
  if (scope.length === 0) return () => true;
  const entries = new Set(scope);
  return (file) => {
    for (let end = file.length; end > 0; end = file.lastIndexOf('/', end - 1)) if (entries.has(file.slice(0, end))) return true;
    return false;
  };
}

/** Root-relative files under agreements/ that git sees as changed since `base`. */
async function changedScope(say: Say, root: string, base: string): Promise<string[] | { message: string; hint?: string }> {
  const { changedFiles, repositoryTop } = await import('../git/git.js');
  const top = repositoryTop(root);
  if (!top.ok) return said(say, top);
  const files = changedFiles(top.value, base);
  if (!files.ok) return said(say, files);
  return files.value.map((file) => toRelative(root, resolve(top.value, file))).filter((file) => file.startsWith('agreements/'));
}

/** A git failure in words. */
function said(say: Say, failure: { readonly message: Message; readonly hint?: Message }): { message: string; hint?: string } {
  return failure.hint ? { message: say.message(failure.message), hint: say.message(failure.hint) } : { message: say.message(failure.message) };
}
