/**
 * The text `JSON.stringify(items.map(pick), null, 2)` gives, and a line break, made a chunk of
 * items at a time: a listing of 100,000 rows is never held as one string, and each chunk is one
 * call to the native stringifier (whose items it indents as this array's own).
 */
export function* jsonArray<T>(items: readonly T[], pick: (item: T) => unknown = (item) => item): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let start = 0; start < items.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, items.length);
    const chunk = items.slice(start, end).map(pick);
    // `[\n  …items…\n]`: the items, already two spaces deep, without the chunk's own brackets.
    const text = JSON.stringify(chunk, null, 2);
    yield `${text.slice(2, -2)}${end < items.length ? ',' : ''}\n`;
  }
  yield ']\n';
}

const CHUNK = 512;
