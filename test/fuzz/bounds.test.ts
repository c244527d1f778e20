import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ORGS } from '../robustness/corpus.js';
import { runInProcess } from '../robustness/run.js';

/**
 * Bounds: records the schema accepts, with dates anywhere in 0000–9999 and durations and counts
 * up to the schema's bounds (each duration number ≤ 999, max_renewals ≤ 999, meetings ≤ 365),
 * go through every command that prints dates. No `NaN` or `Invalid` ever reaches the output,
 * and no term ends before it starts. Each run is a batch of records in one tree;
 * FUZZ_RUNS ÷ 2,000 sets the number of batches (4 by default; `npm run fuzz`: 50, some 4 minutes).
 */
const BATCHES = process.env.FUZZ_RUNS ? Math.max(4, Math.floor(Number(process.env.FUZZ_RUNS) / 2000)) : 4;
const PER_BATCH = 40;
const base = mkdtempSync(join(tmpdir(), 'accords-bounds-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 1, 99, 100, 1900, 2016, 9998, 9999));
const date = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => {
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate() + (m === 2 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 0 : m === 2 ? -1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
});
const number = fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constantFrom(0, 1, 999));
const duration = fc
  .tuple(fc.option(number), fc.option(number), fc.option(number), fc.option(number))
  .filter(([y, m, w, d]) => [y, m, w, d].some((n) => n !== null && n > 0))
  .map(([y, m, w, d]) => `P${y !== null ? `${y}Y` : ''}${m !== null ? `${m}M` : ''}${w !== null ? `${w}W` : ''}${d !== null ? `${d}D` : ''}`);
const record = fc.record({
  signed: date,
  effective: fc.option(date),
  term: fc.oneof(fc.record({ duration }), fc.record({ end: date })),
  renewal: fc.constantFrom('tacit', 'express', 'none'),
  period: fc.option(duration),
  max: fc.option(fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constant(999))),
  notice: fc.option(fc.record({ period: duration, applies: fc.constantFrom('before-renewal', 'any-time') })),
  review: fc.option(duration),
  meetings: fc.option(fc.integer({ min: 1, max: 365 })),
  terminated: fc.option(fc.oneof(fc.record({ notice_given: date }), fc.record({ ended: date }))),
});
const asOf = fc.oneof(date, fc.constantFrom('2026-12-03', '9999-12-31', '0000-01-01'));

type Generated = typeof record extends fc.Arbitrary<infer T> ? T : never;

function yamlOf(id: string, r: Generated): string {
  const term = 'duration' in r.term ? `  duration: ${r.term.duration}` : `  end: ${r.term.end}`;
  return [
    `id: ${id}`,
    'title: Bornes',
    'kind: framework',
    'level: national',
    'parties: [{ org: amf }, { org: pole-emploi }]',
    `signed: ${r.signed}`,
    ...(r.effective ? [`effective: ${r.effective}`] : []),
    'term:',
    term,
    `  renewal: ${r.renewal}`,
    ...(r.period ? [`  renewal_period: ${r.period}`] : []),
    ...(r.max !== null ? [`  max_renewals: ${r.max}`] : []),
    ...(r.notice ? [`notice: { period: ${r.notice.period}, applies: ${r.notice.applies} }`] : []),
    ...(r.review ? [`review_every: ${r.review}`] : []),
    ...(r.meetings ? [`committee: { name: comité, meetings_per_year: ${r.meetings} }`] : []),
    ...(r.terminated ? [`termination: { ${'ended' in r.terminated ? `ended: ${r.terminated.ended}` : `notice_given: ${r.terminated.notice_given}`}, by: amf }`] : []),
    '',
  ].join('\n');
}

const BAD = /NaN|Invalid|undefined|\d{5,}-\d\d-\d\d/;

describe('dates at the bounds the schema allows', () => {
  it(`never print NaN or Invalid, and no term ends before it starts (${BATCHES} batches of ${PER_BATCH})`, async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: PER_BATCH, maxLength: PER_BATCH }), asOf, async (records, day) => {
        const root = join(base, String(batch++));
        mkdirSync(join(root, 'agreements'), { recursive: true });
        writeFileSync(join(root, 'agreements/organizations.yaml'), ORGS);
        records.forEach((r, i) => writeFileSync(join(root, `agreements/r${i}.yaml`), yamlOf(`r${i}`, r)));
        const validate = await runInProcess(['validate', '--root', root, '--format', 'json'], root);
        // Only the schema's findings matter here; semantic rules may still object to random dates.
        const schemaErrors = (JSON.parse(validate.stdout) as { rule: string; severity: string; message: string }[]).filter((d) => d.severity === 'error' && ['schema', 'invalid-duration', 'invalid-date'].includes(d.rule));
        expect(schemaErrors).toEqual([]);
        for (const argv of [
          ['list', '--format', 'json'],
          ['list'],
          ['due', '--format', 'json', '--within', '1000000y'],
          ['due', '--format', 'ics', '--within', '10y'],
          ['due', '--within', 'P999Y'],
          ['report'],
        ]) {
          const run = await runInProcess([...argv, '--root', root, '--as-of', day], root);
          expect(`${run.stdout}${run.stderr}`, argv.join(' ')).not.toMatch(BAD);
        }
        for (let i = 0; i < records.length; i += 5) {
          const json = await runInProcess(['show', `r${i}`, '--root', root, '--as-of', day, '--format', 'json'], root);
          const text = await runInProcess(['show', `r${i}`, '--root', root, '--as-of', day], root);
          expect(`${json.stdout}${json.stderr}${text.stdout}${text.stderr}`).not.toMatch(BAD);
          // A termination given before `effective` cuts the first term before its start: a separate
          // defect (validate accepts it; see the notes), left out of this property about the cap.
          if (json.code === 0 && !records[i]!.terminated) for (const term of (JSON.parse(json.stdout) as { terms: { start: string; end: string }[] }).terms) expect(term.start <= term.end, `r${i}: ${JSON.stringify(term)}\n${yamlOf(`r${i}`, records[i]!)}`).toBe(true);
        }
      }),
      { numRuns: BATCHES, endOnFailure: true },
    );
  }, 600_000);
});
