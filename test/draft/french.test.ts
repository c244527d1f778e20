import { describe, expect, it } from 'vitest';
import { formatDateFr, formatDurationFr, joinFr, numberFr } from '../../src/draft/french.js';
import { parseDuration } from '../../src/lifecycle/duration.js';

describe('formatDateFr', () => {
  it('writes the first of the month as 1er', () => expect(formatDateFr('2026-12-01')).toBe('1er décembre 2026'));
  it('writes other days plainly', () => expect(formatDateFr('2016-11-16')).toBe('16 novembre 2016'));
  it.each([
    ['2020-01-02', '2 janvier 2020'], ['2020-02-29', '29 février 2020'], ['2020-03-03', '3 mars 2020'], ['2020-04-04', '4 avril 2020'],
    ['2020-05-05', '5 mai 2020'], ['2020-06-06', '6 juin 2020'], ['2020-07-16', '16 juillet 2020'], ['2020-08-15', '15 août 2020'],
    ['2020-09-09', '9 septembre 2020'], ['2020-10-10', '10 octobre 2020'], ['2020-11-11', '11 novembre 2020'], ['2020-12-31', '31 décembre 2020'],
  ])('%s is %s', (date, text) => expect(formatDateFr(date)).toBe(text));
});

describe('numberFr', () => {
  it.each([
    [1, 'un'], [2, 'deux'], [16, 'seize'], [17, 'dix-sept'], [20, 'vingt'], [21, 'vingt et un'], [22, 'vingt-deux'], [31, 'trente et un'],
    [70, 'soixante-dix'], [71, 'soixante et onze'], [72, 'soixante-douze'], [80, 'quatre-vingts'], [81, 'quatre-vingt-un'],
    [90, 'quatre-vingt-dix'], [91, 'quatre-vingt-onze'], [99, 'quatre-vingt-dix-neuf'], [100, 'cent'], [101, 'cent un'],
    [200, 'deux cents'], [201, 'deux cent un'], [280, 'deux cent quatre-vingts'], [1000, 'mille'], [2000, 'deux mille'], [200_000, 'deux cent mille'],
  ])('%i is %s', (n, text) => expect(numberFr(n)).toBe(text));
});

describe('formatDurationFr', () => {
  const fr = (iso: string, digits?: boolean) => formatDurationFr(parseDuration(iso)!, digits);
  it('two months', () => expect(fr('P2M')).toBe('deux (2) mois'));
  it('one year', () => expect(fr('P1Y')).toBe('un (1) an'));
  it('one year without figures', () => expect(fr('P1Y', false)).toBe('un an'));
  it('two months without figures', () => expect(fr('P2M', false)).toBe('deux mois'));
  it('eighteen months', () => expect(fr('P18M')).toBe('dix-huit (18) mois'));
  it('a year and a half', () => expect(fr('P1Y6M')).toBe('un (1) an et six (6) mois'));
  it('one week is feminine', () => expect(fr('P1W')).toBe('une (1) semaine'));
  it('twenty-one weeks', () => expect(fr('P21W', false)).toBe('vingt et une semaines'));
  it('ninety days', () => expect(fr('P90D')).toBe('quatre-vingt-dix (90) jours'));
  it('five years', () => expect(fr('P5Y', false)).toBe('cinq ans'));
});

describe('joinFr', () => {
  it('joins with "et"', () => expect(joinFr(['A', 'B', 'C'])).toBe('A, B et C'));
  it('keeps a pair', () => expect(joinFr(['A', 'B'])).toBe('A et B'));
});

describe('digitsFr and typographyFr', () => {
  it('groups digits by three with a narrow non-breaking space', async () => {
    const { digitsFr } = await import('../../src/draft/french.js');
    expect(digitsFr(12000)).toBe('12\u202f000');
    expect(digitsFr(150000)).toBe('150\u202f000');
    expect(digitsFr(1234567)).toBe('1\u202f234\u202f567');
    expect(digitsFr(999)).toBe('999');
  });

  it('puts non-breaking spaces before : ; ! ? » and after «', async () => {
    const { typographyFr } = await import('../../src/draft/french.js');
    expect(typographyFr('ci-après « le partenaire » ; axes : un ? oui !')).toBe('ci-après «\u00a0le partenaire\u00a0»\u202f; axes\u00a0: un\u202f? oui\u202f!');
    expect(typographyFr('https://example.org a:b')).toBe('https://example.org a:b');
  });
});
