/**
 * The text `JSON.stringify(value)` gives, in pieces: an object member by member, an array a chunk
 * of items at a time, so that a cache file of tens of megabytes is written without ever being
 * one string (with its copy as bytes) next to the outcome it is made from.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  if (Array.isArray(value)) {
    yield '[';
    for (let start = 0; start < value.length; start += CHUNK) {
      // A slice's text without its brackets: its items as the whole array's, `undefined` as `null`.
      yield `${start > 0 ? ',' : ''}${JSON.stringify(value.slice(start, start + CHUNK)).slice(1, -1)}`;
    }
    yield ']';
    return;
  }
  if (value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  yield '{';
  let first = true;
  for (const [name, member] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    yield* jsonPieces(member);
  }
  yield '}';
}

const CHUNK = 1024;
