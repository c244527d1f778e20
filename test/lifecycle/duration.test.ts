import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parseWithin } from '../../src/lifecycle/duration.js';

describe('parseDuration', () => {
  it.each([
    ['P1Y', { years: 1, months: 0, weeks: 0, days: 0 }],
    ['P1Y6M', { years: 1, months: 6, weeks: 0, days: 0 }],
    ['P6W', { years: 0, months: 0, weeks: 6, days: 0 }],
    ['P90D', { years: 0, months: 0, weeks: 0, days: 90 }],
    ['P1Y2M3W4D', { years: 1, months: 2, weeks: 3, days: 4 }],
  ])('reads %s', (text, expected) => expect(parseDuration(text)).toEqual(expected));

  it.each(['PT1H', 'P1DT2H', 'P1.5Y', '-P1Y', 'P', '', '1Y', 'P1M1Y', 'p1y', ' P1Y', 'P1Y '])('refuses %j', (text) => expect(parseDuration(text)).toBeNull());
  it('refuses what is not a string', () => expect(parseDuration(12)).toBeNull());
  it('gives the same reading, and the same refusal, each time a text comes back (and past the memo\'s size)', () => {
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 5000; n++) expect(parseDuration(`P${n}D`)).toEqual({ years: 0, months: 0, weeks: 0, days: n });
      expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
      expect(parseDuration('PT1H')).toBeNull();
    }
  });
});

describe('parseWithin', () => {
  it.each([
    ['90d', 'P90D'],
    ['12w', 'P12W'],
    ['3m', 'P3M'],
    ['1y', 'P1Y'],
    ['1Y6M', 'P1Y6M'],
    ['P3M', 'P3M'],
    ['p3m', 'P3M'],
  ])('reads %s as %s', (text, iso) => expect(formatDuration(parseWithin(text)!)).toBe(iso));
  it.each(['soon', '3 months', '', 'm', '-3m'])('refuses %j', (text) => expect(parseWithin(text)).toBeNull());
});
