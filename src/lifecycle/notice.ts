import type { Duration, IsoDate } from '../types.js';
import { addDuration, subtractDuration } from './calendar.js';
import { addDays, minDate } from './date.js';

/**
 * The last day to give notice against the renewal that follows a term ending on `lastDay`
 * (SPEC §4 rule 3): the EARLIER of X − period and (R − period) − 1 day, R = X + 1. The two
 * ways of counting a délai differ near month ends; a deadline must never be announced late.
 * `noticeDeadline('2027-11-15', P2M)` //=> '2027-09-15'
 * `noticeDeadline('2018-09-30', P6M)` //=> '2018-03-30'
 * `noticeDeadline('2027-02-28', P1M)` //=> '2027-01-28'
 */
export function noticeDeadline(lastDay: IsoDate, period: Duration): IsoDate {
  const renewal = addDays(lastDay, 1);
  return minDate(subtractDuration(lastDay, period), addDays(subtractDuration(renewal, period), -1));
}

/**
 * The last day in force after notice given on day N at any time (rule 4): N + period − 1 day.
 * With no period, the agreement ends on the day notice is received.
 * `endAfterNotice('2026-01-10', P2M)` //=> '2026-03-09'
 */
export function endAfterNotice(noticeDay: IsoDate, period: Duration): IsoDate {
  const end = addDays(addDuration(noticeDay, period), -1);
  return end < noticeDay ? noticeDay : end;
}
