/**
 * The text `JSON.stringify(items.map(pick), null, 2)` gives, and a line break, made one item at
 * a time: a listing of 100,000 rows is never held as one string.
 */
export function* jsonArray<T>(items: readonly T[], pick: (item: T) => unknown = (item) => item): Generator<string> {
  if (items.length === 0) {
    yield '[]\n';
    return;
  }
  yield '[\n';
  for (let i = 0; i < items.length; i++) {
    // An item's own lines, one level deeper: JSON escapes line breaks inside strings, so each `\n` starts a line.
    yield `  ${JSON.stringify(pick(items[i]!), null, 2).replaceAll('\n', '\n  ')}${i + 1 < items.length ? ',' : ''}\n`;
  }
  yield ']\n';
}
