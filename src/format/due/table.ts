import { table } from '../text.js';
import type { DueFormatter } from './types.js';

/** Aligned rows, the nearest in red (a week) and yellow (a month). */
export const tableFormat: DueFormatter = (events, { paint, asOf, until }) => {
  if (events.length === 0) return `Nothing due between ${asOf} and ${until}.\n`;
  const header = ['DATE', 'IN', 'EVENT', 'ID', 'TITLE'].map((h) => paint.bold(h));
  const rows = events.map((e) => {
    const urgency = e.days_left <= 7 ? paint.red : e.days_left <= 30 ? paint.yellow : (text: string) => text;
    return [urgency(e.date), urgency(e.days_left === 0 ? 'today' : `${e.days_left} d`), e.event, e.id, e.title];
  });
  return `${table([header, ...rows])}\n`;
};
