/**
 * The closest candidate to a mistyped word, if it is close enough to be what was meant:
 * `closest('sigend', ['signed', 'place'])` //=> 'signed'
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  return nearest(word, list, list.map((candidate) => candidate.toLowerCase()));
}

/**
 * `closest` against one list, each word looked up once: when a framework's id changes, thousands
 * of records name the old one, and the list is every id of the tree.
 */
export function closestIn(candidates: Iterable<string>): (word: string) => string | undefined {
  let list: readonly string[] | undefined;
  let lowered: readonly string[] | undefined;
  const guesses = new Map<string, string | undefined>();
  return (word) => {
    list ??= [...candidates];
    lowered ??= list.map((candidate) => candidate.toLowerCase());
    if (!guesses.has(word)) guesses.set(word, nearest(word, list, lowered));
    return guesses.get(word);
  };
}

/** `closest`, the candidates given with their lower-case forms. */
function nearest(word: string, candidates: readonly string[], lowered: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // A third of the word may be wrong (at least one letter, at most three).
  const allowed = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  // A word cut short (`frame` for `framework`) is what was meant when only one candidate starts with it.
  let prefixed: string | undefined;
  let prefixes = 0;
  for (let i = 0; i < candidates.length; i++) {
    const other = lowered[i]!;
    if (lower.length >= 3 && other.startsWith(lower)) {
      prefixed = candidates[i];
      prefixes++;
    }
    // Lengths further apart than the best so far cannot do better: most candidates stop here.
    if (Math.abs(other.length - lower.length) >= bestDistance) continue;
    const distance = distanceWithin(lower, other, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidates[i];
      bestDistance = distance;
    }
  }
  return prefixes === 1 ? prefixed : best;
}

/** Edit distance with adjacent transpositions counted as one edit (`sigend` → `signed` is 1). */
export function levenshtein(a: string, b: string): number {
  return distanceWithin(a, b, Infinity);
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The distance between `a` and `b` if it is at most `max`, else `max + 1`: a row of the table
 * never has a smaller minimum than the one before it, so the count stops once a row passes `max`.
 */
function distanceWithin(a: string, b: string, max: number): number {
  // Only an equal word can do better than one edit.
  if (max === 0) return a === b ? 0 : 1;
  const cols = b.length + 1;
  // Three rows, reused from call to call (a tree's every id may be compared with each typo).
  if (rows[0].length < cols) rows = [new Int32Array(cols * 2), new Int32Array(cols * 2), new Int32Array(cols * 2)];
  let [before, previous, current] = rows;
  for (let j = 0; j < cols; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
