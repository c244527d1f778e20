import { json } from './json.js';
import { tableFormat } from './table.js';
import type { DueFormatter } from './types.js';

/** Formatters by name; the calendar one (and its library) and the CI ones are loaded only when asked for. */
export const DUE_FORMATS = {
  table: async () => tableFormat,
  json: async () => json,
  ics: async () => (await import('./ics.js')).ics,
  github: async () => (await import('./github.js')).github,
  sarif: async () => (await import('./sarif.js')).sarif,
} satisfies Record<string, () => Promise<DueFormatter>>;
