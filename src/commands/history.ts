import { relative } from 'node:path';
import type { ExitCode } from '../types.js';
import { diffRecords } from '../git/diff-records.js';
import type { FieldChange } from '../git/diff-records.js';
import { fileHistory, isShallow, repositoryTop, showFile } from '../git/git.js';
import { runPipeline } from '../pipeline/run.js';
import { resolveRoot } from '../load/root.js';
import { parseYaml } from '../parse/yaml.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { cacheFolderFor, chooseFormat, paintFor, usageError } from './context.js';
import { FORMATS } from './formats.js';

interface Entry {
  commit: string;
  date: string;
  author: string;
  subject: string;
  file: string;
  changes: FieldChange[];
}

/** `accords history <id>`: the commits that touched a record, and what each changed, in words. */
export async function historyCommand(id: string, options: CommonOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = chooseFormat(io, FORMATS.history, options.format);
  if (typeof format === 'number') return format;
  const found = resolveRoot(options.root, io.env, io.cwd);
  if (!found.ok) return usageError(io, say.message(found.message), say.message(found.hint));
  const tree = await runPipeline(found.root, { cacheFolder: cacheFolderFor(io, options, found.root) });
  const files = [...tree.agreements.map((a) => ({ id: a.agreement.id, file: a.file })), ...tree.invalidFiles.map((file) => ({ id: file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''), file }))];
  const target = files.find((f) => f.id === id);
  if (!target) {
    const guess = closest(id, files.map((f) => f.id));
    return usageError(io, say('commands.noAgreementWithId', { id }), guess ? say('common.didYouMean', { guess }) : say('commands.seeListForIds'));
  }
  const top = repositoryTop(found.root);
  if (!top.ok) return usageError(io, say.message(top.message), top.hint && say.message(top.hint));
  const path = relative(top.value, `${found.root}/${target.file}`).split('\\').join('/');
  const log = fileHistory(top.value, path);
  if (!log.ok) return usageError(io, say.message(log.message), log.hint && say.message(log.hint));
  if (isShallow(top.value)) {
    const date = log.value.at(-1)?.date.slice(0, 10);
    io.stderr(`accords: ${date === undefined ? say('commands.shallowCloneNoDate') : say('commands.shallowClone', { date })}\n`);
  }

  const valueAt = (commit: string, file: string): unknown => {
    const text = showFile(top.value, commit, file);
    return text === undefined ? undefined : parseYaml(text).value;
  };
  const entries: Entry[] = log.value.map((c) => {
    const after = valueAt(c.commit, c.path);
    const before = c.status.startsWith('A') ? undefined : valueAt(`${c.commit}^`, c.previousPath ?? c.path);
    const changes: FieldChange[] =
      before === undefined
        ? [{ path: '', kind: 'added', text: c.previousPath ? say('commands.fileRenamed', { path: c.previousPath }) : say('commands.fileCreated') }]
        : after === undefined
          ? [{ path: '', kind: 'removed', text: say('commands.fileDeleted') }]
          : [...(c.previousPath ? [{ path: '', kind: 'changed' as const, text: say('commands.fileRenamed', { path: c.previousPath }) }] : []), ...diffRecords(say, before, after)];
    return { commit: c.commit, date: c.date, author: c.author, subject: c.subject, file: c.path, changes };
  });

  if (format === 'json') {
    io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  const paint = await paintFor(io, options);
  if (entries.length === 0) io.stdout(`${say('commands.noCommitYet', { path })}\n`);
  for (const e of entries) {
    io.stdout(`${paint.bold(e.date.slice(0, 10))}  ${paint.dim(e.commit.slice(0, 8))}  ${e.author}  ${e.subject}\n`);
    for (const change of e.changes) io.stdout(`    ${change.text}\n`);
    if (e.changes.length === 0) io.stdout(`    ${paint.dim(say('commands.noFieldChanged'))}\n`);
  }
  return 0;
}
