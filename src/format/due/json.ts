import type { DueFormatter } from './types.js';

/** SPEC §5: `[{ date, event, id, title, days_left }]`. */
export const json: DueFormatter = (events) =>
  `${JSON.stringify(
    events.map(({ date, event, id, title, days_left }) => ({ date, event, id, title, days_left })),
    null,
    2,
  )}\n`;
