import type { Say } from '../text/say.js';

/** Display width of a string, ignoring ANSI colour codes (so coloured tables still line up). */
export function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').length;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - visibleLength(text)));
}

/**
 * Rows aligned in columns separated by two spaces; the last column is not padded.
 * `table([['id', 'kind'], ['amf-2016', 'framework']])`
 */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  return [...tableLines(rows, indent)].join('\n');
}

/** The lines of `table`, one at a time and without their line breaks: the widths are measured first. */
export function* tableLines(rows: readonly (readonly string[])[], indent = ''): Generator<string> {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell))));
  for (const row of rows) yield indent + row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]!))).join('  ').trimEnd();
}

/** `1 error`, `2 warnings`, `3 files` in the language of `say`, for the summary lines of `validate`. */
export function counts(say: Say, errors: number, warnings: number, files: number): { errors: string; warnings: string; files: string } {
  return { errors: say('format.count.error', { count: errors }), warnings: say('format.count.warning', { count: warnings }), files: say('format.count.file', { count: files }) };
}
