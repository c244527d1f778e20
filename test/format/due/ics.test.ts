import { afterEach, describe, expect, it } from 'vitest';
import { ics } from '../../../src/format/due/ics.js';
import type { DueEvent } from '../../../src/format/due/types.js';
import { PLAIN } from '../../../src/format/paint.js';
import { useLanguage } from '../../../src/text/say.js';
import { joined } from '../pieces.js';

afterEach(() => useLanguage('en'));

const events: DueEvent[] = [{ date: '2027-09-15', event: 'notice-deadline', id: 'amf-2016', title: 'Accord cadre', days_left: 297, occurrence: 11 }];
const context = { paint: PLAIN, asOf: '2026-11-22', until: '2027-11-22' };
/** The calendar with RFC 5545 continuation lines unfolded. */
const calendar = () => joined(ics(events, context)).replace(/\r\n /g, '');

describe('the ICS calendar', () => {
  it('is in English by default', () => {
    const text = calendar();
    expect(text).toContain('PRODID:-//accords//accords//EN');
    expect(text).toContain('X-WR-CALNAME:accords — agreement deadlines');
    expect(text).toContain('SUMMARY:Notice deadline — Accord cadre');
    expect(text).toContain('DESCRIPTION:Notice deadline: Accord cadre (amf-2016)\\, on 2027-09-15.');
    expect(text).toContain('DESCRIPTION:Notice deadline in 30 days — Accord cadre');
    expect(text).toContain('DESCRIPTION:Notice deadline in 7 days — Accord cadre');
  });

  it('is in French in French, with the same UIDs', () => {
    useLanguage('fr');
    const text = calendar();
    expect(text).toContain('PRODID:-//accords//accords//FR');
    expect(text).toContain('X-WR-CALNAME:accords — échéances des accords');
    expect(text).toContain('SUMMARY:Date limite de préavis — Accord cadre');
    expect(text).toContain('DESCRIPTION:Date limite de préavis : Accord cadre (amf-2016)\\, le 2027-09-15.');
    expect(text).toContain('DESCRIPTION:Date limite de préavis dans 7 jours — Accord cadre');
    expect(text).toContain('UID:amf-2016/notice-deadline/11@accords');
  });
});
