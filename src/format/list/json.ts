import type { ListFormatter } from './types.js';

/**
 * SPEC §5: `[{ id, title, kind, level, parties, signed, effective, status, end, next_renewal, notice_deadline, file }]`,
 * the text `JSON.stringify(rows, null, 2)` gives, made one row at a time.
 */
export const json: ListFormatter = function* (rows) {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < rows.length; i++) {
    // A row's own lines, one level deeper; JSON escapes line breaks inside strings, so each `\n` starts a line.
    yield `  ${JSON.stringify(rows[i], null, 2).replaceAll('\n', '\n  ')}${i + 1 < rows.length ? ',' : ''}\n`;
  }
  yield ']\n';
};
