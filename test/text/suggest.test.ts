import { describe, expect, it } from 'vitest';
import { closest, levenshtein } from '../../src/text/suggest.js';

describe('closest', () => {
  it('finds a transposed key', () => expect(closest('sigend', ['signed', 'place', 'effective'])).toBe('signed'));
  it('finds a missing letter', () => expect(closest('efective', ['signed', 'effective'])).toBe('effective'));
  it('gives nothing when nothing is close', () => expect(closest('zzz', ['signed', 'place'])).toBeUndefined());
  it('ignores case', () => expect(closest('Framework', ['framework', 'local'])).toBe('framework'));
});

describe('levenshtein', () => {
  it('counts a transposition as one edit', () => expect(levenshtein('ab', 'ba')).toBe(1));
  it('is zero for equal words', () => expect(levenshtein('amf', 'amf')).toBe(0));
});


describe('closest on a word cut short', () => {
  it('completes a unique prefix', () => expect(closest('frame', ['framework', 'local', 'protocol'])).toBe('framework'));
  it('does not guess between two completions', () => expect(closest('pro', ['protocol', 'provision'])).toBeUndefined());
});
