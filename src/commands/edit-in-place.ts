import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { stringify } from 'yaml';
import type { Agreement, ExitCode, LoadedAgreement } from '../types.js';
import type { FieldEdit } from '../edit/edit-record.js';
import { editRecordText, pathText, valueAt } from '../edit/edit-record.js';
import type { LoadedTree } from '../pipeline/run.js';
import { wordProblem } from '../format/word-problem.js';
import { runPipeline } from '../pipeline/run.js';
import { writeFileAtomic } from '../load/write.js';
import { parseYaml } from '../parse/yaml.js';
import { closest } from '../text/suggest.js';
import type { Io } from './context.js';
import { usageError } from './context.js';
import type { Say } from '../text/say.js';

/** The record a command edits, by id among the valid ones; an unknown id is a usage error (exit 2) with the closest id. */
export function recordById(io: Io, tree: LoadedTree, id: string): LoadedAgreement | ExitCode {
  const { say } = io;
  const found = tree.agreements.find((a) => a.agreement.id === id);
  if (found) return found;
  const invalid = tree.invalidFiles.find((file) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id);
  if (invalid) return refuse(io, [say('life.recordInvalid', { id, file: invalid })]);
  const guess = closest(id, tree.agreements.map((a) => a.agreement.id));
  return usageError(io, say('life.unknownId', { id }), guess ? say('common.didYouMean', { guess }) : say('life.seeList'));
}

/** Print why nothing was written; exit 1. */
export function refuse(io: Io, problems: readonly string[]): ExitCode {
  const { say } = io;
  io.stderr(`accords: ${say('life.nothingWritten', { count: problems.length })}\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}

/** A record's text as it is on disk. */
export function readRecordText(say: Say, root: string, file: string): string | { problem: string } {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return { problem: say('life.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
}

/** The record's text with the edits made in place, or why it cannot be. */
export function editedText(say: Say, text: string, edits: readonly FieldEdit[]): { text: string } | { problem: string } {
  const result = editRecordText(text, edits);
  return result.ok ? { text: result.text } : { problem: say.message(result.message) };
}

/** The value a YAML text holds (it parsed before: the edit proved it). */
export function recordOf(text: string): Agreement {
  return parseYaml(text).value as Agreement;
}

/**
 * The errors the record would have once written, checked against the whole tree it belongs to
 * (as `new` checks a draft): nothing is written while there is one.
 */
export async function problemsAgainstTree(say: Say, root: string, file: string, text: string): Promise<string[]> {
  return (await runPipeline(root, { overrides: new Map([[file, text]]), place: true })).diagnostics.filter((d) => d.severity === 'error' && d.file === file)
    .map((problem) => {
      const d = wordProblem(say, problem);
      const at = { file: d.file, line: d.range.start.line + 1, column: d.range.start.column + 1, message: d.message, rule: d.rule };
      return d.hint ? say('life.wouldNotValidateHint', { ...at, hint: d.hint }) : say('life.wouldNotValidate', at);
    });
}

/** What an edit changed, one line each, diff-like: `+ signed: 2026-12-01`, `~ term.end: 2027-11-15 → 2028-11-15`, `- ended: …`. */
export function changeLines(before: unknown, edits: readonly FieldEdit[]): string[] {
  return edits.filter((edit) => !isDeepStrictEqual(valueAt(before, edit.path), edit.value)).map((edit) => {
    const old = valueAt(before, edit.path);
    const path = pathText(edit.path);
    if (edit.value === undefined) return `  - ${path}: ${shown(old)}`;
    if (old === undefined) return `  + ${path}: ${shown(edit.value)}`;
    return `  ~ ${path}: ${shown(old)} → ${shown(edit.value)}`;
  });
}

function shown(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object') return stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return String(value);
}

export interface PlannedWrite {
  /** Root-relative. */
  readonly file: string;
  /** The text, or the bytes of a Word document. */
  readonly text: string | Uint8Array;
  /** `false`: the file must not exist yet. */
  readonly overwrite: boolean;
  /** The lines that say what changes in it (printed under its name). */
  readonly lines: readonly string[];
}

/**
 * Print what changes, then (unless `dryRun`) write each file atomically, in order: the record
 * first. A write that fails stops the rest and says which.
 */
export function commitWrites(io: Io, root: string, writes: readonly PlannedWrite[], dryRun: boolean): ExitCode {
  const { say } = io;
  for (const write of writes) {
    io.stdout(`${write.file}\n${write.lines.map((line) => `${line}\n`).join('')}`);
  }
  if (dryRun) {
    io.stderr(`accords: ${say('life.dryRun')}\n`);
    return 0;
  }
  for (const write of writes) {
    const written = writeFileAtomic(join(root, write.file), write.text, { overwrite: write.overwrite });
    if (!written.ok) return refuse(io, [written.reason === 'exists' ? say('life.createdMeanwhile', { file: write.file }) : say.message(written.message)]);
  }
  io.stderr(`accords: ${say('life.wrote', { files: writes.map((w) => w.file).join(', ') })}\n`);
  return 0;
}
