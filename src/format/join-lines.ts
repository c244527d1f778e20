/** The text `[...lines].join('\n')` gives, a line at a time: a long report is never one string. */
export function* joinLines(lines: Iterable<string>): Generator<string> {
  let first = true;
  for (const line of lines) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}
