import type { AgreementSummary, ListFormatter } from './types.js';

const COLUMNS = ['id', 'title', 'kind', 'level', 'parties', 'signed', 'effective', 'status', 'end', 'next_renewal', 'notice_deadline', 'file'] as const satisfies readonly (keyof AgreementSummary)[];

/**
 * RFC 4180 CSV with a header row: fields with the separator, a quote or a line break are quoted.
 * Parties are joined with a space. `--separator ';'` and `--bom` suit French Excel.
 */
export const csv: ListFormatter = function* (rows, { separator = ',', bom = false }) {
  const quote = (value: string) => (value.includes(separator) || /["\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  yield `${bom ? '\uFEFF' : ''}${COLUMNS.join(separator)}\r\n`;
  for (const row of rows) yield `${COLUMNS.map((column) => quote(cell(row[column]))).join(separator)}\r\n`;
};

function cell(value: AgreementSummary[keyof AgreementSummary]): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}
