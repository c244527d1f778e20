import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import { computeTimeline } from '../../src/lifecycle/timeline.js';
import { eventsBetween } from '../../src/lifecycle/events.js';
import { isoDateOf } from '../../src/lifecycle/date.js';
import { parseFastYaml } from '../../src/parse/fast-yaml.js';
import { loadSchemas } from '../../src/pipeline/schemas.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { dueEvents } from '../../src/query/due.js';
import { viewOf } from '../../src/query/summary.js';
import type { IsoDate } from '../../src/types.js';
import { ORGS, VALID } from '../robustness/corpus.js';

/**
 * Fuzzing: valid records mutated at random go through the whole pipeline — parse, schema,
 * rules, lifecycle, list and due. A crash is any exception; there must be none. `npm test`
 * runs a few thousand cases, `npm run fuzz` a long run (FUZZ_RUNS).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const schemas = loadSchemas();
const lines = VALID.split('\n');
/** A second record that leans on the mutated one (parent, dates), so the cross-file rules have work. */
const CHILD = `id: child
title: Convention locale
kind: local
level: departmental
parties: [{ org: amf }, { org: pole-emploi }]
signed: 2016-11-10
term: { duration: P1Y, renewal: tacit, renewal_period: P1Y }
parent: ${/^id: (.*)$/m.exec(VALID)![1]}
`;

const byteFlip = fc.tuple(fc.nat(VALID.length - 1), fc.integer({ min: 0, max: 0x2fff })).map(([at, code]) => VALID.slice(0, at) + String.fromCharCode(code) + VALID.slice(at + 1));
const truncation = fc.nat(VALID.length).map((at) => VALID.slice(0, at));
const keySwap = fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1)).map(([a, b]) => {
  const key = (line: string) => /^(\s*(?:- )?)([a-z_]+):/.exec(line);
  const [ka, kb] = [key(lines[a]!), key(lines[b]!)];
  if (!ka || !kb) return VALID;
  const copy = [...lines];
  copy[a] = lines[a]!.replace(`${ka[2]}:`, `${kb[2]}:`);
  copy[b] = lines[b]!.replace(`${kb[2]}:`, `${ka[2]}:`);
  return copy.join('\n');
});
const typeSwap = fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('[]', '{}', '1', '-1', 'true', '~', '"x"', '[a, {b: c}]', '2016-11-16', 'P1Y', '0x10', '.inf', '&a x', '*a', '!!str 1', '|\n  x')).map(([at, value]) => {
  const copy = [...lines];
  copy[at] = copy[at]!.replace(/:(\s.*)?$/, `: ${value}`);
  return copy.join('\n');
});
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '2016-11-16', '1900-01-01', '9999-12-31', '0001-01-01', '16/11/2016', '2016-11-16T10:00:00Z'),
);
const duration = fc.oneof(fc.tuple(fc.nat(60), fc.constantFrom('Y', 'M', 'W', 'D')).map(([n, u]) => `P${n}${u}`), fc.constantFrom('P0D', 'PT1H', 'P1Y6M', 'P100Y', 'P1D', 'P99999D'));
const dateEdit = fc.tuple(date, duration, date, fc.constantFrom('tacit', 'express', 'none', 'maybe'), fc.constantFrom('before-renewal', 'any-time')).map(([signed, period, notice, renewal, applies]) =>
  VALID.replace('signed: 2016-11-16', `signed: ${signed}`)
    .replace('  duration: P1Y', `  duration: ${period}`)
    .replace('  renewal: tacit', `  renewal: ${renewal}`)
    .replace('  period: P2M', `  period: ${period}\n  applies: ${applies}`)
    .concat(`termination: { notice_given: ${notice} }\n`),
);
const mutation = fc.oneof(byteFlip, truncation, keySwap, typeSwap, dateEdit);
const asOf = fc.tuple(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => isoDateOf(y, m, d));

describe('fuzzing the pipeline with mutated records', () => {
  it(`never throws on ${RUNS} mutations`, () => {
    fc.assert(
      fc.property(mutation, asOf, (text, day: IsoDate) => {
        const input = {
          records: [{ file: 'agreements/hostile.yaml', text }, { file: 'agreements/local/child.yaml', text: CHILD }],
          organizations: { file: 'agreements/organizations.yaml', text: ORGS },
          organizationsFile: 'agreements/organizations.yaml',
          schemas,
          parse: (t: string) => parseFastYaml(t) ?? parseYaml(t),
        };
        const result = validate(input);
        // What `validate` keeps of each record for the rules must be all the rules read.
        expect(validate({ ...input, retain: [] }).diagnostics).toEqual(result.diagnostics);
        for (const d of result.diagnostics) {
          expect(d.range.start.line).toBeGreaterThanOrEqual(0);
          expect(d.message).not.toBe('');
        }
        for (const loaded of result.agreements) {
          viewOf(loaded, day);
          eventsBetween(loaded.agreement, day, isoDateOf(Number(day.slice(0, 4)) + 2, 1, 1));
          computeTimeline(loaded.agreement, day);
        }
        dueEvents(result.agreements, day, isoDateOf(Number(day.slice(0, 4)) + 1, 12, 31));
      }),
      { numRuns: RUNS },
    );
  });
});
