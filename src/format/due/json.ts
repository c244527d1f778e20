import { jsonArray } from '../json-array.js';
import type { DueFormatter } from './types.js';

/** SPEC §5: `[{ date, event, id, title, days_left }]`, an event at a time. */
export const json: DueFormatter = (events) => jsonArray(events, ({ date, event, id, title, days_left }) => ({ date, event, id, title, days_left }));
