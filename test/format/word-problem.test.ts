import { describe, expect, it } from 'vitest';
import { wordProblem } from '../../src/format/word-problem.js';
import { message } from '../../src/text/say.js';
import type { Problem } from '../../src/types.js';
import { en, fr } from '../say.js';

const range = { start: { line: 2, column: 4 }, end: { line: 2, column: 9 } };

describe('wordProblem', () => {
  it('words a core problem in the language of the say it is given, the rest as it is', () => {
    const problem: Problem = { file: 'agreements/a.yaml', range, severity: 'error', rule: 'unknown-key', message: message('check.schema.unknownKey', { key: 'sigend' }), hint: message('common.didYouMean', { guess: 'signed' }) };
    expect(wordProblem(en, problem)).toEqual({ file: 'agreements/a.yaml', range, severity: 'error', rule: 'unknown-key', message: en('check.schema.unknownKey', { key: 'sigend' }), hint: en('common.didYouMean', { guess: 'signed' }) });
    expect(wordProblem(fr, problem)).toMatchObject({ message: 'clé inconnue `sigend`', hint: 'vouliez-vous dire `signed` ?' });
  });

  it('gives no hint to a problem that has none', () => {
    const worded = wordProblem(fr, { file: 'a.yaml', range, severity: 'warning', rule: 'empty-file', message: message('load.emptyFile') });
    expect(worded).toEqual({ file: 'a.yaml', range, severity: 'warning', rule: 'empty-file', message: fr('load.emptyFile') });
    expect('hint' in worded).toBe(false);
  });
});
