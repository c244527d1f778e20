/** The differential check of the fast YAML path: shared by its own tests and the official YAML test suite. */
import { expect } from 'vitest';
import { locateFastYaml, parseFastYaml } from '../../src/parse/fast-yaml.js';
import { parseYaml } from '../../src/parse/yaml.js';
import type { JsonPath } from '../../src/types.js';

/** Every path into a value, for comparing positions. */
export function paths(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** The fast path either declines or agrees with the full parser on the value and every position. */
export function agrees(text: string): 'declined' | 'agreed' {
  const fast = parseFastYaml(text);
  // Positions alone (placing a cross-file finding) take and decline the same texts.
  const locate = locateFastYaml(text);
  expect(locate === undefined, text).toBe(fast === undefined);
  if (!fast || !locate) return 'declined';
  const full = parseYaml(text);
  expect(full.problems, text).toEqual([]);
  expect(fast.value, text).toEqual(full.value);
  for (const path of [...paths(full.value), ['missing'], [...paths(full.value).at(-1)!, 'missing']]) {
    expect(fast.locate(path, 'key'), `${text}\nkey ${JSON.stringify(path)}`).toEqual(full.locate(path, 'key'));
    expect(fast.locate(path, 'value'), `${text}\nvalue ${JSON.stringify(path)}`).toEqual(full.locate(path, 'value'));
    expect(locate(path, 'key'), `${text}\nkey ${JSON.stringify(path)}`).toEqual(full.locate(path, 'key'));
    expect(locate(path, 'value'), `${text}\nvalue ${JSON.stringify(path)}`).toEqual(full.locate(path, 'value'));
  }
  // Told the paths it will be asked for, all under one top-level key, it reads up to that key's entry only.
  for (const path of paths(full.value).filter((p) => typeof p[0] === 'string')) {
    const partial = locateFastYaml(text, [path])!;
    expect(partial(path, 'key'), `${text}\nkey ${JSON.stringify(path)} (stopping)`).toEqual(full.locate(path, 'key'));
    expect(partial(path, 'value'), `${text}\nvalue ${JSON.stringify(path)} (stopping)`).toEqual(full.locate(path, 'value'));
  }
  return 'agreed';
}
