import fc from 'fast-check';
import { isoDateOf } from '../../src/lifecycle/date.js';
import type { Duration, IsoDate } from '../../src/types.js';

/** Any real date from 1990 to 2090, month ends and 29 February included often. */
export const arbitraryDate: fc.Arbitrary<IsoDate> = fc
  .record({ year: fc.integer({ min: 1990, max: 2090 }), month: fc.integer({ min: 1, max: 12 }), day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant(31), fc.constant(29)) })
  .map(({ year, month, day }) => isoDateOf(year, month, Math.min(day, new Date(Date.UTC(year, month, 0)).getUTCDate())));

/** A positive date duration such as agreements use. */
export const arbitraryDuration: fc.Arbitrary<Duration> = fc
  .record({ years: fc.integer({ min: 0, max: 5 }), months: fc.integer({ min: 0, max: 18 }), weeks: fc.integer({ min: 0, max: 8 }), days: fc.integer({ min: 0, max: 120 }) })
  .filter((d) => d.years + d.months + d.weeks + d.days > 0);
