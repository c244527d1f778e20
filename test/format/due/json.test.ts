import { describe, expect, it } from 'vitest';
import { json } from '../../../src/format/due/json.js';
import type { DueEvent } from '../../../src/format/due/types.js';
import { PLAIN } from '../../../src/format/paint.js';
import { joined } from '../pieces.js';

const events: DueEvent[] = [
  { date: '2026-11-22', event: 'review', id: 'amf-2016', title: 'Accord cadre', days_left: 0, occurrence: 3 },
  { date: '2027-09-15', event: 'notice-deadline', id: 'amf-2016', title: 'Accord cadre', days_left: 297, occurrence: 11 },
];
const context = { paint: PLAIN, asOf: '2026-11-22', until: '2027-11-22' };

describe('due as JSON', () => {
  it('has the SPEC fields of each event, in order, and not the occurrence', () => {
    expect(JSON.parse(joined(json(events, context)))).toEqual(events.map(({ occurrence, ...rest }) => rest));
    expect(joined(json(events, context))).toBe(`${JSON.stringify(events.map(({ date, event, id, title, days_left }) => ({ date, event, id, title, days_left })), null, 2)}\n`);
    expect(joined(json([], context))).toBe('[]\n');
  });
});
