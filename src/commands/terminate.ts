import type { Agreement, ExitCode, TerminationSpec } from '../types.js';
import type { FieldEdit } from '../edit/edit-record.js';
import { parseIsoDate } from '../lifecycle/date.js';
import { noticeDeadline } from '../lifecycle/notice.js';
import { termEnd } from '../lifecycle/terms.js';
import { lifecycleOf, nextRenewal } from '../lifecycle/timeline.js';
import { organizationOn, successorsOf } from '../registry/succession.js';
import { partiesOn } from '../draft/life-documents.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { chooseFormat, usageError } from './context.js';
import { FORMATS } from './formats.js';
import type { PlannedWrite } from './edit-in-place.js';
import { changeLines, commitWrites, editedText, problemsAgainstTree, readRecordText, recordById, refuse } from './edit-in-place.js';
import { letterText } from './amendment-text.js';
import { openRepository } from './open.js';
import { readText, textFileOf } from './rerender.js';
import type { Say } from '../text/say.js';

export interface TerminateOptions extends CommonOptions {
  noticeGiven?: string;
  by?: string;
  ended?: string;
  letter?: boolean;
  place?: string;
  force?: boolean;
  dryRun?: boolean;
}

/** Where the notice letter is written: beside the record, `<id>.denonciation.md`. */
export const LETTER_SUFFIX = '.denonciation.md';

/**
 * `accords terminate <id> --notice-given D --by ORG` or `--ended D` (SPEC §6): writes
 * `termination:` in place, prints the last day in force (SPEC §4 rule 6) and whether the notice
 * came in time to stop the next renewal; `--letter` also writes the notice letter.
 */
export async function terminateCommand(id: string, options: TerminateOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = chooseFormat(io, FORMATS.terminate, options.format);
  if (typeof format === 'number') return format;
  const given = options.noticeGiven;
  if ((given === undefined) === (options.ended === undefined)) return usageError(io, say('life.terminate.oneOf'), say('life.terminate.oneOfHint'));
  const option = given !== undefined ? '--notice-given' : '--ended';
  const date = parseIsoDate(given ?? options.ended);
  if (!date) return usageError(io, say('life.notADate', { option, text: String(given ?? options.ended) }), say('life.dateHint'));
  if (given !== undefined && options.by === undefined) return usageError(io, say('life.terminate.missingBy'), say('life.terminate.missingByHint'));
  if (options.letter && options.by === undefined) return usageError(io, say('life.terminate.letterNeedsBy'), say('life.terminate.missingByHint'));
  const repository = await openRepository(io, options, { whole: true });
  if (typeof repository === 'number') return repository;
  const { tree, registry, asOf } = repository;
  const loaded = recordById(io, tree, id);
  if (typeof loaded === 'number') return loaded;
  const record = loaded.agreement;

  const problems: string[] = [];
  if (record.signed === undefined) problems.push(say('life.terminate.draft', { id }));
  if (record.termination && !options.force) problems.push(say('life.terminate.already', { id }));
  const start = parseIsoDate(record.effective ?? record.signed);
  if (start && date < start) problems.push(say('life.terminate.beforeEffective', { option, date, effective: start }));
  if (options.by !== undefined) {
    const parties = record.parties.flatMap((party) => [party.org, ...successorsOf(party.org, registry)]);
    if (!parties.includes(options.by)) {
      const guess = closest(options.by, parties);
      problems.push(`${say('life.terminate.notAParty', { by: options.by, parties: record.parties.map((p) => p.org).join(', ') })}${guess ? `; ${say('common.didYouMean', { guess })}` : ''}`);
    }
  }
  if (problems.length > 0) return refuse(io, problems);

  const termination: TerminationSpec = given !== undefined ? { notice_given: date, by: options.by! } : { ended: date, ...(options.by !== undefined ? { by: options.by } : {}) };
  const ended = { ...record, termination } as Agreement;
  const facts = lifecycleOf(ended);
  if ('unknown' in facts || facts.finalEnd === undefined) return refuse(io, [say('life.terminate.noLastDay', { id, reason: 'unknown' in facts ? say.message(facts.unknown) : '' })]);
  const lastDay = facts.finalEnd;

  const edits: FieldEdit[] = [{ path: ['termination'], value: termination }];
  const text = readRecordText(say, tree.root, loaded.file);
  if (typeof text !== 'string') return refuse(io, [text.problem]);
  const edited = editedText(say, text, edits);
  if ('problem' in edited) return refuse(io, [edited.problem]);
  const check = await problemsAgainstTree(say, tree.root, loaded.file, edited.text);
  if (check.length > 0) return refuse(io, check);

  const writes: PlannedWrite[] = [{ file: loaded.file, text: edited.text, overwrite: true, lines: changeLines(record, edits) }];
  if (options.letter) {
    const file = textFileOf(loaded.file, LETTER_SUFFIX);
    if (readText(tree.root, file) !== undefined && !options.force) return refuse(io, [say('life.terminate.letterExists', { file })]);
    // Dated the day notice is given; an agreed end (--ended) is written on the as-of day.
    const letter = letterText(say, tree.root, { agreement: record, by: options.by!, date: given !== undefined ? date : asOf, lastDay, agreed: given === undefined, ...(options.place ? { place: options.place } : {}), registry });
    if ('problem' in letter) return refuse(io, [letter.problem]);
    writes.push({ file, text: letter.text, overwrite: Boolean(options.force), lines: [`  ${say('life.terminate.letterWritten')}`] });
    if (format === 'docx') {
      // The same letter in Word, signed by the party that gives notice, named as of its date.
      const letterDate = given !== undefined ? date : asOf;
      const sender = partiesOn(record, letterDate, registry).find((p) => p.id === organizationOn(options.by!, letterDate, registry));
      const { markdownToDocx } = await import('../document/docx.js');
      const bytes = await markdownToDocx(letter.text, { title: record.title, ...(options.place ? { place: options.place } : {}), date: letterDate, signatures: [{ party: sender?.nom ?? options.by! }] });
      writes.push({ file: textFileOf(loaded.file, LETTER_SUFFIX.replace(/\.md$/, '.docx')), text: bytes, overwrite: Boolean(options.force), lines: [`  ${say('life.terminate.letterWrittenWord')}`] });
    }
  }
  const code = commitWrites(io, tree.root, writes, Boolean(options.dryRun));
  if (code !== 0) return code;
  io.stdout(`${say('life.terminate.lastDay', { date: lastDay })}\n`);
  const timing = noticeTiming(say, record, given === undefined ? undefined : date);
  if (timing) io.stdout(`${timing}\n`);
  return 0;
}

/** Whether notice given on `given` stops the next tacit renewal (SPEC §4 rule 3), in a sentence; `undefined` when no renewal is at stake. */
function noticeTiming(say: Say, record: Agreement, given: string | undefined): string | undefined {
  if (given === undefined) return undefined;
  const facts = lifecycleOf(record);
  if ('unknown' in facts || !facts.plan) return undefined;
  if (facts.notice?.applies === 'any-time') return say('life.terminate.anyTime');
  const day = parseIsoDate(given)!;
  const next = nextRenewal(facts, day);
  if (!next) return say('life.terminate.noRenewal');
  const deadline = noticeDeadline(termEnd(facts.plan, next.k - 1), facts.notice?.period ?? { years: 0, months: 0, weeks: 0, days: 0 });
  return day <= deadline ? say('life.terminate.inTime', { renewal: next.date, deadline }) : say('life.terminate.late', { renewal: next.date, deadline });
}
