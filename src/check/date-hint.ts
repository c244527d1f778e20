import { message } from '../text/say.js';
import type { Message } from '../text/say.js';

/**
 * What to write instead of a date given in the wrong form, as `validate` says it for a record:
 * a French `16/11/2016` (or `16.11.2016`, `16-11-2016`) becomes « écrivez 2016-11-16 »; an ISO date
 * that does not exist says how many days its month has; anything else, `undefined`.
 * `dateHint('16/11/2016')` //=> message 'write 2016-11-16'   `dateHint('2023-02-29')` //=> message 'February 2023 has 28 days'
 */
export function dateHint(value: string): Message | undefined {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (french) {
    const [, d, m, y] = french as unknown as [string, string, string, string];
    if (Number(m) >= 1 && Number(m) <= 12) return message('check.pattern.writeDate', { date: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` });
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (iso) {
    const [y, m] = [Number(iso[1]), Number(iso[2])];
    if (m < 1 || m > 12) return message('check.date.monthsHint');
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return message('check.date.daysInMonth', { month: { month: m }, year: y, days });
  }
  return undefined;
}
