import type { JsonPath, Position, Range } from '../types.js';
import { LIMITS } from './limits.js';
import type { ParsedYaml, Target } from './yaml.js';

/**
 * A fast path for the YAML that records are made of: block mappings and sequences indented
 * with spaces, plain and one-line quoted scalars, one-line flow collections of scalars,
 * simple folded and literal blocks, comments. It gives the same value and the same positions
 * as the full parser (`parseYaml`, proven by differential tests) at a fraction of the cost,
 * and declines — returns `undefined` — on anything else, including every error: the caller
 * then parses the text again with the full parser, which explains the problem.
 */
export function parseFastYaml(text: string): ParsedYaml | undefined {
  const value = parsed(text, VALUES);
  // Positions are wanted for a few files only: keep the text, not a tree, and parse again on demand.
  return value === undefined ? undefined : { value, problems: [], locate: lazyLocator(text), typed: (range) => typedIn(text, range) };
}

/**
 * Positions in a text the fast path takes, without its value: one parse that records where
 * each node sits (placing a finding in a file already known to be valid). `undefined` when
 * the fast path declines the text. Given the `paths` to be located, and all of them in one
 * top-level entry (most cross-file findings name one field), the parse stops after that entry:
 * the lines before it read the same whatever follows, and the file has been read whole once
 * already. Only those paths are then located.
 */
export function locateFastYaml(text: string, paths: readonly JsonPath[] = []): ParsedYaml['locate'] | undefined {
  const first = paths[0]?.[0];
  const oneEntry = typeof first === 'string' && paths.every((path) => path[0] === first);
  const root = parsed(text, SPANS, oneEntry ? first : undefined);
  return root === undefined ? undefined : locator(root, text);
}

/**
 * The document built by `build`; `undefined` when it is empty or the fast path declines it.
 * With `stopAfter`, a top-level mapping is read only up to and including that key.
 */
