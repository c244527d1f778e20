import type { Problem, ParsedYaml, Range } from '../types.js';
import { FILE_START } from '../types.js';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import type { Finding } from './finding.js';

/** What places a finding: a parsed file, or the positions remembered from one. */
export type Locator = Pick<ParsedYaml, 'locate' | 'typed'>;

/** A finding at its place in the file (or at the file's start, with nothing to place it by). */
export function placeFinding(finding: Finding, locator: Locator | undefined): Problem {
  const range = locator ? locator.locate(finding.path, finding.target) : FILE_START;
  return {
    file: finding.file,
    range,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    ...(finding.hint ? { hint: finding.quoteTyped ? quoteAsTyped(finding.hint, range, locator) : finding.hint } : {}),
  };
}

/** "quote it", with the value as it was typed where the text is at hand (`"01053"`, not `"1053"`). */
function quoteAsTyped(hint: Message, range: Range, locator: Locator | undefined): Message {
  const typed = locator?.typed?.(range);
  // A plain scalar on one line: anything else (a quote, a line break) keeps the hint as it was.
  return typed && /^[^\s"'\\][^\n"\\]*$/.test(typed) ? message('check.schema.quoteIt', { value: typed }) : hint;
}

/** By file, then line, then column — the order every formatter prints (ESLint does the same). */
export function sortDiagnostics(diagnostics: readonly Problem[]): Problem[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.rule.localeCompare(b.rule),
  );
}
