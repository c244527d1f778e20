import { addMonths } from 'date-fns/addMonths';
import type { Duration, IsoDate } from '../types.js';
import { addDays, isoDateOf, MAX_DATE, MIN_DATE, partsOf } from './date.js';

/**
 * Add a duration the way a calendar does (SPEC §4): years and months first in one step,
 * clamping to the last day of a shorter month, then weeks and days.
 * `addDuration('2016-02-29', P1Y)` //=> '2017-02-28'
 * `addDuration('2021-01-31', P1M)` //=> '2021-02-28'
 */
export function addDuration(date: IsoDate, d: Duration): IsoDate {
  return addDays(addCalendarMonths(date, d.years * 12 + d.months), d.weeks * 7 + d.days);
}

/**
 * The mirror of addDuration: months back first (clamping), then days.
 * `subtractDuration('2018-09-30', P6M)` //=> '2018-03-30'
 * `subtractDuration('2027-03-31', P1M)` //=> '2027-02-28'
 */
export function subtractDuration(date: IsoDate, d: Duration): IsoDate {
  return addDays(addCalendarMonths(date, -(d.years * 12 + d.months)), -(d.weeks * 7 + d.days));
}

/**
 * Months added with date-fns' clamping rule, on a noon-of-day date so no zone or
 * daylight-saving change can move it across midnight.
 */
function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  if (months === 0) return date;
  // 100,000 records share a few thousand dates and periods: each sum is made once (a pure
  // function's memo), found by the number of months and then by the date itself (no key is built).
  let byDate = sums.get(months);
  if (byDate === undefined) {
    byDate = new Map();
    sums.set(months, byDate);
  }
  let sum = byDate.get(date);
  if (sum === undefined) {
    if (++remembered > MAX_SUMS) {
      sums.clear();
      remembered = 1;
      sums.set(months, (byDate = new Map()));
    }
    sum = monthsAdded(date, months);
    byDate.set(date, sum);
  }
  return sum;
}

const sums = new Map<number, Map<IsoDate, IsoDate>>();
let remembered = 0;
const MAX_SUMS = 1 << 16;

function monthsAdded(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = partsOf(date);
  // Past 9999-12 or before 0000-01 the result is the cap (see MAX_DATE), not an overflowing Date.
  const target = y * 12 + (m - 1) + months;
  if (!(target <= 9999 * 12 + 11)) return MAX_DATE;
  if (target < 0) return MIN_DATE;
  const noon = new Date(2000, 0, 1, 12);
  noon.setFullYear(y, m - 1, d); // setFullYear, unlike the constructor, keeps years below 100
  const result = addMonths(noon, months);
  return isoDateOf(result.getFullYear(), result.getMonth() + 1, result.getDate());
}
