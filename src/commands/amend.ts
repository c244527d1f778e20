import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Agreement, ChangePath, Changes, ExitCode } from '../types.js';
import { parseIsoDate } from '../lifecycle/date.js';
import { parseDuration } from '../lifecycle/duration.js';
import { organizationOn } from '../registry/succession.js';
import { isInside } from '../load/write.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { chooseFormat, usageError } from './context.js';
import { FORMATS } from './formats.js';
import { SLUG } from './drafting-input.js';
import type { PlannedWrite } from './edit-in-place.js';
import { commitWrites, problemsAgainstTree, readRecordText, recordById, refuse } from './edit-in-place.js';
import { nounOf } from '../draft/life-documents.js';
import { amendmentText } from './amendment-text.js';
import { openRepository } from './open.js';
import { textFileOf } from './rerender.js';
import type { Say } from '../text/say.js';

export interface AmendOptions extends CommonOptions {
  id?: string;
  set?: string[];
  force?: boolean;
  dryRun?: boolean;
}

type ValueType = 'date' | 'duration' | 'integer' | 'enum';

/** The paths an amendment may change (SPEC §6), with the type of each value. */
export const CHANGE_PATHS: Readonly<Record<ChangePath, { type: ValueType; values?: readonly string[]; minimum?: number }>> = {
  'term.end': { type: 'date' },
  'term.duration': { type: 'duration' },
  'term.renewal': { type: 'enum', values: ['none', 'tacit', 'express'] },
  'term.renewal_period': { type: 'duration' },
  'term.max_renewals': { type: 'integer', minimum: 0 },
  'notice.period': { type: 'duration' },
  'notice.applies': { type: 'enum', values: ['before-renewal', 'any-time'] },
  review_every: { type: 'duration' },
  'committee.meetings_per_year': { type: 'integer', minimum: 1 },
};

/**
 * Check `--set path=value` assignments: every problem at once (unknown path with the closest
 * one, a value of the wrong type), the values typed (integers as numbers). Pure.
 */
export function parseChanges(say: Say, assignments: readonly string[]): { changes: Changes; problems: string[] } {
  const changes: Record<string, string | number> = {};
  const problems: string[] = [];
  const paths = Object.keys(CHANGE_PATHS);
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) {
      problems.push(say('life.amend.setWithoutEquals', { assignment }));
      continue;
    }
    const path = assignment.slice(0, eq).trim();
    const text = assignment.slice(eq + 1).trim();
    const spec = Object.hasOwn(CHANGE_PATHS, path) ? CHANGE_PATHS[path as ChangePath] : undefined;
    if (!spec) {
      const guess = closest(path, paths);
      problems.push(guess ? say('life.amend.unknownPathDidYouMean', { path, guess }) : say('life.amend.unknownPath', { path, paths: paths.join(', ') }));
      continue;
    }
    if (spec.type === 'date' && !parseIsoDate(text)) problems.push(say('life.amend.notDate', { path, value: text }));
    else if (spec.type === 'duration' && !parseDuration(text)) problems.push(say('life.amend.notDuration', { path, value: text }));
    else if (spec.type === 'enum' && !spec.values!.includes(text)) {
      const guess = closest(text, spec.values!);
      problems.push(say('life.amend.notAllowed', { path, value: text, values: spec.values!.join(', ') }) + (guess ? `; ${say('common.didYouMean', { guess })}` : ''));
    } else if (spec.type === 'integer' && !(/^\d+$/.test(text) && Number(text) >= (spec.minimum ?? 0))) problems.push(say('life.amend.notInteger', { path, value: text, minimum: spec.minimum ?? 0 }));
    else changes[path] = spec.type === 'integer' ? Number(text) : text;
  }
  if ('term.end' in changes && 'term.duration' in changes) problems.push(say('life.amend.endAndDuration'));
  return { changes: changes as Changes, problems };
}

/**
 * `accords amend <id> --id NEW [--set path=value …]` (SPEC §6): a draft amendment (« avenant »)
 * beside its parent, with `changes:` and its French text. It is signed with `accords sign`.
 */
