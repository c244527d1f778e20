import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/yaml.js';
import { checkFor } from '../../src/load/validators.js';
import type { Precompiled, SchemaName } from '../../src/load/validators.js';
import { ORGS, VALID } from '../robustness/corpus.js';
import { en } from '../say.js';

// The build writes dist/load/validators.cjs (`npm test` builds first); the sources have none.
const project = fileURLToPath(new URL('../..', import.meta.url));
const built = createRequire(import.meta.url)(`${project}dist/load/validators.cjs`) as Precompiled;
const text = (name: SchemaName) => readFileSync(`${project}schemas/${name}.schema.json`, 'utf8');

const precompiled = { agreement: checkFor('agreement', text('agreement'), built), organizations: checkFor('organizations', text('organizations'), built) };
const compiledNow = { agreement: checkFor('agreement', text('agreement'), undefined), organizations: checkFor('organizations', text('organizations'), undefined) };

/** A value with one part replaced, removed or added: most are invalid in some way. */
function mutations(base: unknown): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2024-02-30', '30/06/2024', 'P1Y', 'P13M', 'tacit', 'amf', 'Pôle emploi', ''), fc.array(fc.string(), { maxLength: 2 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 2 }));
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(base, []);
  return fc.tuple(fc.constantFrom(...paths), fc.constantFrom('replace', 'remove', 'add'), leaf, fc.string({ minLength: 1, maxLength: 8 })).map(([path, how, value, key]) => {
    const copy = structuredClone(base);
    if (path.length === 0) return how === 'replace' ? value : copy;
    let parent = copy as Record<string | number, unknown>;
    for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (how === 'replace') parent[last] = value;
    else if (how === 'remove') delete parent[last];
    // An item is pushed onto an array: a key such as `length` would make it something else.
    else if (Array.isArray(parent[last])) (parent[last] as unknown[]).push(value);
    else if (parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>)[key] = value;
    return copy;
  });
}

describe('the validators compiled at build time', () => {
  it('were compiled from the shipped schemas, and are used', () => {
    expect(built.validators.agreement).toBeTypeOf('function');
    expect(built.validators.organizations).toBeTypeOf('function');
    // A check made from them reports exactly what the precompiled function reports.
    const record = parseYaml(VALID).value;
    expect(precompiled.agreement(record, 'a.yaml')).toEqual([]);
    expect(built.validators.agreement({})).toBe(false);
  });

  it('explain every problem exactly as the schema compiled at run time does', () => {
    const record = parseYaml(VALID).value;
    const registry = parseYaml(ORGS).value;
    fc.assert(
      fc.property(mutations(record), (value) => {
        expect(precompiled.agreement(value, 'a.yaml')).toEqual(compiledNow.agreement(value, 'a.yaml'));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(mutations(registry), (value) => {
        expect(precompiled.organizations(value, 'o.yaml')).toEqual(compiledNow.organizations(value, 'o.yaml'));
      }),
      { numRuns: 200 },
    );
  });

  it('give way to a compile at run time when the schema text is not the one they were built from', () => {
    const edited = text('agreement').replace('"required": [', '"required": ["extra_field", ');
    expect(edited).not.toBe(text('agreement'));
    const check = checkFor('agreement', edited, built);
    expect(check(parseYaml(VALID).value, 'a.yaml').map((f) => en.message(f.message))).toEqual(['missing required key `extra_field`']);
  });
});
