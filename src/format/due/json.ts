import { jsonArray } from '../json-array.js';
import type { DueFormatter } from './types.js';

/**
 * SPEC §5: `[{ date, event, id, title, days_left }]`, an event at a time; and when they apply,
 * `non_working_day` and `last_working_day` (SPEC §6), `announce` (a lead time), `overdue_since`.
 */
export const json: DueFormatter = (events) =>
  jsonArray(events, ({ date, event, id, title, days_left, announce, overdue_since, non_working_day, last_working_day }) => ({
    date,
    event,
    id,
    title,
    days_left,
    ...(non_working_day ? { non_working_day, last_working_day } : {}),
    ...(announce !== undefined ? { announce } : {}),
    ...(overdue_since !== undefined ? { overdue_since } : {}),
  }));
