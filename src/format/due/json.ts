import { jsonArray } from '../json-array.js';
import type { DueFormatter } from './types.js';

/**
 * SPEC §5: `[{ date, event, id, title, days_left }]`, an event at a time; and when they apply,
 * `non_working_day` and `last_working_day` (SPEC §6) and `announce` (a lead time).
 */
export const json: DueFormatter = (events) =>
  jsonArray(events, ({ date, event, id, title, days_left, announce, non_working_day, last_working_day }) => ({
    date,
    event,
    id,
    title,
    days_left,
    ...(non_working_day ? { non_working_day, last_working_day } : {}),
    ...(announce !== undefined ? { announce } : {}),
  }));
