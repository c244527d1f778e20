import { describe, expect, it } from 'vitest';
import { json } from '../../../src/format/due/json.js';
import { joined } from '../pieces.js';
import { context, events } from './events.js';

describe('due as JSON', () => {
  it('has the SPEC fields of each event, in order, and not the occurrence', () => {
    expect(JSON.parse(joined(json(events, context)))).toEqual(events.map(({ occurrence, ...rest }) => rest));
    expect(joined(json(events, context))).toBe(`${JSON.stringify(events.map(({ date, event, id, title, days_left }) => ({ date, event, id, title, days_left })), null, 2)}\n`);
    expect(joined(json([], context))).toBe('[]\n');
  });
});
