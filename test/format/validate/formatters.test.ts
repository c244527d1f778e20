import { describe, expect, it } from 'vitest';
import { github } from '../../../src/format/validate/github.js';
import { json } from '../../../src/format/validate/json.js';
import { stylish } from '../../../src/format/validate/stylish.js';
import { PLAIN } from '../../../src/format/paint.js';
import type { Diagnostic } from '../../../src/types.js';
import { joined } from '../pieces.js';
import { en, fr } from '../../say.js';

const diagnostic = (overrides: Partial<Diagnostic>): Diagnostic => ({
  file: 'agreements/national/amf.yaml',
  range: { start: { line: 4, column: 0 }, end: { line: 4, column: 6 } },
  severity: 'error',
  rule: 'unknown-key',
  message: 'unknown key `sigend`',
  hint: 'did you mean `signed`?',
  ...overrides,
});
const context = { say: en, paint: PLAIN, displayPath: (file: string) => file };

describe('stylish', () => {
  it('groups by file and prints line:column severity message rule, 1-based', () => {
    const out = joined(stylish({ diagnostics: [diagnostic({}), diagnostic({ severity: 'warning', rule: 'renewal-settings', message: 'x', hint: undefined, range: { start: { line: 9, column: 2 }, end: { line: 9, column: 3 } } })], filesChecked: 3 }, context));
    expect(out).toBe(
      [
        'agreements/national/amf.yaml',
        '  5:1   error    unknown key `sigend` — did you mean `signed`?  unknown-key',
        '  10:3  warning  x                                              renewal-settings',
        '',
        '✖ 2 problems (1 error, 1 warning) in 3 files',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(joined(stylish({ diagnostics: [], filesChecked: 1 }, context))).toBe('✔ 1 file checked, no problems\n');
  });
});

describe('json', () => {
  it('has the SPEC shape with 1-based positions', () => {
    const [entry] = JSON.parse(joined(json({ diagnostics: [diagnostic({})], filesChecked: 1 }, context))) as Record<string, unknown>[];
    expect(entry).toMatchObject({ file: 'agreements/national/amf.yaml', line: 5, column: 1, severity: 'error', rule: 'unknown-key', message: 'unknown key `sigend`' });
  });

  it('prints an empty array when clean', () => {
    expect(JSON.parse(joined(json({ diagnostics: [], filesChecked: 1 }, context)))).toEqual([]);
  });
});

describe('github', () => {
  it('prints workflow commands with escaped properties and data', () => {
    const out = joined(github({ diagnostics: [diagnostic({ file: 'a,b:c.yaml', message: '50% done\nnext' })], filesChecked: 1 }, context));
    expect(out.split('\n')[0]).toBe('::error file=a%2Cb%3Ac.yaml,line=5,col=1,endLine=5,endColumn=7,title=accords unknown-key::50%25 done%0Anext — did you mean `signed`?');
  });

  it('says when there are more annotations than GitHub shows', () => {
    const many = Array.from({ length: 11 }, (_, i) => diagnostic({ range: { start: { line: i, column: 0 }, end: { line: i, column: 1 } } }));
    const out = joined(github({ diagnostics: many, filesChecked: 1 }, context));
    expect(out).toContain('::notice title=accords::GitHub shows the first 10 errors');
    expect(out.trimEnd().split('\n').at(-1)).toBe('accords: 11 errors, 0 warnings in 1 file');
  });

  it('groups 100,000 problems of one file (a registry whose every entry fails) as it groups one', () => {
    // The groups used to be copied at each problem: 40,000 in one file took 13 s instead of 1.
    const many = Array.from({ length: 100_000 }, (_, i) => diagnostic({ file: 'agreements/organizations.yaml', range: { start: { line: i, column: 0 }, end: { line: i, column: 1 } } }));
    const lines = joined(stylish({ diagnostics: [diagnostic({}), ...many], filesChecked: 2 }, context)).split('\n');
    expect(lines.filter((line) => line === 'agreements/organizations.yaml')).toHaveLength(1);
    expect(lines.filter((line) => line.includes('unknown-key'))).toHaveLength(100_001);
    expect(lines.at(-2)).toBe('✖ 100001 problems (100001 errors, 0 warnings) in 2 files');
  });
});

describe('summary lines in French', () => {

  it('stylish counts problems, errors, warnings and files with French plurals', () => {
    const out = joined(stylish({ diagnostics: [diagnostic({}), diagnostic({ severity: 'warning' }), diagnostic({ severity: 'warning' })], filesChecked: 1 }, { ...context, say: fr }));
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problèmes (1 erreur, 2 avertissements) dans 1 fichier');
    expect(out.split('\n').slice(1, 3).map((line) => line.split(/\s{2,}/)[2])).toEqual(['erreur', 'avertissement']);
    expect(joined(stylish({ diagnostics: [], filesChecked: 4 }, { ...context, say: fr }))).toBe('✔ 4 fichiers vérifiés, aucun problème\n');
    expect(joined(stylish({ diagnostics: [diagnostic({ severity: 'warning' })], filesChecked: 0 }, { ...context, say: fr })).trimEnd().split('\n').at(-1)).toBe('⚠ 1 problème (0 erreur, 1 avertissement) dans 0 fichier');
  });

  it('github says how many annotations GitHub shows, and sums up', () => {
    const many = Array.from({ length: 11 }, (_, i) => diagnostic({ range: { start: { line: i, column: 0 }, end: { line: i, column: 1 } } }));
    const out = joined(github({ diagnostics: many, filesChecked: 2 }, { ...context, say: fr }));
    expect(out).toContain('::notice title=accords::GitHub n’affiche en annotations que les 10 premières erreurs et les 10 premiers avertissements ; les 11 sont tous dans ce journal');
    expect(out.trimEnd().split('\n').at(-1)).toBe('accords: 11 erreurs, 0 avertissement dans 2 fichiers');
  });
});
