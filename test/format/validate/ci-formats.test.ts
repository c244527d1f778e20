import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/format/validate/junit.js';
import { byFile } from '../../../src/format/validate/types.js';
import { sarif } from '../../../src/format/validate/sarif.js';
import { PLAIN } from '../../../src/format/paint.js';
import type { Diagnostic } from '../../../src/types.js';
import { joined } from '../pieces.js';
import { en, fr } from '../../say.js';

const error: Diagnostic = {
  file: 'agreements/local/typo.yaml',
  range: { start: { line: 5, column: 0 }, end: { line: 5, column: 6 } },
  severity: 'error',
  rule: 'unknown-key',
  message: 'unknown key `sigend` <&>',
  hint: 'did you mean `signed`?',
};
const warning: Diagnostic = { ...error, file: 'agreements/national/amf.yaml', severity: 'warning', rule: 'renewal-settings', message: 'tacit renewal without `renewal_period`' };
const context = { say: en, paint: PLAIN, displayPath: (f: string) => f, toolVersion: '1.2.3', rules: new Map([['unknown-key', 'Every key is one the schema knows.']]) };

describe('sarif', () => {
  const log = JSON.parse(joined(sarif({ diagnostics: [error, warning], filesChecked: 3 }, context))) as {
    version: string;
    runs: { tool: { driver: { name: string; version: string; rules: { id: string }[] } }; results: Record<string, unknown>[] }[];
  };

  it('is a SARIF 2.1.0 log with one run of the accords driver', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.tool.driver).toMatchObject({ name: 'accords', version: '1.2.3' });
  });

  it('lists every rule that appears, and each result points at a rule index', () => {
    const { rules } = log.runs[0]!.tool.driver;
    for (const result of log.runs[0]!.results) {
      expect(rules[result.ruleIndex as number]!.id).toBe(result.ruleId);
    }
  });

  it('gives 1-based regions relative to the source root', () => {
    expect(log.runs[0]!.results[0]).toMatchObject({
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'agreements/local/typo.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 7 } } }],
    });
  });
});

describe('junit', () => {
  const xml = joined(junit({ diagnostics: [error, warning], filesChecked: 3, files: ['agreements/local/typo.yaml', 'agreements/national/amf.yaml', 'agreements/organizations.yaml'] }, context));

  it('has one test case per file and counts the failing ones', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="accords" tests="3" failures="1">')).toBe(true);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
  });

  it('escapes XML specials and keeps warnings out of failures', () => {
    expect(xml).toContain('unknown key `sigend` &lt;&amp;&gt;');
    expect(xml).toMatch(/name="agreements\/national\/amf.yaml"[^>]*>\s*<system-out>warning /);
  });

  it('says the failure and the warnings in the chosen language, keeping the attributes as codes', () => {
    expect(xml).toContain('<failure message="1 error" type="error">');
    const french = joined(junit({ diagnostics: [error, error, warning], filesChecked: 2, files: ['agreements/local/typo.yaml', 'agreements/national/amf.yaml'] }, { ...context, say: fr }));
    expect(french).toContain('<failure message="2 erreurs" type="error">');
    expect(french).toMatch(/<system-out>avertissement /);
  });

  it('is well-formed: every element opened is closed', () => {
    const opened = xml.match(/<(testsuites|testsuite|testcase|failure|system-out)[\s>]/g)?.length ?? 0;
    const closed = xml.match(/<\/(testsuites|testsuite|testcase|failure|system-out)>/g)?.length ?? 0;
    expect(opened).toBe(closed);
  });
});

describe('byFile', () => {
  it('groups the diagnostics by file in their order, the listed files first even without any', () => {
    const other = { ...error, file: 'agreements/z.yaml' };
    const grouped = byFile([error, other, error], ['agreements/a.yaml', 'agreements/local/typo.yaml']);
    expect([...grouped.keys()]).toEqual(['agreements/a.yaml', 'agreements/local/typo.yaml', 'agreements/z.yaml']);
    expect(grouped.get('agreements/a.yaml')).toEqual([]);
    expect(grouped.get('agreements/local/typo.yaml')).toEqual([error, error]);
  });
});
