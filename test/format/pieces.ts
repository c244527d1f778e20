/** A formatter's text, from the pieces it gives. */
export const joined = (pieces: Iterable<string>): string => [...pieces].join('');
