import { describe, expect, it } from 'vitest';
import { github } from '../../../src/format/due/github.js';
import { json } from '../../../src/format/due/json.js';
import { sarif } from '../../../src/format/due/sarif.js';
import { tableFormat } from '../../../src/format/due/table.js';
import type { DueEvent } from '../../../src/format/due/types.js';
import { context, events } from './events.js';

const joined = (pieces: Iterable<string>) => [...pieces].join('');
const flagged: DueEvent[] = [
  { date: '2026-12-20', event: 'notice-deadline', id: 'ft-67', title: 'Convention, Bas-Rhin', days_left: 28, occurrence: 1, file: 'agreements/local/ft-67.yaml', non_working_day: true, last_working_day: '2026-12-18' },
  { date: '2027-03-01', event: 'committee-meeting', id: 'ft-67', title: 'Convention, Bas-Rhin', days_left: 99, occurrence: 2, announce: '2027-02-01' },
];
const placeOf = (e: DueEvent) => (e.file ? { file: e.file, line: 12, column: 1 } : undefined);

describe('due --format github', () => {
  it('is an error for a notice deadline within 30 days, a warning otherwise, at the place given; properties escaped', () => {
    const out = joined(github(flagged, { ...context, placeOf }));
    expect(out.split('\n')[0]).toBe('::error file=agreements/local/ft-67.yaml,line=12,col=1,title=accords notice-deadline::notice deadline of ft-67 (Convention, Bas-Rhin) on 2026-12-20, in 28 days (non-working day: the last working day before it is 2026-12-18)');
    expect(out.split('\n')[1]).toBe('::warning title=accords committee-meeting::committee meeting of ft-67 (Convention, Bas-Rhin) on 2027-03-01, in 99 days (announced from 2027-02-01)');
    // A notice deadline further than 30 days is a warning.
    expect(joined(github(events, context))).toContain('::warning title=accords notice-deadline::');
  });
});

describe('due --format sarif', () => {
  it('is SARIF 2.1.0 with a rule per kind of event and a result per event', () => {
    const log = JSON.parse(joined(sarif(flagged, { ...context, placeOf, toolVersion: '1.2.3' })));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.version).toBe('1.2.3');
    expect(log.runs[0].results.map((r: { ruleId: string; level: string; locations: unknown[] }) => [r.ruleId, r.level, r.locations.length])).toEqual([
      ['notice-deadline', 'error', 1],
      ['committee-meeting', 'warning', 0],
    ]);
  });
});

describe('the flags in json and the table', () => {
  it('json carries non_working_day, last_working_day and announce only when they apply', () => {
    expect(JSON.parse(joined(json(flagged, context)))).toEqual([
      { date: '2026-12-20', event: 'notice-deadline', id: 'ft-67', title: 'Convention, Bas-Rhin', days_left: 28, non_working_day: true, last_working_day: '2026-12-18' },
      { date: '2027-03-01', event: 'committee-meeting', id: 'ft-67', title: 'Convention, Bas-Rhin', days_left: 99, announce: '2027-02-01' },
    ]);
    expect(Object.keys(JSON.parse(joined(json(events, context)))[0])).toEqual(['date', 'event', 'id', 'title', 'days_left']);
  });

  it('the table has a NOTE column only when an event has something to say', () => {
    expect(joined(tableFormat(flagged, context))).toContain('non-working; last working day 2026-12-18');
    expect(joined(tableFormat(events, context))).not.toContain('NOTE');
  });
});
