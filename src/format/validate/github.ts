import { counts } from '../text.js';
import type { ValidateFormatter } from './types.js';

/** GitHub shows this many annotations of each severity per step; the rest only in the log. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * GitHub Actions workflow commands: `::error file=F,line=L,col=C::message`, which the pull
 * request shows on the line itself. Paths are relative to the working folder (the checkout).
 */
export const github: ValidateFormatter = function* ({ diagnostics, filesChecked }, { say, displayPath }) {
  for (const d of diagnostics) {
    const properties = [
      `file=${escapeProperty(displayPath(d.file))}`,
      `line=${d.range.start.line + 1}`,
      `col=${d.range.start.column + 1}`,
      `endLine=${d.range.end.line + 1}`,
      `endColumn=${d.range.end.column + 1}`,
      `title=${escapeProperty(`accords ${d.rule}`)}`,
    ].join(',');
    yield `::${d.severity} ${properties}::${escapeData(d.hint ? `${d.message} — ${d.hint}` : d.message)}\n`;
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (errors > GITHUB_ANNOTATION_LIMIT || warnings > GITHUB_ANNOTATION_LIMIT) {
    yield `::notice title=accords::${escapeData(say('format.validate.githubOverflow', { limit: GITHUB_ANNOTATION_LIMIT, total: diagnostics.length }))}\n`;
  }
  yield `accords: ${say('format.validate.githubSummary', counts(say, errors, warnings, filesChecked))}\n`;
};

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
