import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { subtractDuration } from '../../src/lifecycle/calendar.js';
import { addDays } from '../../src/lifecycle/date.js';
import { parseDuration } from '../../src/lifecycle/duration.js';
import { endAfterNotice, noticeDeadline } from '../../src/lifecycle/notice.js';
import type { IsoDate } from '../../src/types.js';
import { arbitraryDate, arbitraryDuration } from './arbitraries.js';

const d = (text: string) => text as IsoDate;
const p = (text: string) => parseDuration(text)!;

describe('noticeDeadline (rule 3, the SPEC examples)', () => {
  it('X = 2027-11-15, P2M → 2027-09-15', () => expect(noticeDeadline(d('2027-11-15'), p('P2M'))).toBe('2027-09-15'));
  it('X = 2018-09-30, P6M → 2018-03-30 (X − period is earlier)', () => expect(noticeDeadline(d('2018-09-30'), p('P6M'))).toBe('2018-03-30'));
  it('X = 2027-02-28, P1M → 2027-01-28 (X − period is earlier)', () => expect(noticeDeadline(d('2027-02-28'), p('P1M'))).toBe('2027-01-28'));
  it('takes (R − period) − 1 when it is the earlier count', () => expect(noticeDeadline(d('2027-03-30'), p('P1M'))).toBe('2027-02-27'));
  it('counts days and weeks exactly', () => expect(noticeDeadline(d('2027-12-31'), p('P90D'))).toBe('2027-10-02'));

  it('is never after either count (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, arbitraryDuration, (lastDay, period) => {
        const deadline = noticeDeadline(lastDay, period);
        expect(deadline <= subtractDuration(lastDay, period)).toBe(true);
        expect(deadline <= addDays(subtractDuration(addDays(lastDay, 1), period), -1)).toBe(true);
        expect([subtractDuration(lastDay, period), addDays(subtractDuration(addDays(lastDay, 1), period), -1)]).toContain(deadline);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('endAfterNotice (rule 4)', () => {
  it('notice on 10 January with two months ends on 9 March', () => expect(endAfterNotice(d('2026-01-10'), p('P2M'))).toBe('2026-03-09'));
  it('notice on 31 December with one month ends on 30 January', () => expect(endAfterNotice(d('2026-12-31'), p('P1M'))).toBe('2027-01-30'));
  it('without a period ends on the day of notice', () => expect(endAfterNotice(d('2026-01-10'), p('P0D'))).toBe('2026-01-10'));
});
