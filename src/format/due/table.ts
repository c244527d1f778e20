import { eventLabel } from '../../lifecycle/labels.js';
import { cellWord } from '../cell-words.js';
import { proseDate } from '../prose-date.js';
import { tableLines } from '../text.js';
import { eventNotes } from './notes.js';
import type { DueFormatter } from './types.js';

/** Aligned rows, the nearest in red (a week) and yellow (a month). A line at a time, once the widths are known. */
export const tableFormat: DueFormatter = function* (events, { say, paint, asOf, until }) {
  if (events.length === 0) {
    yield `${say('format.due.none', { from: proseDate(say, asOf), to: proseDate(say, until) })}\n`;
    return;
  }
  // A NOTE column only when an event has something to say (a non-working day, a lead time).
  const notes = events.map((e) => eventNotes(say, e).join('; '));
  const noted = notes.some(Boolean);
  const header = [say('format.due.heading.date'), say('format.due.heading.in'), say('format.due.heading.event'), say('format.due.heading.id'), say('format.due.heading.title'), ...(noted ? [say('deadlines.heading.note')] : [])].map((h) => paint.bold(h));
  const rows = events.map((e, i) => {
    const urgency = e.days_left <= 7 ? paint.red : e.days_left <= 30 ? paint.yellow : (text: string) => text;
    return [urgency(e.date), urgency(e.days_left === 0 ? say('format.today') : say('format.days', { days: e.days_left })), cellWord(say, eventLabel, e.event), e.id, e.title, ...(noted ? [notes[i] ? paint.yellow(notes[i]) : ''] : [])];
  });
  for (const line of tableLines([header, ...rows])) yield `${line}\n`;
};
