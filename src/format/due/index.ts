import { json } from './json.js';
import { tableFormat } from './table.js';
import type { DueFormatter } from './types.js';

/** Formatters by name; the calendar one (and its library) is loaded only when asked for. */
export const DUE_FORMATS = {
  table: async () => tableFormat,
  json: async () => json,
  ics: async () => (await import('./ics.js')).ics,
} satisfies Record<string, () => Promise<DueFormatter>>;
