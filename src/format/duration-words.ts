import { parseDuration } from '../lifecycle/duration.js';
import type { Say } from '../text/say.js';
import type { Duration } from '../types.js';

/** Each unit of a duration, with its words for "3 years" and for "every 3 years". */
const UNITS = [
  { field: 'years', words: 'format.duration.years', every: 'format.every.years' },
  { field: 'months', words: 'format.duration.months', every: 'format.every.months' },
  { field: 'weeks', words: 'format.duration.weeks', every: 'format.every.weeks' },
  { field: 'days', words: 'format.duration.days', every: 'format.every.days' },
] as const satisfies readonly { field: keyof Duration; words: string; every: string }[];

/**
 * An ISO duration in words, for prose (`show`): `P1Y6M` → "1 year and 6 months"
 * (« 1 an et 6 mois »). Text that is not a duration is left as written.
 */
export function durationWords(say: Say, text: string): string {
  const duration = parseDuration(text);
  const parts = duration ? UNITS.filter((u) => duration[u.field] > 0).map((u) => say(u.words, { count: duration[u.field] })) : [];
  return parts.length > 0 ? say.andList(parts) : text;
}

/**
 * How often something recurs: `P1Y` → "every year", `P3Y` → "every 3 years"
 * (« chaque année », « tous les 3 ans », « toutes les 2 semaines »).
 */
export function everyWords(say: Say, text: string): string {
  const duration = parseDuration(text);
  const units = duration ? UNITS.filter((u) => duration[u.field] > 0) : [];
  if (duration && units.length === 1) return say(units[0]!.every, { count: duration[units[0]!.field] });
  return say('format.every.period', { period: durationWords(say, text) });
}
