import { execFileSync } from 'node:child_process';
import type { Message } from '../text/say.js';
import { message } from '../text/say.js';

export type GitResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: Message; readonly hint?: Message };

/** Run git in `cwd` (never through a shell); its faults become messages, not exceptions. */
export function git(cwd: string, args: readonly string[]): GitResult<string> {
  try {
    return { ok: true, value: execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') return { ok: false, message: message('git.notInstalled'), hint: message('git.notInstalledHint') };
    const stderr = String(e.stderr ?? '').trim();
    if (/not a git repository/i.test(stderr)) return { ok: false, message: message('git.notRepository', { folder: cwd }), hint: message('git.notRepositoryHint') };
    return { ok: false, message: message('git.failed', { command: args[0] ?? '', detail: stderr.split('\n')[0] || e.message }) };
  }
}

/** The repository's top folder, or why there is none. */
export function repositoryTop(cwd: string): GitResult<string> {
  const top = git(cwd, ['rev-parse', '--show-toplevel']);
  return top.ok ? { ok: true, value: top.value.trim() } : top;
}

export function isShallow(cwd: string): boolean {
  const result = git(cwd, ['rev-parse', '--is-shallow-repository']);
  return result.ok && result.value.trim() === 'true';
}

export interface Commit {
  readonly commit: string;
  readonly date: string;
  readonly author: string;
  readonly subject: string;
  /** The file's path in that commit, and before it (a rename), relative to the repository top. */
  readonly path: string;
  readonly previousPath?: string;
  readonly status: string;
}

/**
 * The commits that touched `file` (relative to `top`), newest first, following renames.
 * Read with `-z`: every field ends with a NUL, the one byte a commit message, an author name
 * or a path cannot hold (git cuts a message at a NUL) — a message full of other control
 * characters cannot make up a commit, an author or a date.
 */
export function fileHistory(top: string, file: string): GitResult<Commit[]> {
  const log = git(top, ['log', '--follow', '-z', '--format=%H%x00%aI%x00%an%x00%s', '--name-status', '--', file]);
  if (!log.ok) return log;
  const commits = parseLog(log.value, file);
  return commits ? { ok: true, value: commits } : { ok: false, message: message('git.failed', { command: 'log', detail: message('yamlsuite.gitLogUnreadable') }) };
}

const HASH = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * `git log -z --format=%H%x00%aI%x00%an%x00%s --name-status` read field by field: each commit's
 * four fields, then (after a line break) its status and one path, or two for a rename or a copy.
 * `undefined` when the output does not have that shape.
 */
export function parseLog(output: string, file: string): Commit[] | undefined {
  const fields = output.split('\0');
  if (fields.at(-1) === '') fields.pop();
  const commits: Commit[] = [];
  let i = 0;
  while (i < fields.length) {
    const [commit, date, author, subject] = fields.slice(i, i + 4);
    if (commit === undefined || !HASH.test(commit) || date === undefined || author === undefined || subject === undefined) return undefined;
    i += 4;
    let code = 'M';
    let path = file;
    let previousPath: string | undefined;
    const status = fields[i];
    if (status !== undefined && /^\n[A-Z][0-9]*$/.test(status)) {
      code = status.slice(1);
      const two = code.startsWith('R') || code.startsWith('C');
      const paths = fields.slice(i + 1, i + (two ? 3 : 2));
      if (paths.length !== (two ? 2 : 1)) return undefined;
      path = paths.at(-1)!;
      if (code.startsWith('R')) previousPath = paths[0];
      i += two ? 3 : 2;
    }
    commits.push({ commit, date, author, subject, path, status: code, ...(previousPath !== undefined ? { previousPath } : {}) });
  }
  return commits;
}

/** A file's content at a commit, or undefined when it did not exist there. */
export function showFile(top: string, commit: string, path: string): string | undefined {
  const result = git(top, ['show', `${commit}:${path}`]);
  return result.ok ? result.value : undefined;
}

/** Files changed since `base` (committed since the merge base, staged, unstaged and untracked), relative to `top`. */
export function changedFiles(top: string, base: string): GitResult<string[]> {
  const files = new Set<string>();
  const committed = base === 'HEAD' ? { ok: true as const, value: '' } : git(top, ['diff', '--name-only', `${base}...HEAD`]);
  if (!committed.ok) return committed;
  const working = git(top, ['diff', '--name-only', 'HEAD']);
  if (!working.ok) return working;
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard']);
  if (!untracked.ok) return untracked;
  for (const list of [committed.value, working.value, untracked.value]) for (const line of list.split('\n')) if (line.trim()) files.add(line.trim());
  return { ok: true, value: [...files].sort() };
}
