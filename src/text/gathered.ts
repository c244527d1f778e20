/**
 * A text given in pieces, gathered into texts of at least `size` characters (the last one may be
 * shorter): a writer makes one write of each, and never holds the whole text at once.
 * `[...gathered(['ab', 'c', 'de'], 3)]` //=> ['abc', 'de']
 */
export function* gathered(pieces: Iterable<string>, size: number): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= size) {
      yield pending;
      pending = '';
    }
  }
  if (pending) yield pending;
}
