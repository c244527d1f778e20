import { describe, expect, it } from 'vitest';
import { addDuration, subtractDuration } from '../../src/lifecycle/calendar.js';
import { parseDuration } from '../../src/lifecycle/duration.js';
import type { IsoDate } from '../../src/types.js';

const d = (text: string) => text as IsoDate;
const p = (text: string) => parseDuration(text)!;

describe('addDuration', () => {
  it('29 February plus one year is 28 February', () => expect(addDuration(d('2016-02-29'), p('P1Y'))).toBe('2017-02-28'));
  it('29 February plus four years is 29 February', () => expect(addDuration(d('2016-02-29'), p('P4Y'))).toBe('2020-02-29'));
  it('31 January plus one month is 28 February', () => expect(addDuration(d('2021-01-31'), p('P1M'))).toBe('2021-02-28'));
  it('31 January plus one month in a leap year is 29 February', () => expect(addDuration(d('2024-01-31'), p('P1M'))).toBe('2024-02-29'));
  it('adds months before days', () => expect(addDuration(d('2021-01-31'), p('P1M1D'))).toBe('2021-03-01'));
  it('adds weeks as seven days', () => expect(addDuration(d('2026-12-28'), p('P6W'))).toBe('2027-02-08'));
  it('crosses the end of a year', () => expect(addDuration(d('2026-11-22'), p('P90D'))).toBe('2027-02-20'));
  it('one year from 16 November 2016', () => expect(addDuration(d('2016-11-16'), p('P1Y'))).toBe('2017-11-16'));
  it('is not moved by a daylight-saving change (TZ pinned to Europe/Paris)', () => expect(addDuration(d('2027-03-27'), p('P1D'))).toBe('2027-03-28'));
  it('keeps years below 100 as written', () => expect(addDuration(d('0099-12-31'), p('P1M'))).toBe('0100-01-31'));
});

describe('subtractDuration', () => {
  it('31 August minus six months is 28 February', () => expect(subtractDuration(d('2021-08-31'), p('P6M'))).toBe('2021-02-28'));
  it('30 September minus six months is 30 March', () => expect(subtractDuration(d('2018-09-30'), p('P6M'))).toBe('2018-03-30'));
  it('31 March minus one month is 28 February', () => expect(subtractDuration(d('2027-03-31'), p('P1M'))).toBe('2027-02-28'));
  it('1 March minus one day is the last of February', () => expect(subtractDuration(d('2024-03-01'), p('P1D'))).toBe('2024-02-29'));
});
