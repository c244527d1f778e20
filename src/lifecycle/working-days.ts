import getJoursFeries from '@socialgouv/jours-feries';
import type { IsoDate, Territory } from '../types.js';
import { addDays, daysBetween, isoDateOf, partsOf } from './date.js';

const EPOCH = '1970-01-01' as IsoDate;

/** The départements where local law (Alsace-Moselle) adds Good Friday and 26 December. */
const ALSACE_MOSELLE: ReadonlySet<string> = new Set(['57', '67', '68']);

/** Holidays by regime (general, Alsace-Moselle) and by year, computed once each. */
const cache = [new Map<number, ReadonlySet<string>>(), new Map<number, ReadonlySet<string>>()] as const;

/**
 * The French public holidays of a year (Easter-based ones included), from @socialgouv/jours-feries.
 * `publicHolidays(2027, false).has('2027-03-29')` //=> true (Easter Monday)
 */
export function publicHolidays(year: number, alsaceMoselle: boolean): ReadonlySet<string> {
  const byYear = cache[alsaceMoselle ? 1 : 0];
  let days = byYear.get(year);
  if (!days) {
    // The library gives local midnights made by adding 24-hour days to Easter: read at noon, a
    // daylight-saving change on the way (any zone) cannot move one across a day boundary.
    days = new Set(Object.values(getJoursFeries(year, { alsace: alsaceMoselle })).map((date) => {
      const noon = new Date(date.getTime() + 12 * 3_600_000);
      return isoDateOf(noon.getFullYear(), noon.getMonth() + 1, noon.getDate());
    }));
    byYear.set(year, days);
  }
  return days;
}

/**
 * Whether a territory follows Alsace-Moselle's calendar: its `departement` is 57, 67 or 68 (or,
 * without one, its commune's INSEE code starts with them).
 */
export function isAlsaceMoselle(territory: Territory | undefined): boolean {
  const departement = territory?.departement ?? territory?.commune?.slice(0, 2);
  return departement !== undefined && ALSACE_MOSELLE.has(departement);
}

/**
 * A Saturday, a Sunday or a French public holiday (SPEC §6).
 * `isNonWorkingDay('2027-05-01', false)` //=> true (Saturday, and 1 May)
 * `isNonWorkingDay('2027-12-27', false)` //=> false
 */
export function isNonWorkingDay(date: IsoDate, alsaceMoselle: boolean): boolean {
  // 1970-01-01 was a Thursday (4; Sunday is 0).
  const weekday = (((daysBetween(EPOCH, date) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6 || publicHolidays(partsOf(date)[0], alsaceMoselle).has(date);
}

/**
 * The last working day before a non-working `date`, or undefined when `date` is a working day.
 * `lastWorkingDayBefore('2027-05-01', false)` //=> '2027-04-30'
 * `lastWorkingDayBefore('2027-12-26', true)`  //=> '2027-12-24' (Sunday; 25 Dec is a Saturday)
 */
export function lastWorkingDayBefore(date: IsoDate, alsaceMoselle: boolean): IsoDate | undefined {
  if (!isNonWorkingDay(date, alsaceMoselle)) return undefined;
  let day = addDays(date, -1);
  // At most a weekend and a few holidays in a row: the bound is only a guard.
  for (let steps = 0; steps < 31 && isNonWorkingDay(day, alsaceMoselle); steps++) day = addDays(day, -1);
  return day;
}

/** What `due` and `show` carry for an event on a non-working day (nothing for a working day). */
export function workingDayFlag(date: IsoDate, territory: Territory | undefined): { non_working_day: true; last_working_day: IsoDate } | undefined {
  const last = lastWorkingDayBefore(date, isAlsaceMoselle(territory));
  return last === undefined ? undefined : { non_working_day: true, last_working_day: last };
}
