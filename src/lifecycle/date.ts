import type { IsoDate } from '../types.js';

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date, or null when the text is not `YYYY-MM-DD` or the day does not exist.
 * `parseIsoDate('2024-02-29')` //=> '2024-02-29'
 * `parseIsoDate('2023-02-29')` //=> null
 */
export function parseIsoDate(text: unknown): IsoDate | null {
  if (typeof text !== 'string') return null;
  const match = ISO.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return text as IsoDate;
}

/**
 * `isoDateOf(2027, 2, 28)` //=> '2027-02-28' (month 1–12; the caller keeps the day valid).
 * Dates are compared as text, which holds for four-digit years only: arithmetic that runs past
 * the year 9999 stops there (every loop over dates is also bounded, see MAX_STEPS).
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  // NaN (a Date past ±275,760 years) is caught by the callers' own bounds; never printed.
  if (!(year <= 9999)) return MAX_DATE;
  if (year < 0) return MIN_DATE;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

/** The last and first days date arithmetic gives: a result past them is them (a stated cap, never NaN). */
export const MAX_DATE = '9999-12-31' as IsoDate;
export const MIN_DATE = '0000-01-01' as IsoDate;

export function partsOf(date: IsoDate): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** `daysInMonth(2024, 2)` //=> 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Day arithmetic on day numbers (days since 1970-01-01 in the proleptic calendar): no clock,
// no zone, so no daylight-saving hour can move a date.
function dayNumber(date: IsoDate): number {
  const [y, m, d] = partsOf(date);
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99 (Date.UTC reads them as 1900–1999).
  return Math.round(new Date(0).setUTCFullYear(y, m - 1, d) / DAY_MS);
}

const MAX_DAY = Math.round(Date.UTC(9999, 11, 31) / DAY_MS);
const MIN_DAY = Math.round(new Date(0).setUTCFullYear(0, 0, 1) / DAY_MS);

function fromDayNumber(n: number): IsoDate {
  if (!(n <= MAX_DAY)) return MAX_DATE;
  if (n < MIN_DAY) return MIN_DATE;
  const date = new Date(n * DAY_MS);
  return isoDateOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
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
