import { jsonArray } from '../json-array.js';
import type { ValidateFormatter } from './types.js';

/** SPEC §5: `[{ file, line, column, severity, rule, message }]`, 1-based, `file` relative to the root. A diagnostic at a time. */
export const json: ValidateFormatter = ({ diagnostics }) =>
  jsonArray(diagnostics, (d) => ({
    file: d.file,
    line: d.range.start.line + 1,
    column: d.range.start.column + 1,
    severity: d.severity,
    rule: d.rule,
    message: d.message,
    ...(d.hint ? { hint: d.hint } : {}),
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.column + 1,
  }));
