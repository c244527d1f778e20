import type { Duration } from '../types.js';

const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;
const SHORT_PERIOD = /^(?=\d)(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?$/i;

/**
 * An ISO 8601 date duration, or null (time parts, fractions, signs and an empty `P` are refused).
 * `parseDuration('P1Y6M')` //=> { years: 1, months: 6, weeks: 0, days: 0 }
 * `parseDuration('PT1H')`  //=> null
 */
export function parseDuration(text: unknown): Duration | null {
  if (typeof text !== 'string') return null;
  // Records write a handful of periods (P1Y, P2M…) 100,000 times over: each is read once (durations are never changed).
  const known = read.get(text);
  if (known !== undefined) return known;
  const match = ISO_DURATION.exec(text);
  const duration = match ? fromMatch(match) : null;
  if (read.size >= MAX_READ) read.clear();
  read.set(text, duration);
  return duration;
}

const read = new Map<string, Duration | null>();
const MAX_READ = 4096;

/**
 * The `due --within` period: `90d`, `12w`, `3m`, `1y`, `1y6m`, or an ISO duration (`P3M`).
 * `parseWithin('3m')` //=> { years: 0, months: 3, weeks: 0, days: 0 }
 */
export function parseWithin(text: string): Duration | null {
  const trimmed = text.trim();
  const short = SHORT_PERIOD.exec(trimmed);
  if (short) return fromMatch(short);
  return parseDuration(trimmed.toUpperCase());
}

function fromMatch(match: RegExpExecArray): Duration {
  const n = (i: number) => (match[i] === undefined ? 0 : Number(match[i]));
  return { years: n(1), months: n(2), weeks: n(3), days: n(4) };
}

/** `formatDuration({ years: 1, months: 6, weeks: 0, days: 0 })` //=> 'P1Y6M' */
export function formatDuration(d: Duration): string {
  const parts = [d.years && `${d.years}Y`, d.months && `${d.months}M`, d.weeks && `${d.weeks}W`, d.days && `${d.days}D`].filter(Boolean).join('');
  return `P${parts || '0D'}`;
}

/** Component-wise sum: `P1Y` + `P6M` = `P1Y6M` (never normalised: months stay months). */
export function addDurations(a: Duration, b: Duration): Duration {
  return { years: a.years + b.years, months: a.months + b.months, weeks: a.weeks + b.weeks, days: a.days + b.days };
}

/** Component-wise multiple: 3 × `P1M` = `P3M`. */
export function scaleDuration(d: Duration, k: number): Duration {
  return { years: d.years * k, months: d.months * k, weeks: d.weeks * k, days: d.days * k };
}

export function isZeroDuration(d: Duration): boolean {
  return d.years === 0 && d.months === 0 && d.weeks === 0 && d.days === 0;
}

/** A rough length in days, only to estimate where to start a search (never to compute a boundary). */
export function approximateDays(d: Duration): number {
  return d.years * 365.2425 + d.months * 30.436875 + d.weeks * 7 + d.days;
}

export const ZERO: Duration = { years: 0, months: 0, weeks: 0, days: 0 };
