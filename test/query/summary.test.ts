import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lifecycle/date.js';
import { FACT_FIELDS } from '../../src/pipeline/fields.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { COVERAGE_FIELDS } from '../../src/commands/coverage.js';
import { dueEvents } from '../../src/query/due.js';
import { matches } from '../../src/query/filter.js';
import { LISTED_FIELDS, viewOf } from '../../src/query/summary.js';
import type { IsoDate } from '../../src/types.js';
import { fixture } from '../e2e.js';

const roots = [fileURLToPath(new URL('../..', import.meta.url)), fixture('minimal'), fixture('broken'), fixture('deadlines')];

describe('the facts the store keeps (FACT_FIELDS)', () => {
  it('hold every field list, due, show and list --coverage read', () => {
    for (const field of [...LISTED_FIELDS, ...COVERAGE_FIELDS]) expect(FACT_FIELDS).toContain(field);
  });

  it.each(roots)('are all that list and due read of the records under %s', async (root) => {
    const whole = (await runPipeline(root, { whole: true })).agreements;
    const listed = (await runPipeline(root)).agreements;
    expect(listed.map((a) => a.file)).toEqual(whole.map((a) => a.file));
    // Every filter `list` has, with every value the records hold.
    const registry = new Map((await runPipeline(root)).organizations.map((o) => [o.id, o]));
    const codes = new Set(whole.flatMap((a) => Object.values(a.agreement.territory ?? {})));
    const filters = [...[...codes].map((territory) => ({ territory })), ...[...registry.keys()].map((party) => ({ party })), { kinds: ['local'] }, { levels: ['national'] }, { statuses: ['in-force'] }];
    const passing = (agreements: typeof whole) => filters.map((filter) => agreements.filter((a) => matches(viewOf(a, '2025-06-01' as IsoDate), filter, registry)).map((a) => a.file));
    expect(passing(listed)).toEqual(passing(whole));
    // Every 97 days from 2014 to 2031: before, during and after every term of the bundled agreements.
    for (let asOf: IsoDate = '2014-01-01' as IsoDate; asOf < '2031-01-01'; asOf = addDays(asOf, 97)) {
      expect(listed.map((a) => viewOf(a, asOf).summary)).toEqual(whole.map((a) => viewOf(a, asOf).summary));
      expect(dueEvents(listed, asOf, addDays(asOf, 400))).toEqual(dueEvents(whole, asOf, addDays(asOf, 400)));
    }
  });

  it('leave out what only show and the drafts read', async () => {
    const [root] = roots;
    const listed = (await runPipeline(root!)).agreements.map((a) => a.agreement);
    const whole = (await runPipeline(root!, { whole: true })).agreements.map((a) => a.agreement);
    expect(whole.some((a) => a.sources && a.parties.some((p) => p.signatory))).toBe(true);
    // The territory filter is tried on records that have one.
    expect((await runPipeline(fixture('minimal'))).agreements.some((a) => a.agreement.territory)).toBe(true);
    expect(listed.some((a) => 'sources' in a || 'notes' in a || a.parties.some((p) => 'signatory' in p))).toBe(false);
  });
});
