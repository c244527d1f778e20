import { say } from '../../text/say.js';
import type { DueEvent } from './types.js';

/** What to say beside an event's date, in the current language: announced early, on a non-working day. */
export function eventNotes(event: DueEvent, short = true): string[] {
  const notes: string[] = [];
  if (event.announce) notes.push(say('deadlines.announced', { date: event.announce }));
  if (event.non_working_day && event.last_working_day) notes.push(say(short ? 'deadlines.nonWorkingShort' : 'deadlines.nonWorking', { date: event.last_working_day }));
  return notes;
}
