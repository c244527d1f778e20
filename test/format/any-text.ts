import fc from 'fast-check';

/** Text of any code points, or halves of surrogate pairs alone (a YAML `\ud800` escape makes one). */
export const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit))), maxLength });
