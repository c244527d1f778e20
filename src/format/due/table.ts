import { say } from '../../text/say.js';
import { table } from '../text.js';
import type { DueContext, DueEvent, DueFormatter } from './types.js';

/** Aligned rows, the nearest in red (a week) and yellow (a month). One piece: the widths need every row. */
export const tableFormat: DueFormatter = (events, context) => [tableText(events, context)];

function tableText(events: readonly DueEvent[], { paint, asOf, until }: DueContext): string {
  if (events.length === 0) return `${say('format.due.none', { from: asOf, to: until })}\n`;
  const header = [say('format.due.heading.date'), say('format.due.heading.in'), say('format.due.heading.event'), say('format.due.heading.id'), say('format.due.heading.title')].map((h) => paint.bold(h));
  const rows = events.map((e) => {
    const urgency = e.days_left <= 7 ? paint.red : e.days_left <= 30 ? paint.yellow : (text: string) => text;
    return [urgency(e.date), urgency(e.days_left === 0 ? say('format.today') : say('format.days', { days: e.days_left })), e.event, e.id, e.title];
  });
  return `${table([header, ...rows])}\n`;
}
