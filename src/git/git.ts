import { execFileSync } from 'node:child_process';
import { say } from '../text/say.js';

export type GitResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string; readonly hint?: string };

/** Run git in `cwd` (never through a shell); its faults become messages, not exceptions. */
export function git(cwd: string, args: readonly string[]): GitResult<string> {
  try {
    return { ok: true, value: execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 }) };
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: string };
    if (e.code === 'ENOENT') return { ok: false, message: say('git.notInstalled'), hint: say('git.notInstalledHint') };
    const stderr = String(e.stderr ?? '').trim();
    if (/not a git repository/i.test(stderr)) return { ok: false, message: say('git.notRepository', { folder: cwd }), hint: say('git.notRepositoryHint') };
    return { ok: false, message: say('git.failed', { command: args[0] ?? '', detail: stderr.split('\n')[0] || e.message }) };
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

/** The commits that touched `file` (relative to `top`), newest first, following renames. */
export function fileHistory(top: string, file: string): GitResult<Commit[]> {
  const log = git(top, ['log', '--follow', '--format=%x1e%H%x1f%aI%x1f%an%x1f%s', '--name-status', '--', file]);
  if (!log.ok) return log;
  const commits: Commit[] = [];
  for (const chunk of log.value.split('\x1e').slice(1)) {
    const [header, ...rest] = chunk.split('\n');
    const [commit, date, author, subject] = header!.split('\x1f') as [string, string, string, string];
    const status = rest.find((line) => line.trim() !== '')?.split('\t') ?? [];
    const code = status[0] ?? 'M';
    const path = (code.startsWith('R') || code.startsWith('C') ? status[2] : status[1]) ?? file;
    commits.push({ commit, date, author, subject, path, status: code, ...(code.startsWith('R') ? { previousPath: status[1] } : {}) });
  }
  return { ok: true, value: commits };
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
