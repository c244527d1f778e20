import type { DueEvent } from './types.js';
import type { Say } from '../../text/say.js';

/** What to say beside an event's date, in the language of `say`: announced early, on a non-working day. */
export function eventNotes(say: Say, event: DueEvent, short = true): string[] {
  const notes: string[] = [];
  if (event.announce) notes.push(say('deadlines.announced', { date: event.announce }));
  if (event.non_working_day && event.last_working_day) notes.push(say(short ? 'deadlines.nonWorkingShort' : 'deadlines.nonWorking', { date: event.last_working_day }));
  return notes;
}
