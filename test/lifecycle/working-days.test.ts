import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlsaceMoselle, isNonWorkingDay, lastWorkingDayBefore, workingDayFlag } from '../../src/lifecycle/working-days.js';
import type { IsoDate } from '../../src/types.js';
import { arbitraryDate } from './arbitraries.js';

const d = (text: string) => text as IsoDate;

describe('non-working days (SPEC §6)', () => {
  it('1 May 2027 is a Saturday and a holiday: the last working day is Friday 30 April', () => {
    expect(isNonWorkingDay(d('2027-05-01'), false)).toBe(true);
    expect(lastWorkingDayBefore(d('2027-05-01'), false)).toBe('2027-04-30');
  });

  it('Easter Monday 2027 (29 March) is a holiday everywhere; the Friday before it only in Alsace-Moselle', () => {
    expect(isNonWorkingDay(d('2027-03-29'), false)).toBe(true);
    expect(lastWorkingDayBefore(d('2027-03-29'), false)).toBe('2027-03-26');
    expect(isNonWorkingDay(d('2027-03-26'), false)).toBe(false);
    expect(isNonWorkingDay(d('2027-03-26'), true)).toBe(true); // Good Friday
    expect(lastWorkingDayBefore(d('2027-03-29'), true)).toBe('2027-03-25');
  });

  it('26 December is a holiday in the Bas-Rhin (67), not in the Gironde (33)', () => {
    // 2028-12-26 is a Tuesday.
    expect(workingDayFlag(d('2028-12-26'), { departement: '67' })).toEqual({ non_working_day: true, last_working_day: '2028-12-22' });
    expect(workingDayFlag(d('2028-12-26'), { departement: '33' })).toBeUndefined();
    expect(isAlsaceMoselle({ commune: '57463' })).toBe(true);
    expect(isAlsaceMoselle({ region: '44' })).toBe(false);
  });

  it('a deadline on a Sunday: the working day before it is the Friday, and the Monday after is a working day', () => {
    expect(workingDayFlag(d('2027-09-19'), undefined)).toEqual({ non_working_day: true, last_working_day: '2027-09-17' });
    expect(workingDayFlag(d('2027-09-20'), undefined)).toBeUndefined();
  });

  it('the last working day is before the date, a working day, and every day between is non-working', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.boolean(), (date, alsace) => {
        const last = lastWorkingDayBefore(date, alsace);
        if (last === undefined) {
          expect(isNonWorkingDay(date, alsace)).toBe(false);
        } else {
          expect(last < date).toBe(true);
          expect(isNonWorkingDay(last, alsace)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('weekends', () => {
  it('are the Saturdays and Sundays Date counts, from the year 0 to 9999 (property)', () => {
    const anyDay = fc.integer({ min: -719_528, max: 2_932_896 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10) as IsoDate);
    fc.assert(
      fc.property(anyDay, (date) => {
        const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
        if (weekday === 0 || weekday === 6) expect(isNonWorkingDay(date, false)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(isNonWorkingDay(d('1970-01-03'), false)).toBe(true); // a Saturday
    expect(isNonWorkingDay(d('1970-01-02'), false)).toBe(false); // a Friday
    expect(isNonWorkingDay(d('0000-01-01'), false)).toBe(true); // a Saturday (proleptic Gregorian)
  });
});
