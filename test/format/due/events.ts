import type { DueEvent } from '../../../src/format/due/types.js';
import { PLAIN } from '../../../src/format/paint.js';
import { en } from '../../say.js';

/** Two events of the AMF framework as `due` receives them, as of 2026-11-22 for a year. */
export const events: DueEvent[] = [
  { date: '2026-11-22', event: 'review', id: 'amf-2016', title: 'Accord cadre', days_left: 0, occurrence: 3 },
  { date: '2027-09-15', event: 'notice-deadline', id: 'amf-2016', title: 'Accord cadre', days_left: 297, occurrence: 11 },
];
export const context = { say: en, paint: PLAIN, asOf: '2026-11-22', until: '2027-11-22' };
