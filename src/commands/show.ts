import type { ExitCode } from '../types.js';
import { SHOW_FORMATS } from '../format/show/index.js';
import type { AgreementDetail } from '../format/show/types.js';
import { amendmentIndex } from '../query/amendments.js';
import { nextDates } from '../query/next.js';
import { wholeRecord } from '../pipeline/whole-record.js';
import { viewOf } from '../query/summary.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { paintFor, pickFormat, usageError } from './context.js';
import { openRepository } from './open.js';

/** `accords show <id>`: one agreement and its computed timeline. */
export async function showCommand(id: string, options: CommonOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = pickFormat(io, SHOW_FORMATS, options.format, 'text');
  if (typeof format === 'number') return format;
  const repository = await openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, asOf, registry } = repository;
  const listed = tree.agreements.find((a) => a.agreement.id === id);
  // The store keeps some fields of each record; this one is printed whole.
  const loaded = listed && wholeRecord(tree.root, listed);
  if (!loaded) {
    const invalid = tree.invalidFiles.find((file) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '') === id);
    if (invalid) {
      io.stderr(`accords: ${say('commands.recordInvalid', { id, file: invalid })}\n`);
      return 1;
    }
    const guess = closest(id, tree.agreements.map((a) => a.agreement.id));
    return usageError(io, say('commands.noAgreementWithId', { id }), guess ? say('common.didYouMean', { guess }) : say('commands.seeListForIds'));
  }
  const { timeline, summary, fields, amendments } = viewOf(loaded, asOf, true, amendmentIndex(tree.agreements));
  const detail: AgreementDetail = {
    ...summary,
    terms: timeline.terms,
    reviews: timeline.reviews,
    final_end: timeline.final_end,
    events: nextDates(fields, timeline, asOf),
    amendments: amendments.map((a) => ({ id: a.id, signed: a.signed, effective: a.effective, changes: Object.fromEntries(a.changes.map((c) => [c.path, { from: c.from, to: c.to }])) })),
  };
  const others = tree.agreements.map((a) => a.agreement);
  const paint = options.format === 'json' ? await paintFor(io, { color: false }) : await paintFor(io, options);
  io.stdout(
    format(
      {
        detail,
        agreement: loaded.agreement,
        warnings: timeline.warnings.map((w) => io.say.message(w)),
        children: others.filter((a) => a.parent === id).map((a) => a.id).sort(),
        supersededBy: others.filter((a) => a.supersedes?.includes(id)).map((a) => a.id).sort(),
        fields,
      },
      { say: io.say, paint, asOf, registry },
    ),
  );
  return 0;
}
