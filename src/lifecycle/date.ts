import type { IsoDate } from '../types.js';

/**
 * A calendar date, or null when the text is not `YYYY-MM-DD` or the day does not exist.
 * `parseIsoDate('2024-02-29')` //=> '2024-02-29'
 * `parseIsoDate('2023-02-29')` //=> null
 */
export function parseIsoDate(text: unknown): IsoDate | null {
  if (typeof text !== 'string' || !isIsoShaped(text)) return null;
  const [y, m, d] = partsOf(text as IsoDate);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return text as IsoDate;
}

/** `YYYY-MM-DD` in ASCII digits (what /^\d{4}-\d{2}-\d{2}$/ matches), read by character codes: 100,000 records hold several dates each. */
function isIsoShaped(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return false;
  for (const i of DIGIT_AT) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) return false;
  }
  return true;
}

const DASH = 0x2d;
const ZERO = 0x30;
const NINE = 0x39;
const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9];

/**
 * `isoDateOf(2027, 2, 28)` //=> '2027-02-28' (month 1–12; the caller keeps the day valid).
 * Dates are compared as text, which holds for four-digit years only: arithmetic that runs past
 * the year 9999 stops there (every loop over dates is also bounded, see MAX_STEPS).
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  // NaN (a Date past ±275,760 years) is caught by the callers' own bounds; never printed.
  if (!(year <= 9999)) return MAX_DATE;
  if (year < 0) return MIN_DATE;
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}` as IsoDate;
}

/** '00' to '99': a month or a day as the date writes it, without a padStart per call. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** The last and first days date arithmetic gives: a result past them is them (a stated cap, never NaN). */
export const MAX_DATE = '9999-12-31' as IsoDate;
export const MIN_DATE = '0000-01-01' as IsoDate;

export function partsOf(date: IsoDate): [year: number, month: number, day: number] {
  // The text is `YYYY-MM-DD` (an IsoDate is made only by parseIsoDate or isoDateOf): digits read by their codes.
  const digit = (i: number) => date.charCodeAt(i) - 48;
  return [digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3), digit(5) * 10 + digit(6), digit(8) * 10 + digit(9)];
}

/** `daysInMonth(2024, 2)` //=> 29 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : MONTH_DAYS[month]!;
}

/** The proleptic Gregorian rule, as JavaScript's Date counts: `isLeapYear(2000)` //=> true, `isLeapYear(2100)` //=> false */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS: readonly number[] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Day arithmetic on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar): no
// clock, no zone, no Date. The conversions count in eras of 400 years (146,097 days), with years
// starting on 1 March so that a leap day ends its year (H. Hinnant, "chrono-compatible low-level
// date algorithms"); test/lifecycle/date.test.ts holds them to Date's own count on every day.
function dayNumber(date: IsoDate): number {
  const [year, m, d] = partsOf(date);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const MAX_DAY = 2_932_896; // 9999-12-31
const MIN_DAY = -719_528; // 0000-01-01

function fromDayNumber(n: number): IsoDate {
  if (!(n <= MAX_DAY)) return MAX_DATE;
  if (n < MIN_DAY) return MIN_DATE;
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return isoDateOf(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1);
}

/** `addDays('2016-11-16', -1)` //=> '2016-11-15' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return days === 0 ? date : fromDayNumber(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). `daysBetween('2026-11-22', '2027-09-15')` //=> 297 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
