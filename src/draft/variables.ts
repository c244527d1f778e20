import { parseIsoDate } from '../lifecycle/date.js';
import { parseDuration } from '../lifecycle/duration.js';
import { closest } from '../text/suggest.js';

export type VariableType = 'string' | 'date' | 'duration' | 'integer' | 'boolean' | 'enum';
export const VARIABLE_TYPES: readonly VariableType[] = ['string', 'date', 'duration', 'integer', 'boolean', 'enum'];

/** A template variable as its front matter declares it. */
export interface VariableSpec {
  readonly name: string;
  readonly type: VariableType;
  readonly required: boolean;
  readonly description: string;
  readonly default?: string | number | boolean;
  /** Take the value of another variable when this one is not given (`date_effet` ← `date_signature`). */
  readonly default_from?: string;
  readonly values?: readonly string[];
  readonly pattern?: string;
  readonly example?: string | number | boolean;
}

/** A checked value: dates and durations stay ISO strings, integers are numbers. */
export type Value = string | number | boolean;

/** Names no input may set: they could reach an object's prototype. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const BOOLEAN_WORDS: Record<string, boolean> = { true: true, false: false, oui: true, non: false, yes: true, no: false, '1': true, '0': false, vrai: true, faux: false };

/**
 * Check every given value against the declared variables, apply defaults, and return all
 * the problems at once: unknown names (with a suggestion), missing required values, values
 * of the wrong type. `origins` says where each value came from, for messages.
 */
export function coerceValues(specs: readonly VariableSpec[], raw: ReadonlyMap<string, unknown>, origins: ReadonlyMap<string, string> = new Map()): { values: Map<string, Value>; problems: string[] } {
  const problems: string[] = [];
  const values = new Map<string, Value>();
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (const name of raw.keys()) {
    if (RESERVED_NAMES.has(name)) problems.push(`\`${name}\` is not an allowed variable name`);
    else if (!byName.has(name)) {
      const guess = closest(name, byName.keys());
      problems.push(`unknown variable \`${name}\`${origins.get(name) ? ` (from ${origins.get(name)})` : ''}${guess ? `: did you mean \`${guess}\`?` : `; variables: ${[...byName.keys()].join(', ')}`}`);
    }
  }
  for (const spec of specs) {
    const given = raw.get(spec.name);
    if (given === undefined || given === null || given === '') continue;
    const checked = coerce(spec, given);
    if (typeof checked === 'object') problems.push(`\`${spec.name}\`${origins.get(spec.name) ? ` (from ${origins.get(spec.name)})` : ''}: ${checked.problem}`);
    else values.set(spec.name, checked);
  }
  for (const spec of specs) {
    if (values.has(spec.name)) continue;
    const from = spec.default_from !== undefined ? values.get(spec.default_from) : undefined;
    if (from !== undefined) values.set(spec.name, from);
    else if (spec.default !== undefined) values.set(spec.name, spec.default);
    else if (spec.required) problems.push(`missing required variable \`${spec.name}\`: ${spec.description}${spec.example !== undefined ? ` (e.g. --set ${spec.name}=${String(spec.example)})` : ''}`);
  }
  return { values, problems };
}

/** One value against its declaration: the typed value, or what is wrong with it. */
export function coerce(spec: VariableSpec, given: unknown): Value | { problem: string } {
  const text = typeof given === 'string' ? given.trim() : typeof given === 'number' || typeof given === 'boolean' ? String(given) : undefined;
  if (text === undefined) return { problem: `expected ${article(spec.type)}, not ${Array.isArray(given) ? 'a list' : 'a mapping'}` };
  switch (spec.type) {
    case 'string':
      if (spec.pattern !== undefined && !new RegExp(spec.pattern).test(text)) return { problem: `\`${text}\` does not have the expected form${spec.example !== undefined ? ` (e.g. ${String(spec.example)})` : ''}` };
      return typeof given === 'string' ? given : text;
    case 'date':
      return parseIsoDate(text) ?? { problem: `\`${text}\` is not a calendar date written YYYY-MM-DD` };
    case 'duration':
      return parseDuration(text) ? text : { problem: `\`${text}\` is not an ISO 8601 duration such as P1Y, P2M, P6W or P90D` };
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : { problem: `\`${text}\` is not a whole number` };
    case 'boolean': {
      const value = BOOLEAN_WORDS[text.toLowerCase()];
      return value ?? { problem: `\`${text}\` is not true/false (oui/non)` };
    }
    case 'enum': {
      if (spec.values?.includes(text)) return text;
      const guess = closest(text, spec.values ?? []);
      return { problem: `\`${text}\` is not one of ${(spec.values ?? []).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}` };
    }
  }
}

/** `new --list-vars --format json` (SPEC §5). */
export function listVariables(specs: readonly VariableSpec[]): Record<string, unknown>[] {
  return specs.map((spec) => ({
    name: spec.name,
    type: spec.type,
    required: spec.required,
    description: spec.description,
    ...(spec.default !== undefined ? { default: spec.default } : {}),
    ...(spec.default_from !== undefined ? { default_from: spec.default_from } : {}),
    ...(spec.values !== undefined ? { values: spec.values } : {}),
    ...(spec.pattern !== undefined ? { pattern: spec.pattern } : {}),
    ...(spec.example !== undefined ? { example: spec.example } : {}),
  }));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
