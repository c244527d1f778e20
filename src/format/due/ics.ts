import ical, { ICalAlarmType } from 'ical-generator';
import type { DueFormatter, EventKind } from './types.js';

const SUMMARY: Record<EventKind, string> = {
  start: 'Entrée en vigueur',
  'notice-deadline': 'Date limite de préavis',
  renewal: 'Reconduction tacite',
  expiry: 'Fin de l’accord',
  review: 'Réexamen',
};

/** Events worth a reminder: a missed notice deadline or expiry cannot be undone. */
const REMINDED: ReadonlySet<EventKind> = new Set(['notice-deadline', 'expiry']);

/**
 * An RFC 5545 calendar of all-day events (ical-generator does the escaping and folding).
 * Each event's UID is the agreement, the kind of event and its occurrence number, so a
 * re-import updates an event whose date moved rather than adding a second one.
 */
export const ics: DueFormatter = (events, { asOf }) => {
  const calendar = ical({ name: 'accords — échéances des accords', prodId: { company: 'accords', product: 'accords', language: 'FR' } });
  const stamp = utcDay(asOf);
  for (const event of events) {
    const start = utcDay(event.date);
    const created = calendar.createEvent({
      id: `${event.id}/${event.event}/${event.occurrence}@accords`,
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      stamp,
      summary: `${SUMMARY[event.event]} — ${event.title}`,
      description: `${SUMMARY[event.event]} : ${event.title} (${event.id}), le ${event.date}.`,
    });
    if (REMINDED.has(event.event)) {
      for (const days of [30, 7]) created.createAlarm({ type: ICalAlarmType.display, trigger: days * 86_400, description: `${SUMMARY[event.event]} dans ${days} jours — ${event.title}` });
    }
  }
  return calendar.toString();
};

/** All-day dates are written from the UTC fields: build them at UTC midnight so no zone shifts a day. */
function utcDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
