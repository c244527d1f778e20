import type { MessageKey } from '../../text/say.js';
import { contentLine, escapeText, icalDate } from '../content-line.js';
import type { DueEvent, DueFormatter, EventKind } from './types.js';
import { daysBetween } from '../../lifecycle/date.js';
import type { IsoDate } from '../../types.js';
import { eventNotes } from './notes.js';
import type { Say } from '../../text/say.js';

/** Each event's summary, by kind (keys here, texts at run time: the language is chosen after load). */
const SUMMARY = {
  start: 'format.ics.event.start',
  'notice-deadline': 'format.ics.event.noticeDeadline',
  renewal: 'format.ics.event.renewal',
  expiry: 'format.ics.event.expiry',
  review: 'format.ics.event.review',
  'committee-meeting': 'deadlines.ics.committeeMeeting',
} as const satisfies Record<EventKind, MessageKey>;

/** Events worth a reminder, so many days before: a missed notice deadline or expiry cannot be undone. */
const REMINDED: ReadonlySet<EventKind> = new Set(['notice-deadline', 'expiry']);
const REMINDER_DAYS: readonly number[] = [30, 7];

/**
 * An RFC 5545 calendar of all-day events, in the language of `say`, an event at a time. Each
 * event's UID is the agreement, the kind of event and its occurrence number, so a re-import
 * updates an event whose date moved rather than adding a second one.
 */
export const ics: DueFormatter = function* (events, { say, asOf }) {
  const name = say('format.ics.name');
  yield [
    'BEGIN:VCALENDAR\r\n',
    'VERSION:2.0\r\n',
    contentLine('PRODID', `-//accords//accords//${say.language.toUpperCase()}`),
    contentLine('NAME', escapeText(name)),
    contentLine('X-WR-CALNAME', escapeText(name)),
  ].join('');
  const stamp = `${icalDate(asOf)}T000000Z`;
  for (const event of events) yield vevent(say, event, stamp);
  yield 'END:VCALENDAR\r\n';
};

function vevent(say: Say, event: DueEvent, stamp: string): string {
  const summary = say(SUMMARY[event.event]);
  const lines = [
    'BEGIN:VEVENT\r\n',
    contentLine('UID', `${event.id}/${event.event}/${event.occurrence}@accords`),
    'SEQUENCE:0\r\n',
    `DTSTAMP:${stamp}\r\n`,
    `DTSTART;VALUE=DATE:${icalDate(event.date)}\r\n`,
    `DTEND;VALUE=DATE:${icalDate(nextDay(event.date))}\r\n`,
    // Outlook's own marks of an all-day event, as ical-generator writes them.
    'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\n',
    'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n',
    contentLine('SUMMARY', escapeText(`${summary} — ${event.title}`)),
    contentLine('DESCRIPTION', escapeText([say('format.ics.description', { event: summary, title: event.title, id: event.id, date: event.date }), ...eventNotes(say, event, false)].join('\n'))),
  ];
  // A lead time is one more reminder, that many days before (unless it is one of the usual ones).
  const lead = event.announce ? daysBetween(event.announce as IsoDate, event.date as IsoDate) : 0;
  const reminders = REMINDED.has(event.event) ? [...REMINDER_DAYS] : [];
  if (lead > 0 && !reminders.includes(lead)) reminders.unshift(lead);
  if (reminders.length > 0) {
    for (const days of reminders) {
      const description = say('format.ics.alarm', { event: summary, count: days, title: event.title });
      lines.push('BEGIN:VALARM\r\n', 'ACTION:DISPLAY\r\n', `TRIGGER:-P${days}D\r\n`, contentLine('DESCRIPTION', escapeText(description)), 'END:VALARM\r\n');
    }
  }
  lines.push('END:VEVENT\r\n');
  return lines.join('');
}

/** The ISO date after `date`: an all-day event ends, exclusive, the next day. */
function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}
