import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closest, closestIn, levenshtein } from '../../src/text/suggest.js';

/** The full table, as the tool computed it before it learnt to stop early: the reference. */
function fullDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

function referenceClosest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const prefixed = lower.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = fullDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.min(3, Math.max(1, Math.floor(word.length / 3))) ? best : undefined;
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', '1', 'é'), maxLength: 10 });

describe('closest and levenshtein against the full table', () => {
  it('give what the full computation gives', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(levenshtein(a, b)).toBe(fullDistance(a, b));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 12 }), (typo, candidates) => {
        expect(closest(typo, candidates)).toBe(referenceClosest(typo, candidates));
        expect(closestIn(candidates)(typo)).toBe(referenceClosest(typo, candidates));
      }),
      { numRuns: 2000 },
    );
  });
});

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
