import { describe, expect, it } from 'vitest';
import { dateHint } from '../../src/check/date-hint.js';
import { en, fr } from '../say.js';
import { worded } from '../worded.js';

const hintIn = (say: typeof en, value: string) => worded(say, dateHint(value));

describe('dateHint', () => {
  it('turns a French day/month/year into the ISO form', () => {
    expect(hintIn(en, '16/11/2016')).toBe('write 2016-11-16');
    expect(hintIn(en, '1.2.2026')).toBe('write 2026-02-01');
    expect(hintIn(en, '01-12-2026')).toBe('write 2026-12-01');
    expect(hintIn(fr, '16/11/2016')).toBe('écrivez 2016-11-16');
  });

  it('says how long the month of an impossible ISO date is', () => {
    expect(hintIn(en, '2023-02-29')).toBe('February 2023 has 28 days');
    expect(hintIn(en, '2023-13-01')).toBe('months run from 01 to 12');
    expect(hintIn(fr, '2024-04-31')).toBe('avril 2024 compte 30 jours');
  });

  it('has nothing to say of other text', () => {
    expect(dateHint('demain')).toBeUndefined();
    expect(dateHint('16/13/2016')).toBeUndefined();
  });
});
