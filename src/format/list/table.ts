import { daysBetween } from '../../lifecycle/date.js';
import { kindLabel, levelLabel, statusLabel } from '../../lifecycle/labels.js';
import { cellWord } from '../cell-words.js';
import type { IsoDate } from '../../types.js';
import type { Paint } from '../paint.js';
import { tableLines } from '../text.js';
import type { AgreementSummary, ListFormatter } from './types.js';
import type { Say } from '../../text/say.js';

/** Aligned columns for a terminal; the status and the next date are coloured by urgency. A line at a time, once the widths are known. */
export const tableFormat: ListFormatter = function* (rows, { say, paint, asOf }) {
  if (rows.length === 0) {
    yield `${say('format.list.none')}\n`;
    return;
  }
  const header = [
    say('format.list.heading.id'),
    say('format.list.heading.kind'),
    say('format.list.heading.level'),
    say('format.list.heading.parties'),
    say('format.list.heading.signed'),
    say('format.list.heading.status'),
    say('format.list.heading.next'),
  ].map((h) => paint.bold(h));
  const body = rows.map((row) => [row.id, cellWord(say, kindLabel, row.kind), cellWord(say, levelLabel, row.level), row.parties.join(', '), row.signed ?? '—', statusColour(say, row.status, paint), nextStep(say, row, asOf, paint)]);
  for (const line of tableLines([header, ...body])) yield `${line}\n`;
};

/** The status as a cell shows it (`cellWord`), coloured by its code. */
function statusColour(say: Say, status: string, paint: Paint): string {
  const word = cellWord(say, statusLabel, status);
  switch (status) {
    case 'in-force':
      return paint.green(word);
    case 'upcoming':
      return paint.cyan(word);
    case 'unknown':
      return paint.yellow(word);
    default:
      return paint.dim(word);
  }
}

type NextStep = 'format.list.next.start' | 'format.list.next.noticeDeadline' | 'format.list.next.renewal' | 'format.list.next.end';

/** The next dated step after `asOf`: a notice deadline, a renewal, the end or the start. */
function nextStep(say: Say, row: AgreementSummary, asOf: string, paint: Paint): string {
  const candidates: [string | null, NextStep][] = [
    [row.status === 'upcoming' ? row.effective : null, 'format.list.next.start'],
    [row.notice_deadline, 'format.list.next.noticeDeadline'],
    [row.next_renewal, 'format.list.next.renewal'],
    [row.next_renewal === null ? row.end : null, 'format.list.next.end'],
  ];
  const next = candidates.filter((c): c is [string, NextStep] => c[0] !== null && c[0] >= asOf).sort((a, b) => (a[0] < b[0] ? -1 : 1))[0];
  if (!next) return '—';
  const days = daysBetween(asOf as IsoDate, next[0] as IsoDate);
  const text = say(next[1], { date: next[0] });
  return days <= 30 ? paint.red(text) : days <= 90 ? paint.yellow(text) : text;
}
