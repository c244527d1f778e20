import { parseIsoDate } from '../lifecycle/date.js';
import { isZeroDuration, parseDuration } from '../lifecycle/duration.js';
import { closest } from '../text/suggest.js';
import type { Say } from '../text/say.js';

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
  /** Other words an enum accepts for its values, French ones for example (`tacite` → `tacit`). */
  readonly aliases?: Readonly<Record<string, string>>;
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
export function coerceValues(say: Say, specs: readonly VariableSpec[], raw: ReadonlyMap<string, unknown>, origins: ReadonlyMap<string, string> = new Map()): { values: Map<string, Value>; problems: string[] } {
  const problems: string[] = [];
  const values = new Map<string, Value>();
  // A value given in a wrong form is one problem (with what to write instead), not also "missing".
  const refused = new Set<string>();
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (const name of raw.keys()) {
    if (RESERVED_NAMES.has(name)) problems.push(say('draft.reservedName', { name }));
    else if (!byName.has(name)) problems.push(unknownVariable(say, name, origins.get(name), [...byName.keys()]));
  }
  for (const spec of specs) {
    const given = raw.get(spec.name);
    if (given === undefined || given === null) continue;
    if (typeof given === 'string' && given.trim() === '') {
      // `--set x=` is a mistake, never a silent default: a default is taken only when nothing is given.
      if (origins.has(spec.name)) {
        problems.push(say('drafting.emptyValue', { name: spec.name }));
        refused.add(spec.name);
      }
      continue;
    }
    const checked = coerce(say, spec, given);
    if (typeof checked === 'object') {
      problems.push(valueProblem(say, spec.name, origins.get(spec.name), checked.problem));
      refused.add(spec.name);
    } else values.set(spec.name, checked);
  }
  for (const spec of specs) {
    if (values.has(spec.name) || refused.has(spec.name)) continue;
    const from = spec.default_from !== undefined ? values.get(spec.default_from) : undefined;
    if (from !== undefined) values.set(spec.name, from);
    else if (spec.default !== undefined) values.set(spec.name, spec.default);
    else if (spec.required) problems.push(missingRequired(say, spec));
  }
  return { values, problems };
}

function unknownVariable(say: Say, name: string, origin: string | undefined, known: readonly string[]): string {
  const guess = closest(name, known);
  if (guess) return origin ? say('draft.unknownVariableFromDidYouMean', { name, origin, guess }) : say('draft.unknownVariableDidYouMean', { name, guess });
  if (known.length === 0) return origin ? say('draft.unknownVariableFromNone', { name, origin }) : say('draft.unknownVariableNone', { name });
  const names = known.join(', ');
  return origin ? say('draft.unknownVariableFrom', { name, origin, names }) : say('draft.unknownVariable', { name, names });
}

function valueProblem(say: Say, name: string, origin: string | undefined, problem: string): string {
  return origin ? say('draft.valueProblemFrom', { name, origin, problem }) : say('draft.valueProblem', { name, problem });
}

function missingRequired(say: Say, spec: VariableSpec): string {
  const { name, description } = spec;
  return spec.example === undefined ? say('draft.missingRequired', { name, description }) : say('draft.missingRequiredExample', { name, description, example: String(spec.example) });
}

/** One value against its declaration: the typed value, or what is wrong with it. */
export function coerce(say: Say, spec: VariableSpec, given: unknown): Value | { problem: string } {
  const text = typeof given === 'string' ? given.trim() : typeof given === 'number' || typeof given === 'boolean' ? String(given) : undefined;
  if (text === undefined) return { problem: notAScalar(say, spec.type, Array.isArray(given)) };
  switch (spec.type) {
    case 'string':
      if (spec.pattern !== undefined && !new RegExp(spec.pattern).test(text)) {
        return { problem: spec.example === undefined ? say('draft.notExpectedForm', { text }) : say('draft.notExpectedFormExample', { text, example: String(spec.example) }) };
      }
      return typeof given === 'string' ? given : text;
    case 'date': {
      const date = parseIsoDate(text);
      if (date) return date;
      const guess = isoFromFrench(text);
      return { problem: guess ? say('drafting.notDateWrite', { text, guess }) : say('draft.notDate', { text }) };
    }
    case 'duration': {
      const duration = parseDuration(text);
      if (!duration) return { problem: say('draft.notDuration', { text }) };
      // A délai of nothing is never meant: « un préavis d'aucun délai » says nothing a party can act on.
      return isZeroDuration(duration) ? { problem: say('drafting.zeroDuration', { text }) } : text;
    }
    case 'integer':
      return /^-?\d+$/.test(text) ? Number(text) : { problem: say('draft.notInteger', { text }) };
    case 'boolean': {
      const value = BOOLEAN_WORDS[text.toLowerCase()];
      return value ?? { problem: say('draft.notBoolean', { text }) };
    }
    case 'enum': {
      if (spec.values?.includes(text)) return text;
      const known = enumWord(spec, text);
      if (known !== undefined) return known;
      const guess = closest(text, spec.values ?? []);
      const values = (spec.values ?? []).join(', ');
      return { problem: guess ? say('draft.notOneOfDidYouMean', { text, values, guess }) : say('draft.notOneOf', { text, values }) };
    }
  }
}

/**
 * A date written the French way (`01/12/2026`, `1.12.2026`, `1-12-2026`) as ISO, when it is a
 * calendar date: what to suggest instead.
 */
export function isoFromFrench(text: string): string | undefined {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!french) return undefined;
  return parseIsoDate(`${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}`) ?? undefined;
}

/** Letters without accents and in lower case, to compare words a person typed. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
}

/** An enum's value from a word with other case or accents, or one of its aliases (`tacite` → `tacit`). */
function enumWord(spec: VariableSpec, text: string): string | undefined {
  const word = folded(text);
  const value = (spec.values ?? []).find((v) => folded(v) === word);
  if (value !== undefined) return value;
  for (const [alias, target] of Object.entries(spec.aliases ?? {})) if (folded(alias) === word) return target;
  return undefined;
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
    ...(spec.aliases !== undefined ? { aliases: spec.aliases } : {}),
  }));
}

/** A list or mapping where one value was expected; English writes "an integer" but "a date". */
function notAScalar(say: Say, type: VariableType, isList: boolean): string {
  const an = /^[aeiou]/.test(type);
  if (isList) return an ? say('draft.expectedAnNotList', { type }) : say('draft.expectedANotList', { type });
  return an ? say('draft.expectedAnNotMapping', { type }) : say('draft.expectedANotMapping', { type });
}
