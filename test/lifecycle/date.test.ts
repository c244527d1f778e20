import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, isLeapYear, isoDateOf, MAX_DATE, MIN_DATE, parseIsoDate, partsOf } from '../../src/lifecycle/date.js';
import type { IsoDate } from '../../src/types.js';

const DAY_MS = 86_400_000;

/** What JavaScript's Date makes of a day number (days since 1970-01-01, UTC): the reference the integer arithmetic is held to. */
function dateOfDay(n: number): IsoDate {
  const date = new Date(n * DAY_MS);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}` as IsoDate;
}

const FIRST = Math.round(new Date(0).setUTCFullYear(0, 0, 1) / DAY_MS);
const LAST = Math.round(Date.UTC(9999, 11, 31) / DAY_MS);
const EPOCH = '1970-01-01' as IsoDate;

describe('day arithmetic', () => {
  it('counts every day from 0000-01-01 to 9999-12-31 as Date does', () => {
    // 3.65 million days: each day's number, and the day back from it, compared with Date's.
    let mismatches = 0;
    for (let n = FIRST; n <= LAST; n++) {
      const date = dateOfDay(n);
      if (addDays(EPOCH, n) !== date || daysBetween(EPOCH, date) !== n) mismatches++;
    }
    expect(mismatches).toBe(0);
    expect(addDays(EPOCH, FIRST)).toBe('0000-01-01');
    expect(addDays(EPOCH, LAST)).toBe('9999-12-31');
  });

  it('steps across 29 February, month ends and year ends', () => {
    expect(addDays('2024-02-28' as IsoDate, 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29' as IsoDate, 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28' as IsoDate, 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28' as IsoDate, 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28' as IsoDate, 1)).toBe('2000-02-29');
    expect(addDays('2026-12-31' as IsoDate, 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01' as IsoDate, -1)).toBe('2026-12-31');
    expect(daysBetween('2026-11-22' as IsoDate, '2027-09-15' as IsoDate)).toBe(297);
  });

  it('stops at the first and last days it can write', () => {
    expect(addDays('9999-12-31' as IsoDate, 1)).toBe(MAX_DATE);
    expect(addDays('0000-01-01' as IsoDate, -1)).toBe(MIN_DATE);
    expect(addDays('2026-01-01' as IsoDate, 10_000_000)).toBe(MAX_DATE);
  });

  it('adds and takes back the same number of days (property)', () => {
    const day = fc.integer({ min: FIRST, max: LAST }).map(dateOfDay);
    fc.assert(
      fc.property(day, fc.integer({ min: -400_000, max: 400_000 }), (date, n) => {
        const later = addDays(date, n);
        if (later === MAX_DATE || later === MIN_DATE) return;
        expect(daysBetween(date, later)).toBe(n);
        expect(addDays(later, -n)).toBe(date);
      }),
    );
  });
});

describe('the parts of a date', () => {
  it('reads and writes years below 1000 with four digits', () => {
    expect(partsOf('0099-03-07' as IsoDate)).toEqual([99, 3, 7]);
    expect(isoDateOf(99, 3, 7)).toBe('0099-03-07');
    expect(isoDateOf(2027, 12, 31)).toBe('2027-12-31');
  });

  it('knows the days of each month, leap years by the Gregorian rule', () => {
    expect([2000, 2024, 1900, 2100, 2023].map(isLeapYear)).toEqual([true, true, false, false, false]);
    for (let year = 0; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) expect(daysInMonth(year, month)).toBe(new Date(new Date(0).setUTCFullYear(year, month, 0)).getUTCDate());
    }
  });

  it('takes only real days', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2023-04-31')).toBeNull();
    expect(parseIsoDate('2023-00-10')).toBeNull();
    expect(parseIsoDate('2023-13-10')).toBeNull();
    expect(parseIsoDate('2023-01-00')).toBeNull();
  });

  it('takes only the YYYY-MM-DD shape', () => {
    for (const text of ['2024-1-01', ' 2024-01-01', '2024-01-01\n', '2024/01/01', '20a4-01-01', '2024-01-0١', '+2024-01-01', '2024-01-01T00:00', '', 20240101, null]) expect(parseIsoDate(text)).toBeNull();
    // Property: the same verdict as the pattern and the calendar, on any text of ten characters from digits and dashes.
    const text = fc.array(fc.constantFrom('0', '1', '2', '3', '9', '-'), { minLength: 10, maxLength: 10 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
        const real = match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[3]) >= 1 && Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
        expect(parseIsoDate(t)).toBe(real ? t : null);
      }),
    );
  });
});