export async function amendCommand(parentId: string, options: AmendOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = chooseFormat(io, FORMATS.amend, options.format);
  if (typeof format === 'number') return format;
  if (!options.id) return usageError(io, say('life.amend.missingId'), say('life.amend.missingIdHint'));
  const repository = await openRepository(io, options, { whole: true });
  if (typeof repository === 'number') return repository;
  const { tree, registry, asOf } = repository;
  const loaded = recordById(io, tree, parentId);
  if (typeof loaded === 'number') return loaded;
  const parent = loaded.agreement;

  const problems: string[] = [];
  const id = options.id;
  if (!SLUG.test(id)) problems.push(say('draft.badId', { id }));
  const { changes, problems: changeProblems } = parseChanges(say, options.set ?? []);
  problems.push(...changeProblems);
  if ((options.set ?? []).length === 0) problems.push(say('life.amend.noChange', { paths: Object.keys(CHANGE_PATHS).join(', ') }));
  if (parent.kind === 'amendment') problems.push(say('life.amend.ofAmendment', { id: parentId, parent: String(parent.parent) }));
  if ('committee.meetings_per_year' in changes && !parent.committee) problems.push(say('life.amend.noCommittee', { id: parentId }));
  const elsewhere = tree.agreements.find((a) => a.agreement.id === id);
  if (elsewhere && !options.force) problems.push(say('draft.idExists', { id, file: elsewhere.file }));
  const file = `${dirname(loaded.file)}/${id}.yaml`;
  const textFile = textFileOf(file);
  if (SLUG.test(id) && !isInside(join(tree.root, 'agreements'), join(tree.root, file))) problems.push(say('draft.outsideAgreements', { file, folder: join(tree.root, 'agreements') }));
  if (!options.force) for (const f of [file, textFile]) if (existsSync(join(tree.root, f)) && !elsewhere) problems.push(say('draft.fileExists', { file: f }));
  if (problems.length > 0) return refuse(io, problems);

  const number = tree.agreements.filter((a) => a.agreement.kind === 'amendment' && a.agreement.parent === parentId && a.agreement.id !== id).length + 1;
  const record: Agreement = {
    id,
    title: `Avenant n° ${number} ${nounOf(parent).a} « ${parent.title} »`,
    kind: 'amendment',
    level: parent.level,
    // The parties as of the planned day: a successor signs for its predecessor.
    parties: parent.parties.map((party) => {
      const org = organizationOn(party.org, asOf, registry);
      return org === party.org && party.signatory ? { org, signatory: party.signatory } : { org };
    }),
    parent: parentId,
    changes,
    ...(parent.territory ? { territory: parent.territory } : {}),
  };
  const parentText = readRecordText(say, tree.root, loaded.file);
  const recordText = `${typeof parentText === 'string' ? modeline(parentText) : ''}${stringify(record, { lineWidth: 0 })}`;
  const check = await problemsAgainstTree(say, tree.root, file, recordText);
  if (check.length > 0) return refuse(io, check);
  const text = amendmentText(say, tree, registry, record, asOf);
  if (!text || 'problem' in text) return refuse(io, [text ? text.problem : say('life.amend.noText')]);
  const overwrite = Boolean(options.force);
  const writes: PlannedWrite[] = [
    { file, text: recordText, overwrite, lines: Object.entries(changes).map(([path, value]) => `  + changes.${path}: ${String(value)}`) },
    { file: textFile, text: text.text, overwrite, lines: [`  ${say('life.amend.textWritten', { number })}`] },
  ];
  if (format === 'docx') {
    // A draft: the Word document leaves the date blank, one signature block per party.
    const { markdownToDocx } = await import('../document/docx.js');
    const { docxOptions } = await import('./render.js');
    writes.push({ file: textFileOf(file, '.docx'), text: await markdownToDocx(text.text, docxOptions(record, registry)), overwrite, lines: [`  ${say('life.amend.wordWritten', { number })}`] });
  }
  return commitWrites(io, tree.root, writes, Boolean(options.dryRun));
}

/** The parent's editor modeline (the amendment sits in the same folder, so its path holds). */
function modeline(parentText: string): string {
  const first = parentText.split(/\r?\n/, 1)[0] ?? '';
  return /^#\s*yaml-language-server:\s*\$schema=\S+/.test(first) ? `${first}\n` : '';
}
