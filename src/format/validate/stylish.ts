import { counts, table } from '../text.js';
import { byFile } from './types.js';
import type { ValidateFormatter } from './types.js';

/**
 * Grouped by file, one line a problem: `line:column  severity  message  rule` (ESLint's stylish; the severity in words, the rule id as a code),
 * then a one-line summary.
 */
export const stylish: ValidateFormatter = function* ({ diagnostics, filesChecked }, { say, paint, displayPath }) {
  for (const [file, problems] of byFile(diagnostics)) {
    const rows = problems.map((d) => [
      paint.dim(`${d.range.start.line + 1}:${d.range.start.column + 1}`),
      d.severity === 'error' ? paint.red(say('format.validate.severity.error')) : paint.yellow(say('format.validate.severity.warning')),
      d.hint ? `${d.message} — ${d.hint}` : d.message,
      paint.dim(d.rule),
    ]);
    yield `${paint.underline(displayPath(file))}\n${table(rows, '  ')}\n\n`;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const summary =
    diagnostics.length === 0
      ? paint.green(`✔ ${say('format.validate.clean', { count: filesChecked })}`)
      : (errors ? paint.red : paint.yellow)(`${errors ? '✖' : '⚠'} ${say('format.validate.summary', { problems: say('format.count.problem', { count: diagnostics.length }), ...counts(say, errors, warnings, filesChecked) })}`);
  yield `${summary}\n`;
};
