import { daysBetween } from '../../lifecycle/date.js';
import type { IsoDate } from '../../types.js';
import type { Paint } from '../paint.js';
import { table } from '../text.js';
import type { AgreementSummary, ListFormatter } from './types.js';

/** Aligned columns for a terminal; the status and the next date are coloured by urgency. */
export const tableFormat: ListFormatter = (rows, { paint, asOf }) => {
  if (rows.length === 0) return 'No agreement matches.\n';
  const header = ['ID', 'KIND', 'LEVEL', 'PARTIES', 'SIGNED', 'STATUS', 'NEXT'].map((h) => paint.bold(h));
  const body = rows.map((row) => [row.id, row.kind, row.level, row.parties.join(', '), row.signed ?? '—', statusColour(row.status, paint), nextStep(row, asOf, paint)]);
  return `${table([header, ...body])}\n`;
};

function statusColour(status: string, paint: Paint): string {
  switch (status) {
    case 'in-force':
      return paint.green(status);
    case 'upcoming':
      return paint.cyan(status);
    case 'unknown':
      return paint.yellow(status);
    default:
      return paint.dim(status);
  }
}

/** The next dated step after `asOf`: a notice deadline, a renewal, the end or the start. */
function nextStep(row: AgreementSummary, asOf: string, paint: Paint): string {
  const candidates: [string | null, string][] = [
    [row.status === 'upcoming' ? row.effective : null, 'start'],
    [row.notice_deadline, 'notice deadline'],
    [row.next_renewal, 'renewal'],
    [row.next_renewal === null ? row.end : null, 'end'],
  ];
  const next = candidates.filter((c): c is [string, string] => c[0] !== null && c[0] >= asOf).sort((a, b) => (a[0] < b[0] ? -1 : 1))[0];
  if (!next) return '—';
  const days = daysBetween(asOf as IsoDate, next[0] as IsoDate);
  const text = `${next[0]} ${next[1]}`;
  return days <= 30 ? paint.red(text) : days <= 90 ? paint.yellow(text) : text;
}
