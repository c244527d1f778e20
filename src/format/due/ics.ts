import ical, { ICalAlarmType } from 'ical-generator';
import { currentLanguage, say } from '../../text/say.js';
import type { MessageKey } from '../../text/say.js';
import type { DueFormatter, EventKind } from './types.js';

/** Each event's summary, by kind (keys here, texts at run time: the language is chosen after load). */
const SUMMARY = {
  start: 'format.ics.event.start',
  'notice-deadline': 'format.ics.event.noticeDeadline',
  renewal: 'format.ics.event.renewal',
  expiry: 'format.ics.event.expiry',
  review: 'format.ics.event.review',
} as const satisfies Record<EventKind, MessageKey>;

/** Events worth a reminder: a missed notice deadline or expiry cannot be undone. */
const REMINDED: ReadonlySet<EventKind> = new Set(['notice-deadline', 'expiry']);

/**
 * An RFC 5545 calendar of all-day events (ical-generator does the escaping and folding), in the
 * current language. Each event's UID is the agreement, the kind of event and its occurrence
 * number, so a re-import updates an event whose date moved rather than adding a second one.
 */
export const ics: DueFormatter = (events, { asOf }) => {
  const calendar = ical({ name: say('format.ics.name'), prodId: { company: 'accords', product: 'accords', language: currentLanguage().toUpperCase() } });
  const stamp = utcDay(asOf);
  for (const event of events) {
    const start = utcDay(event.date);
    const summary = say(SUMMARY[event.event]);
    const created = calendar.createEvent({
      id: `${event.id}/${event.event}/${event.occurrence}@accords`,
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      stamp,
      summary: `${summary} — ${event.title}`,
      description: say('format.ics.description', { event: summary, title: event.title, id: event.id, date: event.date }),
    });
    if (REMINDED.has(event.event)) {
      for (const days of [30, 7]) created.createAlarm({ type: ICalAlarmType.display, trigger: days * 86_400, description: say('format.ics.alarm', { event: summary, count: days, title: event.title }) });
    }
  }
  // One piece: the library makes the calendar's text whole.
  return [calendar.toString()];
};

/** All-day dates are written from the UTC fields: build them at UTC midnight so no zone shifts a day. */
function utcDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
