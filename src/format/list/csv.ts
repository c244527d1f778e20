import type { MessageKey } from '../../text/say.js';
import type { AgreementSummary, ListFormatter } from './types.js';

const COLUMNS = ['id', 'title', 'kind', 'level', 'parties', 'signed', 'effective', 'status', 'end', 'next_renewal', 'notice_deadline', 'file'] as const satisfies readonly (keyof AgreementSummary)[];

const HEADINGS = {
  id: 'newcomer.csv.id',
  title: 'newcomer.csv.title',
  kind: 'newcomer.csv.kind',
  level: 'newcomer.csv.level',
  parties: 'newcomer.csv.parties',
  signed: 'newcomer.csv.signed',
  effective: 'newcomer.csv.effective',
  status: 'newcomer.csv.status',
  end: 'newcomer.csv.end',
  next_renewal: 'newcomer.csv.nextRenewal',
  notice_deadline: 'newcomer.csv.noticeDeadline',
  file: 'newcomer.csv.file',
} as const satisfies Record<(typeof COLUMNS)[number], MessageKey>;

/**
 * RFC 4180 CSV with a header row: fields with the separator, a quote or a line break are quoted.
 * Parties are joined with a space; the cells keep the codes (`in-force`) in every language. `--separator ';'` and `--bom` suit French Excel.
 */
export const csv: ListFormatter = function* (rows, { say, separator = ',', bom = false }) {
  const quote = (value: string) => (value.includes(separator) || /["\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  // The headings are the JSON keys in English and French words with --lang fr; values stay codes.
  yield `${bom ? '\uFEFF' : ''}${COLUMNS.map((column) => quote(say(HEADINGS[column]))).join(separator)}\r\n`;
  for (const row of rows) yield `${COLUMNS.map((column) => quote(cell(row[column]))).join(separator)}\r\n`;
};

function cell(value: AgreementSummary[keyof AgreementSummary]): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}