function parsed<N>(text: string, build: Builder<N>, stopAfter?: string): N | undefined {
  // Control characters, tabs, CR, BOMs and Unicode line separators all get the full parser's care.
  if (text.length > LIMITS.maxRegistryBytes || /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  try {
    return new Parser(text, build, stopAfter).document();
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

function locator(root: Span, text: string): ParsedYaml['locate'] {
  const starts = lineStarts(text);
  return (path, target) => locate(root, path, target ?? 'value', starts);
}

/** `locate` over a text the fast path took, parsed for positions on the first call and kept for the next. */
function lazyLocator(text: string): ParsedYaml['locate'] {
  let located: ParsedYaml['locate'] | undefined;
  return (path, target) => (located ??= locator(new Parser(text, SPANS).document()!, text))(path, target);
}

const DECLINE = Symbol('decline');
function decline(): never {
  throw DECLINE;
}

/**
 * What the parser makes of what it reads. One parser, two builders: the plain value (every
 * parse), or where each node sits (`locate`, rarely) — so both take and decline the same texts.
 */
interface Builder<N> {
  /** A string `value` is already a copy, never a view of the text (see `pooled`). */
  scalar(value: unknown, start: number, end: number): N;
  /** A key with nothing after its colon (null); `at` is just after the colon. */
  empty(at: number): N;
  map(start: number): N;
  /** Adds a pair to `map`; false when it already has the key. */
  pair(map: N, key: string, keyStart: number, value: N): boolean;
  /** `items` is the builder's to keep. */
  seq(start: number, items: N[]): N;
}

const VALUES: Builder<unknown> = {
  scalar: (value) => value,
  empty: () => null,
  map: () => ({}),
  pair(map, key, _keyStart, value) {
    const record = map as Record<string, unknown>;
    if (Object.hasOwn(record, key)) return false;
    record[key] = value;
    return true;
  },
  seq: (_start, items) => items,
};

interface ScalarSpan {
  readonly kind: 'scalar';
  readonly start: number;
  readonly end: number;
  /** A key with nothing after its colon: positions then point at the key. */
  readonly empty?: boolean;
}
interface MapSpan {
  readonly kind: 'map';
  readonly start: number;
  /** By key (a mapping may hold tens of thousands: each is found, and checked for a twin, at once). */
  readonly pairs: Map<string, { keyStart: number; keyEnd: number; value: Span }>;
}
interface SeqSpan {
  readonly kind: 'seq';
  readonly start: number;
  readonly items: Span[];
}
type Span = ScalarSpan | MapSpan | SeqSpan;

const SPANS: Builder<Span> = {
  scalar: (_value, start, end) => ({ kind: 'scalar', start, end }),
  empty: (at) => ({ kind: 'scalar', start: at, end: at, empty: true }),
  map: (start) => ({ kind: 'map', start, pairs: new Map() }),
  pair(map, key, keyStart, value) {
    const { pairs } = map as MapSpan;
    if (pairs.has(key)) return false;
    pairs.set(key, { keyStart, keyEnd: keyStart + key.length, value });
    return true;
  },
  seq: (start, items) => ({ kind: 'seq', start, items }),
};

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const QUOTE = 0x27;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Reads the text in place, by offsets and character codes: no lines split off, no substrings
 * but the keys and scalars kept. The current line is `text.slice(start, end)`; `end` is at its
 * `\n` or at the end of the text, so reading one past a line never matches what a line holds.
 */
class Parser<N> {
  private start = 0;
  private end = 0;
  /** The first character of the current line that is not a space. */
  private first = 0;
  /** Where a flow collection or a quoted scalar being read has got to. */
  private pos = 0;
  /** The items of the sequences being read, one after the other: each is made at its exact size. */
  private readonly items: N[] = [];
  private readonly hashes: Finder;
  private readonly colons: Finder;
  private readonly backslashes: Finder;
  /** Set when the top-level mapping stopped at `stopAfter`: the rest of the text is not read. */
  private stopped = false;

  constructor(
    private readonly text: string,
    private readonly build: Builder<N>,
    private readonly stopAfter?: string,
  ) {
    this.setLine(0);
    this.hashes = new Finder(text, '#');
    this.colons = new Finder(text, ':');
    this.backslashes = new Finder(text, '\\');
  }

  document(): N | undefined {
    this.skipBlank();
    if (!this.atEnd() && this.end - this.start === 3 && this.text.startsWith('---', this.start)) {
      this.nextLine();
      this.skipBlank();
    }
    if (this.atEnd()) return undefined;
    if (this.indent() !== 0) decline();
    const node = this.block(0, 0);
    if (this.stopped) return node;
    this.skipBlank();
    if (!this.atEnd()) decline();
    return node;
  }

  private atEnd(): boolean {
    return this.start > this.text.length;
  }

  private nextLine(): void {
    this.setLine(this.end + 1);
  }

  private setLine(start: number): void {
    const end = this.text.indexOf('\n', start);
    this.start = start;
    this.end = end < 0 ? this.text.length : end;
    this.first = this.spacesFrom(start);
  }

  /** Blank lines and whole-line comments. */
  private skipBlank(): void {
    while (!this.atEnd() && this.isBlank()) this.nextLine();
  }

  private isBlank(): boolean {
    return this.first === this.end || this.text.charCodeAt(this.first) === HASH;
  }

  /** The current line's indentation. */
  private indent(): number {
    const n = this.first - this.start;
    if (n > LIMITS.maxIndent) decline();
    return n;
  }

  private spacesFrom(p: number): number {
    while (this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** `-` alone or `- ` at `p`: a sequence entry. */
  private isDash(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.end || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** The colon of a `key:` at `p` followed by spaces or the end of the line; -1 when there is none. */
  private keyColon(p: number): number {
    const colon = identifierEnd(this.text, p);
    if (colon < 0 || this.text.charCodeAt(colon) !== COLON) return -1;
    return colon + 1 === this.end || this.text.charCodeAt(colon + 1) === SPACE ? colon : -1;
  }

  /** A block collection whose entries start at column `indent` of the current line. */
  private block(indent: number, depth: number): N {
    if (depth > 64) decline();
    return this.isDash(this.start + indent) ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  /** `afterDash`: the mapping opens on a `- key: value` line, its first key at `indent` after the dash. */
  private mapping(indent: number, depth: number, afterDash = false): N {
    const map = this.build.map(this.start + indent);
    for (;;) {
      this.skipBlank();
      if (this.atEnd()) break;
      const column = afterDash ? indent : this.indent();
      if (column < indent) break;
      if (column > indent) decline();
      const keyStart = this.start + column;
      const colon = this.keyColon(keyStart);
      if (colon < 0) decline();
      const key = this.key(keyStart, colon);
      // A sequence may sit at its key's own column — not at the column of a key after a dash.
      const value = this.value(this.spacesFrom(colon + 1), indent, depth, colon + 1, !afterDash);
      if (!this.build.pair(map, key, keyStart, value)) decline();
      if (depth === 0 && key === this.stopAfter) {
        this.stopped = true;
        break;
      }
      afterDash = false;
    }
    return map;
  }

  /**
   * The key from `start` to `colon`. Declines the words the core schema reads as a boolean or
   * null (`True`, `NULL`): the full parser makes them the strings `true` and `""`, and takes
   * `true` and `True` in one mapping for a duplicate.
   */
  private key(start: number, colon: number): string {
    const key = pooled(this.text, start, colon);
    // Those words start with t, f or n (any case); `_` (0x5f, 0x7f here), `c` and `p` start the reserved ones.
    const c = key.charCodeAt(0) | 0x20;
    if ((c === 0x74 || c === 0x66 || c === 0x6e) && key.length <= 5 && WORDS.has(key)) decline();
    if ((c === 0x7f || c === 0x63 || c === 0x70) && RESERVED.has(key)) decline();
    return key;
  }

  private sequence(indent: number, depth: number): N {
    const start = this.start + indent;
    const mark = this.items.length;
    for (;;) {
      this.skipBlank();
      if (this.atEnd()) break;
      const column = this.indent();
      if (column < indent) break;
      if (column > indent) decline();
      const dash = this.start + column;
      if (!this.isDash(dash)) break;
      const at = this.spacesFrom(dash + 1);
      if (at === this.end || this.text.charCodeAt(at) === HASH) {
        // `-` alone: the item is the block on the next lines.
        this.nextLine();
        this.skipBlank();
        if (this.atEnd()) decline();
        const nested = this.indent();
        if (nested <= indent) decline();
        this.items.push(this.block(nested, depth + 1));
      } else if (this.keyColon(at) >= 0) {
        // `- key: value` opens a mapping whose keys sit at the column of this first key.
        this.items.push(this.mapping(at - this.start, depth + 1, true));
      } else {
        if (this.isDash(at)) decline();
        this.items.push(this.value(at, indent, depth, dash + 1, false));
      }
    }
    return this.build.seq(start, this.items.splice(mark));
  }

  /**
   * The value that starts at `at` (after `key: ` or `- `), possibly continued on more-indented
   * lines. Leaves the parser on the next line to read.
   */
  private value(at: number, indent: number, depth: number, emptyAt: number, sequenceMayFollow: boolean): N {
    const first = this.text.charCodeAt(at);
    if (at === this.end || first === HASH) return this.emptyValue(indent, depth, emptyAt, sequenceMayFollow);
    if (first === 0x3e || first === 0x7c) return this.blockScalar(at, indent);
    let node: N;
    this.pos = at;
    if (first === BRACE || first === BRACKET) {
      node = this.flowCollection(0);
    } else if (first === DOUBLE_QUOTE || first === QUOTE) {
      node = this.build.scalar(this.quoted(first), at, this.pos);
    } else {
      if ('&*!%@`,?]}'.includes(this.text[at]!) || this.isDash(at)) decline();
      this.pos = this.plainEnd(at);
      node = this.build.scalar(resolvePlain(pooled(this.text, at, this.pos)), at, this.pos);
    }
    this.checkTail(this.pos);
    this.nextLine();
    // A more-indented line after a value continues it (a multi-line scalar) or is an error: decline.
    this.skipBlank();
    if (!this.atEnd() && this.indent() > indent) decline();
    return node;
  }

  /** `key:` with nothing after it on its line: a nested block, a sequence at the key's column, or null. */
  private emptyValue(indent: number, depth: number, emptyAt: number, sequenceMayFollow: boolean): N {
    this.nextLine();
    this.skipBlank();
    if (!this.atEnd()) {
      const nextIndent = this.indent();
      if (nextIndent > indent) return this.block(nextIndent, depth + 1);
      if (nextIndent === indent && sequenceMayFollow && this.isDash(this.start + nextIndent)) return this.sequence(indent, depth + 1);
    }
    return this.build.empty(emptyAt);
  }

  /** A plain scalar on one line: up to a ` #` comment, trailing spaces dropped. Returns where it ends. */
  private plainEnd(at: number): number {
    const comment = this.commentFrom(at);
    // `: ` before the comment makes the scalar a mapping, or ends it with a colon: declined either way.
    for (let colon = this.colons.next(at); colon < comment; colon = this.colons.next(colon + 1)) {
      if (this.text.charCodeAt(colon + 1) === SPACE) decline();
    }
    let end = comment;
    while (end > at && isWhiteSpace(this.text.charCodeAt(end - 1))) end--;
    if (end === at || this.text.charCodeAt(end - 1) === COLON) decline();
    return end;
  }

  /** The first ` #` of the current line from `at` on, or the line's end. */
  private commentFrom(at: number): number {
    // Searched as `#` (rare) rather than ` #` (every space would be a candidate).
    for (let hash = this.hashes.next(at + 1); hash < this.end; hash = this.hashes.next(hash + 1)) {
      if (this.text.charCodeAt(hash - 1) === SPACE) return hash - 1;
    }
    return this.end;
  }

  /** After a value ending at `p`: only white space, then perhaps a comment after a space. */
  private checkTail(p: number): void {
    let q = p;
    while (q < this.end && isWhiteSpace(this.text.charCodeAt(q))) q++;
    if (q === this.end) return;
    if (this.text.charCodeAt(q) !== HASH || this.text.charCodeAt(p) !== SPACE) decline();
  }

  /** `>`, `>-`, `|`, `|-` followed by lines more indented than the key, all at one column, none blank. */
  private blockScalar(at: number, indent: number): N {
    const { text } = this;
    const folded = text.charCodeAt(at) === 0x3e;
    const strip = text.charCodeAt(at + 1) === DASH;
    const header = strip ? at + 2 : at + 1;
    // Only ` # comment` may follow the header.
    if (header < this.end && (text.charCodeAt(header) !== SPACE || text.charCodeAt(this.spacesFrom(header)) !== HASH)) decline();
    const lines: string[] = [];
    let column = -1;
    let lastEnd = this.end;
    this.nextLine();
    while (!this.atEnd()) {
      if (this.isWhite()) {
        // A blank line inside or after the block changes folding and chomping, and one with more
        // spaces than the block's indent keeps those spaces as content: leave both to the full parser.
        if (lines.length === 0 || this.blankInside(column)) decline();
        break;
      }
      const lineIndent = this.indent();
      if (lineIndent <= indent) break;
      if (column < 0) column = lineIndent;
      if (lineIndent !== column) decline();
      lines.push(text.slice(this.start + column, this.end));
      lastEnd = this.end;
      this.nextLine();
    }
    if (lines.length === 0) decline();
    const body = folded ? lines.join(' ') : lines.join('\n');
    // Without `-`, the value keeps one final line break (even at the end of a file without one).
    return this.build.scalar(detached(strip ? body : `${body}\n`), at, Math.min(text.length, lastEnd + 1));
  }

  /** A line of spaces only. */
  private isWhite(): boolean {
    for (let p = this.start; p < this.end; p++) if (!isWhiteSpace(this.text.charCodeAt(p))) return false;
    return true;
  }

  /**
   * Whether the white lines from the current one lead to a line indented at `column` or more,
   * or one of them has more than `column` spaces (`foo: |\n  x\n   \n` is `x\n \n`: the third
   * space is part of the value).
   */
  private blankInside(column: number): boolean {
    const { start } = this;
    let inside = false;
    while (!inside && !this.atEnd() && this.isWhite()) {
      inside = this.end - this.start > column;
      this.nextLine();
    }
    inside ||= !this.atEnd() && this.indent() >= column;
    this.setLine(start);
    return inside;
  }

  // Flow collections, `{ name: André Laignel, role: Président }`, `[a, b]`, and quoted scalars
  // are read from `pos` and must end on their line.

  private flowCollection(depth: number): N {
    if (depth > 16) decline();
    const start = this.pos++;
    return this.text.charCodeAt(start) === BRACKET ? this.flowSequence(start, depth) : this.flowMapping(start, depth);
  }

  private flowSequence(start: number, depth: number): N {
    const mark = this.items.length;
    this.pos = this.spacesFrom(this.pos);
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACKET) this.pos++;
    else {
      do this.items.push(this.flowItem(depth, CLOSE_BRACKET));
      while (!this.closes(CLOSE_BRACKET));
    }
    return this.build.seq(start, this.items.splice(mark));
  }

  private flowMapping(start: number, depth: number): N {
    const map = this.build.map(start);
    this.pos = this.spacesFrom(this.pos);
    if (this.text.charCodeAt(this.pos) === CLOSE_BRACE) {
      this.pos++;
      return map;
    }
    do {
      const keyStart = this.pos;
      const colon = identifierEnd(this.text, keyStart);
      if (colon < 0 || this.text.charCodeAt(colon) !== COLON || this.text.charCodeAt(colon + 1) !== SPACE) decline();
      const key = this.key(keyStart, colon);
      this.pos = this.spacesFrom(colon + 1);
      if (!this.build.pair(map, key, keyStart, this.flowItem(depth, CLOSE_BRACE))) decline();
    } while (!this.closes(CLOSE_BRACE));
    return map;
  }

  /** An entry of a collection that `close`s, at `pos`. */
  private flowItem(depth: number, close: number): N {
    const at = this.pos;
    const c = this.text.charCodeAt(at);
    if (c === BRACE || c === BRACKET) return this.flowCollection(depth + 1);
    const value = c === DOUBLE_QUOTE || c === QUOTE ? this.quoted(c) : resolvePlain(this.flowPlain(close));
    return this.build.scalar(value, at, this.pos);
  }

  /** After an entry: the closing bracket (true), or a comma and another entry (false). */
  private closes(close: number): boolean {
    this.pos = this.spacesFrom(this.pos);
    const c = this.text.charCodeAt(this.pos++);
    if (c === close) return true;
    if (c !== COMMA) decline();
    this.pos = this.spacesFrom(this.pos);
    if (this.text.charCodeAt(this.pos) === close) decline();
    return false;
  }

  /** A plain scalar in a flow collection ends at `,` or the closing bracket; keep it simple. */
  private flowPlain(close: number): string {
    const { text, pos } = this;
    if (pos >= this.end || isWhiteSpace(text.charCodeAt(pos)) || ',{}[]#"\'&*!|>%@`:?-'.includes(text[pos]!)) decline();
    let p = pos + 1;
    for (let c = text.charCodeAt(p); p < this.end && !isFlowIndicator(c); c = text.charCodeAt(++p)) {
      if (c === HASH && text.charCodeAt(p - 1) === SPACE) decline();
    }
    const next = text.charCodeAt(p);
    if (next !== COMMA && next !== close) decline();
    while (isWhiteSpace(text.charCodeAt(p - 1))) p--;
    this.pos = p;
    return pooled(text, pos, p);
  }

  private quoted(quote: number): string {
    return quote === DOUBLE_QUOTE ? this.doubleQuoted() : this.singleQuoted();
  }

  /** A double-quoted scalar at `pos`. */
  private doubleQuoted(): string {
    const from = this.pos + 1;
    const close = this.text.indexOf('"', from);
    if (close < 0 || close >= this.end) decline();
    // Most have no escape: the text between the quotes is the value.
    if (this.backslashes.next(from) > close) {
      this.pos = close + 1;
      return pooled(this.text, from, close);
    }
    return this.escaped(from);
  }

  private escaped(from: number): string {
    const { text } = this;
    let value = '';
    for (let i = from; i < this.end; i++) {
      const c = text.charCodeAt(i);
      if (c === DOUBLE_QUOTE) {
        this.pos = i + 1;
        return detached(value + text.slice(from, i));
      }
      if (c !== BACKSLASH) continue;
      if (i + 1 === this.end) decline();
      value += text.slice(from, i) + unescaped(text, i + 1, this.end);
      i += text.charCodeAt(i + 1) === 0x75 ? 5 : 1;
      from = i + 1;
    }
    return decline();
  }

  /** A single-quoted scalar at `pos` (`''` for a quote). */
  private singleQuoted(): string {
    const { text } = this;
    let value = '';
    let from = this.pos + 1;
    for (let quote = text.indexOf("'", from); quote >= 0 && quote < this.end; quote = text.indexOf("'", from)) {
      if (text.charCodeAt(quote + 1) !== QUOTE) {
        this.pos = quote + 1;
        return value === '' ? pooled(text, from, quote) : detached(value + text.slice(from, quote));
      }
      value += text.slice(from, quote + 1);
      from = quote + 2;
    }
    return decline();
  }
}

/**
 * The first occurrence of `needle` at or after a position, remembered: the parser asks with
 * growing positions, so the text is searched about once however many scalars it holds.
 */
class Finder {
  private from = 0;
  private at = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** The occurrence's offset, or the text's length when there is none. */
  next(from: number): number {
    if (from < this.from || this.at < from) {
      const at = this.text.indexOf(this.needle, from);
      this.at = at < 0 ? this.text.length : at;
      this.from = from;
    }
    return this.at;
  }
}

/** `,` `{` `}` `[` `]` `:`: where a plain scalar in a flow collection stops. */
function isFlowIndicator(c: number): boolean {
  return c === COMMA || c === BRACE || c === CLOSE_BRACE || c === BRACKET || c === CLOSE_BRACKET || c === COLON;
}

/** Characters of `[A-Za-z0-9_-]`: 2 for those that may start a key (`[A-Za-z_]`), 1 for the others. */
const KEY_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  KEY_CHARS[c] = /[A-Za-z_]/.test(ch) ? 2 : /[0-9-]/.test(ch) ? 1 : 0;
}

/** The end of the key-like word `[A-Za-z_][A-Za-z0-9_-]*` at `p`; -1 when none starts there. */
function identifierEnd(text: string, p: number): number {
  let c = text.charCodeAt(p);
  if (!(c < 128 && KEY_CHARS[c] === 2)) return -1;
  do c = text.charCodeAt(++p);
  while (c < 128 && KEY_CHARS[c] !== 0);
  return p;
}

/**
 * YAML's white space within a line: the space and the tab (tabs never get here: the full parser
 * takes them). Not JavaScript's `trim`: a no-break or ideographic space is part of a value.
 */
function isWhiteSpace(c: number): boolean {
  return c === SPACE;
}

const WORDS = new Map<string, unknown>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SAFE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
/**
 * What the core schema reads as a number: the `yaml` package's own tests for an integer (decimal,
 * `0o` octal, `0x` hex) and a float (`.inf`, `.nan`, with or without an exponent), as one.
 * Anything else that starts like a number is a string: a SHA-256 such as `90c7b1…` included.
 */
const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** YAML 1.2 core schema resolution, as the `yaml` package does it; anything unusual declines. */
function resolvePlain(raw: string): unknown {
  const first = raw.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    if (DATE.test(raw)) return raw;
    if (SAFE_INT.test(raw)) return Number(raw);
  } else if (first !== 0x2b && first !== DASH && first !== 0x2e) {
    // Only a sign, a dot or a digit can start a number: the rest are strings, but for a few short words.
    return raw.length <= 5 && WORDS.has(raw) ? WORDS.get(raw) : raw;
  }
  // A number other than a small integer: the full parser makes it (and says if it is too big).
  if (CORE_NUMBER.test(raw)) decline();
  return raw;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ' };

/** The character that the escape sequence whose letter is at `p` stands for. */
function unescaped(text: string, p: number, lineEnd: number): string {
  const letter = text[p]!;
  if (letter === 'u') {
    const hex = text.slice(p + 1, Math.min(p + 5, lineEnd));
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) decline();
    const code = parseInt(hex, 16);
    if (code >= 0xd800 && code <= 0xdfff) decline();
    return String.fromCharCode(code);
  }
  return ESCAPES[letter] ?? decline();
}

/**
 * Keys and short plain scalars already made, by content: records repeat their keys and many of
 * their values (`tacit`, `P1Y`, names), and a string from the pool is never a view of a text.
 */
const POOL: (string | undefined)[] = new Array(4096).fill(undefined);
const POOLED_LENGTH = 32;

/** `text.slice(start, end)`, detached from the text: the pooled copy when there is one. */
function pooled(text: string, start: number, end: number): string {
  const length = end - start;
  if (length === 0 || length > POOLED_LENGTH) return detached(text.slice(start, end));
  // A few characters make the hash (a collision only costs a copy); all lie within the string.
  const quarter = length >> 2;
  const hash = length + 3 * text.charCodeAt(start) + 7 * text.charCodeAt(start + quarter) + 17 * text.charCodeAt(start + (length >> 1)) + 31 * text.charCodeAt(end - 1 - quarter) + 131 * text.charCodeAt(end - 1);
  const slot = hash & (POOL.length - 1);
  const known = POOL[slot];
  if (known !== undefined && known.length === length && sameAt(text, start, known)) return known;
  return (POOL[slot] = detached(text.slice(start, end)));
}

/** `text.startsWith(known, start)`, quicker for the short strings of the pool. */
function sameAt(text: string, start: number, known: string): boolean {
  for (let i = 0; i < known.length; i++) if (text.charCodeAt(start + i) !== known.charCodeAt(i)) return false;
  return true;
}

/**
 * A copy of a string that does not point into the file's text. V8 makes a substring of 13 or
 * more characters a view of its parent (and a concatenation of them a tree of such views), so
 * one kept title would keep the whole file alive: over 100,000 records that is most of the memory.
 */
function detached(value: string): string {
  // `join` copies both parts into one new string (a concatenation would be a view of them).
  return value.length < 13 ? value : [value[0], value.slice(1)].join('');
}

/** The text within `range`, found from the start of the text (asked for a hint, rarely). */
function typedIn(text: string, range: Range): string {
  const offset = ({ line, column }: Position) => {
    let start = 0;
    for (let i = 0; i < line && start >= 0; i++) start = text.indexOf('\n', start) + 1 || -1;
    return (start < 0 ? text.length : start) + column;
  };
  return text.slice(offset(range.start), offset(range.end));
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let p = text.indexOf('\n'); p >= 0; p = text.indexOf('\n', p + 1)) starts.push(p + 1);
  return starts;
}

function positionAt(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - lineStarts[lo]! };
}

/** The same walk as the full parser's `locate`: nearest existing ancestor, key or value. */
function locate(root: Span, path: JsonPath, target: Target, lineStarts: readonly number[]): Range {
  const range = (from: number, to: number): Range => ({ start: positionAt(lineStarts, from), end: positionAt(lineStarts, to) });
  const rangeOf = (span: Span): Range => (span.kind === 'scalar' ? range(span.start, span.end) : range(span.start, span.start));
  let span: Span = root;
  let best = rangeOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (span.kind === 'map') {
      const pair = span.pairs.get(String(segment));
      if (!pair) return best;
      const keyRange = range(pair.keyStart, pair.keyEnd);
      if (last && target === 'key') return keyRange;
      best = pair.value.kind === 'scalar' && pair.value.empty ? keyRange : rangeOf(pair.value);
      span = pair.value;
    } else if (span.kind === 'seq' && typeof segment === 'number') {
      const item = span.items[segment];
      if (!item) return best;
      best = rangeOf(item);
      span = item;
    } else {
      return best;
    }
  }
  return best;
}
