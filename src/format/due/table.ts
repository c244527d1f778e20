import { eventLabel } from '../../lifecycle/labels.js';
import { say } from '../../text/say.js';
import { cellWord } from '../cell-words.js';
import { proseDate } from '../prose-date.js';
import { tableLines } from '../text.js';
import type { DueFormatter } from './types.js';

/** Aligned rows, the nearest in red (a week) and yellow (a month). A line at a time, once the widths are known. */
export const tableFormat: DueFormatter = function* (events, { paint, asOf, until }) {
  if (events.length === 0) {
    yield `${say('format.due.none', { from: proseDate(asOf), to: proseDate(until) })}\n`;
    return;
  }
  const header = [say('format.due.heading.date'), say('format.due.heading.in'), say('format.due.heading.event'), say('format.due.heading.id'), say('format.due.heading.title')].map((h) => paint.bold(h));
  const rows = events.map((e) => {
    const urgency = e.days_left <= 7 ? paint.red : e.days_left <= 30 ? paint.yellow : (text: string) => text;
    return [urgency(e.date), urgency(e.days_left === 0 ? say('format.today') : say('format.days', { days: e.days_left })), cellWord(eventLabel, e.event), e.id, e.title];
  });
  for (const line of tableLines([header, ...rows])) yield `${line}\n`;
};
