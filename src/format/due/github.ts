import { eventLabel } from '../../lifecycle/labels.js';
import { eventNotes } from './notes.js';
import type { DueContext, DueEvent, DueFormatter } from './types.js';
import type { Say } from '../../text/say.js';

/** A notice deadline this close to the as-of day (or closer) is an error, not a warning (SPEC §6). */
export const URGENT_NOTICE_DAYS = 30;

/** `error` for a notice deadline within 30 days of the as-of day, `warning` for every other event. */
export function eventSeverity(event: DueEvent): 'error' | 'warning' {
  return event.event === 'notice-deadline' && event.days_left <= URGENT_NOTICE_DAYS ? 'error' : 'warning';
}

/** The annotation's sentence: the event, the agreement, the date and what is noted about it. */
export function eventMessage(say: Say, event: DueEvent): string {
  const params = { event: eventLabel(say, event.event), id: event.id, title: event.title, date: event.date, days: event.days_left };
  const sentence = say(event.days_left === 0 ? 'deadlines.github.today' : 'deadlines.github.event', params);
  const notes = eventNotes(say, event, false);
  return notes.length > 0 ? `${sentence} (${notes.join('; ')})` : sentence;
}

/**
 * GitHub Actions workflow commands, one per event (SPEC §6): `::warning file=F,line=L,col=C::…`,
 * `::error` for a notice deadline within 30 days, at the record's key that causes the event.
 * An event whose place is not known is annotated without a position.
 */
export const github: DueFormatter = function* (events, context: DueContext) {
  const { say } = context;
  for (const event of events) {
    const place = context.placeOf?.(event);
    const properties = [...(place ? [`file=${escapeProperty(place.file)}`, `line=${place.line}`, `col=${place.column}`] : []), `title=${escapeProperty(`accords ${event.event}`)}`].join(',');
    yield `::${eventSeverity(event)} ${properties}::${escapeData(eventMessage(say, event))}\n`;
  }
  yield `accords: ${say('deadlines.github.summary', { count: events.length, from: context.asOf, to: context.until })}\n`;
};

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
