import type { Diagnostic } from '../../types.js';
import { byFile } from './types.js';
import type { ValidateFormatter } from './types.js';

/**
 * JUnit XML for CI dashboards: one test case per file checked, failing when the file has
 * errors; warnings go to the case's `system-out`. Attributes are codes; the texts are in the
 * chosen language.
 */
export const junit: ValidateFormatter = function* ({ diagnostics, files }, { say, displayPath }) {
  const grouped = byFile(diagnostics, files);
  const failing = [...grouped.values()].filter((list) => list.some((d) => d.severity === 'error')).length;
  yield [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="accords" tests="${grouped.size}" failures="${failing}">`,
    `  <testsuite name="accords validate" tests="${grouped.size}" failures="${failing}" errors="0" skipped="0">`,
    '',
  ].join('\n');
  for (const [file, list] of grouped) {
    const errors = list.filter((d) => d.severity === 'error');
    const warnings = list.filter((d) => d.severity === 'warning');
    const line = (d: Diagnostic) => `${d.range.start.line + 1}:${d.range.start.column + 1} ${d.message}${d.hint ? ` — ${d.hint}` : ''} (${d.rule})`;
    const failure = errors.length ? `\n      <failure message="${xml(say('format.count.error', { count: errors.length }))}" type="error">${xml(errors.map(line).join('\n'))}</failure>` : '';
    const out = warnings.length ? `\n      <system-out>${xml(warnings.map((d) => `${say('format.validate.severity.warning')} ${line(d)}`).join('\n'))}</system-out>` : '';
    yield `    <testcase classname="accords.validate" name="${xml(displayPath(file))}" file="${xml(displayPath(file))}">${failure}${out}${failure || out ? '\n    ' : ''}</testcase>\n`;
  }
  yield '  </testsuite>\n</testsuites>\n';
};

function xml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
