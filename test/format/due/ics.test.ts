import fc from 'fast-check';
import ical, { ICalAlarmType } from 'ical-generator';
import { describe, expect, it } from 'vitest';
import { ics } from '../../../src/format/due/ics.js';
import type { DueEvent } from '../../../src/format/due/types.js';
import { PLAIN } from '../../../src/format/paint.js';
import type { Say } from '../../../src/text/say.js';
import { anyText } from '../any-text.js';
import { joined } from '../pieces.js';
import { en, fr } from '../../say.js';

const events: DueEvent[] = [{ date: '2027-09-15', event: 'notice-deadline', id: 'amf-2016', title: 'Accord cadre', days_left: 297, occurrence: 11 }];
const context = { say: en, paint: PLAIN, asOf: '2026-11-22', until: '2027-11-22' };
/** The calendar with RFC 5545 continuation lines unfolded. */
const calendar = (say = en) => joined(ics(events, { ...context, say })).replace(/\r\n /g, '');

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
    const text = calendar(fr);
    expect(text).toContain('PRODID:-//accords//accords//FR');
    expect(text).toContain('X-WR-CALNAME:accords — échéances des accords');
    expect(text).toContain('SUMMARY:Date limite de préavis — Accord cadre');
    expect(text).toContain('DESCRIPTION:Date limite de préavis : Accord cadre (amf-2016)\\, le 2027-09-15.');
    expect(text).toContain('DESCRIPTION:Date limite de préavis dans 7 jours — Accord cadre');
    expect(text).toContain('UID:amf-2016/notice-deadline/11@accords');
  });
});

/**
 * The calendar as ical-generator 10 made it until the tool wrote its own (that library measured
 * each character with a new TextEncoder: 33 s for the 40,000 events of 100,000 records).
 */
function referenceCalendar(say: Say, events: readonly DueEvent[], asOf: string): string {
  const SUMMARY = { start: 'format.ics.event.start', 'notice-deadline': 'format.ics.event.noticeDeadline', renewal: 'format.ics.event.renewal', expiry: 'format.ics.event.expiry', review: 'format.ics.event.review' } as const;
  const utcDay = (date: string) => new Date(`${date}T00:00:00Z`);
  const calendar = ical({ name: say('format.ics.name'), prodId: { company: 'accords', product: 'accords', language: say.language.toUpperCase() } });
  for (const event of events) {
    const start = utcDay(event.date);
    const summary = say(SUMMARY[event.event as keyof typeof SUMMARY]);
    const created = calendar.createEvent({ id: `${event.id}/${event.event}/${event.occurrence}@accords`, start, end: new Date(start.getTime() + 86_400_000), allDay: true, stamp: utcDay(asOf), summary: `${summary} — ${event.title}`, description: say('format.ics.description', { event: summary, title: event.title, id: event.id, date: event.date }) });
    if (event.event === 'notice-deadline' || event.event === 'expiry') {
      for (const days of [30, 7]) created.createAlarm({ type: ICalAlarmType.display, trigger: days * 86_400, description: say('format.ics.alarm', { event: summary, count: days, title: event.title }) });
    }
  }
  return calendar.toString();
}

const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const dueEvent: fc.Arbitrary<DueEvent> = fc.record({
  date: isoDate,
  event: fc.constantFrom('start', 'notice-deadline', 'renewal', 'expiry', 'review'),
  id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,40}$/),
  // Any text a title may hold: accents, emoji, lone surrogates, separators and line breaks to escape.
  title: fc.oneof(anyText(200), fc.constantFrom('Accord cadre national entre l’AMF et Pôle emploi', 'a;b,c\\d\ne', '📞'.repeat(40))),
  days_left: fc.integer({ min: 0, max: 5000 }),
  occurrence: fc.integer({ min: 1, max: 99 }),
});

describe('the ICS calendar against ical-generator', () => {
  it('is byte for byte what ical-generator 10 wrote, with the last line ended by CRLF as RFC 5545 asks', () => {
    for (const say of [en, fr]) {
      fc.assert(
        fc.property(fc.array(dueEvent, { maxLength: 6 }), isoDate, (events, asOf) => {
          expect(joined(ics(events, { ...context, say, asOf }))).toBe(`${referenceCalendar(say, events, asOf)}\r\n`);
        }),
        { numRuns: 300 },
      );
    }
  });
});
