import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ExitCode } from '../types.js';
import type { FieldEdit } from '../edit/edit-record.js';
import { editRecordText } from '../edit/edit-record.js';
import { parseIsoDate } from '../lifecycle/date.js';
import { isInside } from '../load/write.js';
import type { CommonOptions, Io } from './context.js';
import { usageError } from './context.js';
import type { PlannedWrite } from './edit-in-place.js';
import { changeLines, commitWrites, editedText, problemsAgainstTree, readRecordText, recordById, recordOf, refuse } from './edit-in-place.js';
import { textSha256 } from './companions.js';
import { openRepository } from './open.js';
import { readText, renderedText, templateOf, textFileOf } from './rerender.js';
import type { Say } from '../text/say.js';

export interface SignOptions extends CommonOptions {
  date?: string;
  place?: string;
  copy?: string;
  force?: boolean;
  dryRun?: boolean;
}

/**
 * `accords sign <id> --date D [--place P] [--copy <file>]` (SPEC §6): records the signature in
 * the record, in place (comments kept), and renders its text again with the date.
 */
export async function signCommand(id: string, options: SignOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  if (options.date === undefined) return usageError(io, say('life.sign.missingDate'), say('life.sign.missingDateHint'));
  const date = parseIsoDate(options.date);
  if (!date) return usageError(io, say('life.notADate', { option: '--date', text: options.date }), say('life.dateHint'));
  const repository = await openRepository(io, options, { whole: true });
  if (typeof repository === 'number') return repository;
  const { tree, registry, asOf } = repository;
  const loaded = recordById(io, tree, id);
  if (typeof loaded === 'number') return loaded;
  const record = loaded.agreement;

  const problems: string[] = [];
  if (record.signed !== undefined && !options.force) problems.push(say('life.sign.alreadySigned', { id, signed: String(record.signed) }));
  if (date > asOf) problems.push(say('life.sign.afterAsOf', { date, asOf }));
  if (options.place !== undefined && options.place.trim() === '') problems.push(say('life.sign.emptyPlace'));
  const copy = options.copy === undefined ? undefined : signedCopy(say, tree.root, io.cwd, options.copy);
  if (copy && 'problem' in copy) problems.push(copy.problem);
  if (problems.length > 0) return refuse(io, problems);

  const edits: FieldEdit[] = [{ path: ['signed'], value: date }];
  if (options.place !== undefined) edits.push({ path: ['place'], value: options.place.trim() });
  if (copy && !('problem' in copy)) edits.push({ path: ['signed_copy'], value: copy });
  // A drafted text takes its date from the template's variables: keep `provenance` in step, so
  // `render` gives the signed text too. Without `effective`, the start follows the signature.
  const spec = templateOf(say, tree, record);
  const variables = record.provenance?.variables;
  if (spec && variables) {
    const declared = new Set(spec.variables.map((v) => v.name));
    if (declared.has('date_signature')) edits.push({ path: ['provenance', 'variables', 'date_signature'], value: date });
    if (options.place !== undefined && declared.has('lieu_signature')) edits.push({ path: ['provenance', 'variables', 'lieu_signature'], value: options.place.trim() });
    if (record.effective === undefined) {
      for (const v of spec.variables) if (v.default_from === 'date_signature' && variables[v.name] !== undefined) edits.push({ path: ['provenance', 'variables', v.name], value: undefined });
    }
  }

  const text = readRecordText(say, tree.root, loaded.file);
  if (typeof text !== 'string') return refuse(io, [text.problem]);
  const edited = editedText(say, text, edits);
  if ('problem' in edited) return refuse(io, [edited.problem]);
  const check = await problemsAgainstTree(say, tree.root, loaded.file, edited.text);
  if (check.length > 0) return refuse(io, check);

  const document = documentWrite(say, tree, registry, loaded.file, record, recordOf(edited.text), asOf, Boolean(options.force));
  if (document && 'problem' in document) return refuse(io, [document.problem]);
  // The record keeps the fingerprint of the text as the tool writes it (SPEC §7), so `render` knows it is still the tool's.
  const fingerprinted = document && record.provenance ? editRecordText(edited.text, [{ path: ['provenance', 'text_sha256'], value: textSha256(String(document.text)) }]) : { ok: true as const, text: edited.text };
  if (!fingerprinted.ok) return refuse(io, [say.message(fingerprinted.message)]);
  const writes: PlannedWrite[] = [{ file: loaded.file, text: fingerprinted.text, overwrite: true, lines: changeLines(record, edits) }];
  if (document) writes.push(document);
  if (record.effective === undefined) io.stderr(`accords: ${say('life.sign.startsOn', { date })}\n`);
  return commitWrites(io, tree.root, writes, Boolean(options.dryRun));
}

/**
 * The text rendered again for the signed record, unless it was edited by hand since the tool
 * wrote it (it is then the user's: refused without `--force`). `undefined`: no text to render.
 */
export function documentWrite(
  say: Say,
  tree: Parameters<typeof renderedText>[1],
  registry: Parameters<typeof renderedText>[2],
  recordFile: string,
  before: Parameters<typeof renderedText>[3],
  after: Parameters<typeof renderedText>[3],
  asOf: string,
  force: boolean,
): PlannedWrite | { problem: string } | undefined {
  const file = textFileOf(recordFile);
  const current = readText(tree.root, file);
  if (current === undefined && !after.provenance) return undefined;
  const fresh = renderedText(say, tree, registry, after, asOf);
  if (!fresh) return undefined;
  if ('problem' in fresh) return { problem: say('life.cannotRender', { file, problem: fresh.problem }) };
  if (current !== undefined && !force && !isToolsText(say, tree, registry, before, current, asOf)) return { problem: say('life.textEdited', { file }) };
  if (current === fresh.text) return undefined;
  return { file, text: fresh.text, overwrite: true, lines: [`  ${say('life.renderedAgain')}`] };
}

/**
 * Whether the text on disk is still the one the tool wrote: by the fingerprint the record keeps
 * (`provenance.text_sha256`), else — a record drafted before it, or an amendment — by rendering
 * the record as it stood.
 */
function isToolsText(say: Say, tree: Parameters<typeof renderedText>[1], registry: Parameters<typeof renderedText>[2], before: Parameters<typeof renderedText>[3], current: string, asOf: string): boolean {
  const recorded = before.provenance?.text_sha256;
  if (recorded !== undefined) return textSha256(current) === recorded;
  const old = renderedText(say, tree, registry, before, asOf);
  return old !== undefined && !('problem' in old) && old.text === current;
}

/** The signed scan: inside the root, readable, with its SHA-256. */
function signedCopy(say: Say, root: string, cwd: string, given: string): { file: string; sha256: string } | { problem: string } {
  const absolute = resolve(cwd, given);
  if (!isInside(root, absolute)) return { problem: say('life.sign.copyOutside', { file: given, root }) };
  try {
    if (!statSync(absolute).isFile()) return { problem: say('life.sign.copyNotFile', { file: given }) };
    const sha256 = createHash('sha256').update(readFileSync(absolute)).digest('hex');
    return { file: relative(root, absolute).split(sep).join('/'), sha256 };
  } catch (error) {
    return { problem: say('life.sign.copyUnreadable', { file: given, reason: (error as NodeJS.ErrnoException).code ?? String(error) }) };
  }
}
