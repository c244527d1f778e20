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
  // Control characters, tabs, CR, BOMs and Unicode line separators all get the full parser's care.
  if (text.length > LIMITS.maxRegistryBytes || /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  try {
    const root = new Parser(text).document();
    if (!root) return undefined;
    // Positions are wanted for a few files only: keep the text, not the tree, and parse again on demand.
    return {
      value: toValue(root),
      problems: [],
      locate: (path, target) => {
        const parser = new Parser(text);
        return locate(parser.document()!, path, target ?? 'value', parser.lineStarts);
      },
    };
  } catch (error) {
    if (error === DECLINE) return undefined;
    throw error;
  }
}

const DECLINE = Symbol('decline');
function decline(): never {
  throw DECLINE;
}

interface ScalarNode {
  readonly kind: 'scalar';
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
  /** A key with nothing after its colon: positions then point at the key. */
  readonly empty?: boolean;
}
interface MapNode {
  readonly kind: 'map';
  readonly start: number;
  readonly pairs: { key: string; keyStart: number; keyEnd: number; value: YNode }[];
}
interface SeqNode {
  readonly kind: 'seq';
  readonly start: number;
  readonly items: YNode[];
}
type YNode = ScalarNode | MapNode | SeqNode;

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
/** `KEY` at a given column of a line (sticky: no slice of the line). */
const KEY_AT = /([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/y;
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

class Parser {
  private readonly lines: string[];
  readonly lineStarts: number[] = [];
  private i = 0;

  constructor(private readonly text: string) {
    this.lines = text.split('\n');
    let offset = 0;
    for (const line of this.lines) {
      this.lineStarts.push(offset);
      offset += line.length + 1;
    }
  }

  document(): YNode | undefined {
    this.skipBlank();
    if (this.i < this.lines.length && this.lines[this.i] === '---') {
      this.i++;
      this.skipBlank();
    }
    if (this.i >= this.lines.length) return undefined;
    const first = this.lines[this.i]!;
    if (indentOf(first) !== 0) decline();
    const node = this.block(0, 0);
    this.skipBlank();
    if (this.i < this.lines.length) decline();
    return node;
  }

  /** Blank lines and whole-line comments. */
  private skipBlank(): void {
    while (this.i < this.lines.length && isBlank(this.lines[this.i]!)) this.i++;
  }

  /** A block collection whose entries start at column `indent` of the current line. */
  private block(indent: number, depth: number): YNode {
    if (depth > 64) decline();
    const line = this.lines[this.i]!;
    const rest = line.slice(indent);
    return rest === '-' || rest.startsWith('- ') ? this.sequence(indent, depth) : this.mapping(indent, depth);
  }

  private mapping(indent: number, depth: number, firstColumn?: number): MapNode {
    const pairs: MapNode['pairs'] = [];
    const seen = new Set<string>();
    let start = -1;
    for (;;) {
      this.skipBlank();
      if (this.i >= this.lines.length) break;
      const line = this.lines[this.i]!;
      const column = pairs.length === 0 && firstColumn !== undefined ? firstColumn : indentOf(line);
      if (column < indent) break;
      if (column > indent) decline();
      KEY_AT.lastIndex = column;
      const match = KEY_AT.exec(line);
      if (!match) decline();
      const key = match[1]!;
      if (seen.has(key) || RESERVED.has(key)) decline();
      seen.add(key);
      const lineStart = this.lineStarts[this.i]!;
      const keyStart = lineStart + column;
      if (start < 0) start = keyStart;
      const valueColumn = column + match[0].length;
      const value = this.value(line, valueColumn, indent, depth, keyStart + key.length + 1);
      pairs.push({ key, keyStart, keyEnd: keyStart + key.length, value });
    }
    return { kind: 'map', start, pairs };
  }

  private sequence(indent: number, depth: number): SeqNode {
    const items: YNode[] = [];
    let start = -1;
    for (;;) {
      this.skipBlank();
      if (this.i >= this.lines.length) break;
      const line = this.lines[this.i]!;
      const column = indentOf(line);
      if (column < indent) break;
      if (column > indent) decline();
      const body = line.slice(column);
      if (body !== '-' && !body.startsWith('- ')) break;
      const lineStart = this.lineStarts[this.i]!;
      if (start < 0) start = lineStart + column;
      let contentColumn = column + 1;
      while (line[contentColumn] === ' ') contentColumn++;
      if (contentColumn >= line.length || line[contentColumn] === '#') {
        // `-` alone: the item is the block on the next lines.
        this.i++;
        this.skipBlank();
        if (this.i >= this.lines.length || indentOf(this.lines[this.i]!) <= indent) decline();
        items.push(this.block(indentOf(this.lines[this.i]!), depth + 1));
        continue;
      }
      const content = line.slice(contentColumn);
      if (KEY.test(content)) {
        // `- key: value` opens a mapping whose keys sit at the column of this first key.
        items.push(this.mapping(contentColumn, depth + 1, contentColumn));
        continue;
      }
      if (content === '-' || content.startsWith('- ')) decline();
      items.push(this.value(line, contentColumn, indent, depth, lineStart + column + 1));
    }
    return { kind: 'seq', start, items };
  }

  /**
   * The value that starts at `column` of `line` (after `key: ` or `- `), possibly continued
   * on more-indented lines. Leaves `this.i` on the next line to read.
   */
  private value(line: string, column: number, indent: number, depth: number, emptyAt: number): YNode {
    const lineStart = this.lineStarts[this.i]!;
    const at = lineStart + column;
    const content = line.slice(column);
    if (content === '' || content.startsWith('#')) {
      this.i++;
      this.skipBlank();
      if (this.i < this.lines.length) {
        const next = this.lines[this.i]!;
        const nextIndent = indentOf(next);
        const nextBody = next.slice(nextIndent);
        if (nextIndent > indent) return this.block(nextIndent, depth + 1);
        // A sequence may sit at its key's own column.
        if (nextIndent === indent && (nextBody === '-' || nextBody.startsWith('- ')) && emptyAt >= 0 && this.isMappingValue(indent)) return this.sequence(indent, depth + 1);
      }
      return { kind: 'scalar', value: null, start: emptyAt, end: emptyAt, empty: true };
    }
    const first = content[0]!;
    let node: ScalarNode | MapNode | SeqNode;
    let end: number;
    if (first === '"' || first === "'") {
      const quoted = first === '"' ? doubleQuoted(content) : singleQuoted(content);
      node = { kind: 'scalar', value: quoted.value, start: at, end: at + quoted.length };
      end = quoted.length;
    } else if (first === '{' || first === '[') {
      const flow = new FlowParser(content, at);
      node = flow.collection(0);
      end = flow.pos;
    } else if (first === '>' || first === '|') {
      return this.blockScalar(content, at, indent);
    } else {
      if ('&*!%@`,?]}'.includes(first) || (first === '-' && (content === '-' || content[1] === ' '))) decline();
      const { text: raw, length } = plainOnLine(content);
      node = { kind: 'scalar', value: resolvePlain(raw), start: at, end: at + raw.length };
      end = length;
    }
    const tail = content.slice(end).trimStart();
    if (tail !== '' && !tail.startsWith('#')) decline();
    if (tail.startsWith('#') && content[end] !== ' ' && end < content.length) decline();
    this.i++;
    // A more-indented line after a value continues it (a multi-line scalar) or is an error: decline.
    const save = this.i;
    this.skipBlank();
    if (this.i < this.lines.length && indentOf(this.lines[this.i]!) > indent) decline();
    this.i = save;
    return node;
  }

  /** Whether the collection at `indent` that we are inside is a mapping (a same-column sequence is its value). */
  private isMappingValue(indent: number): boolean {
    for (let j = this.i - 1; j >= 0; j--) {
      const line = this.lines[j]!;
      const trimmed = line.trimStart();
      if (trimmed === '' || trimmed.startsWith('#')) continue;
      return indentOf(line) === indent && KEY.test(trimmed);
    }
    return false;
  }

  /** `>`, `>-`, `|`, `|-` followed by lines more indented than the key, all at one column, none blank. */
  private blockScalar(header: string, at: number, indent: number): ScalarNode {
    const match = /^([>|])(-?)(?: +#.*)?$/.exec(header);
    if (!match) decline();
    const folded = match[1] === '>';
    const strip = match[2] === '-';
    const lines: string[] = [];
    let column = -1;
    let lastEnd = at + header.length;
    this.i++;
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (line.trim() === '') {
        // A blank line inside or after the block changes folding and chomping: leave it to the full parser.
        if (lines.length === 0) decline();
        let j = this.i;
        while (j < this.lines.length && this.lines[j]!.trim() === '') j++;
        if (j < this.lines.length && indentOf(this.lines[j]!) >= column) decline();
        break;
      }
      const lineIndent = indentOf(line);
      if (lineIndent <= indent) break;
      if (column < 0) column = lineIndent;
      if (lineIndent !== column) decline();
      lines.push(line.slice(column));
      lastEnd = this.lineStarts[this.i]! + line.length;
      this.i++;
    }
    if (lines.length === 0) decline();
    const body = folded ? lines.join(' ') : lines.join('\n');
    // Without `-`, the value keeps one final line break (even at the end of a file without one).
    const keepNewline = !strip;
    return { kind: 'scalar', value: keepNewline ? `${body}\n` : body, start: at, end: Math.min(this.text.length, lastEnd + 1) };
  }
}

// Sticky: matched where the flow parser stands, without slicing the rest of the line off.
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]*): +/y;
const FLOW_PLAIN = /[^,{}[\]#"'&*!|>%@`:?\s-][^,{}[\]:]*/y;

/** Flow collections on one line: `{ name: André Laignel, role: Président }`, `[a, b]`. */
class FlowParser {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly offset: number,
  ) {}

  collection(depth: number): MapNode | SeqNode {
    if (depth > 16) decline();
    const open = this.text[this.pos]!;
    const start = this.offset + this.pos;
    this.pos++;
    if (open === '[') {
      const items: YNode[] = [];
      this.spaces();
      if (this.text[this.pos] === ']') {
        this.pos++;
        return { kind: 'seq', start, items };
      }
      for (;;) {
        items.push(this.item(depth, ']'));
        this.spaces();
        const c = this.text[this.pos];
        this.pos++;
        if (c === ']') return { kind: 'seq', start, items };
        if (c !== ',') decline();
        this.spaces();
        if (this.text[this.pos] === ']') decline();
      }
    }
    const pairs: MapNode['pairs'] = [];
    const seen = new Set<string>();
    this.spaces();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'map', start, pairs };
    }
    for (;;) {
      FLOW_KEY.lastIndex = this.pos;
      const match = FLOW_KEY.exec(this.text);
      if (!match) decline();
      const key = match[1]!;
      if (seen.has(key) || RESERVED.has(key)) decline();
      seen.add(key);
      const keyStart = this.offset + this.pos;
      this.pos += match[0].length;
      pairs.push({ key, keyStart, keyEnd: keyStart + key.length, value: this.item(depth, '}') });
      this.spaces();
      const c = this.text[this.pos];
      this.pos++;
      if (c === '}') return { kind: 'map', start, pairs };
      if (c !== ',') decline();
      this.spaces();
      if (this.text[this.pos] === '}') decline();
    }
  }

  private item(depth: number, close: string): YNode {
    const c = this.text[this.pos];
    if (c === '{' || c === '[') return this.collection(depth + 1);
    const at = this.offset + this.pos;
    if (c === '"' || c === "'") {
      const quoted = c === '"' ? doubleQuoted(this.text.slice(this.pos)) : singleQuoted(this.text.slice(this.pos));
      this.pos += quoted.length;
      return { kind: 'scalar', value: quoted.value, start: at, end: at + quoted.length };
    }
    // A plain scalar in a flow collection ends at `,` or the closing bracket; keep it simple.
    FLOW_PLAIN.lastIndex = this.pos;
    const match = FLOW_PLAIN.exec(this.text);
    if (!match || match[0].includes(' #')) decline();
    const raw = match[0].trimEnd();
    const next = this.text[this.pos + match[0].length];
    if (next !== ',' && next !== close) decline();
    this.pos += raw.length;
    return { kind: 'scalar', value: resolvePlain(raw), start: at, end: at + raw.length };
  }

  private spaces(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }
}

/** A line of spaces only, or a comment (`trimStart` without the copy: this runs for every line). */
function isBlank(line: string): boolean {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n === line.length || line.charCodeAt(n) === 35;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  if (n > LIMITS.maxIndent) decline();
  return n;
}

/** A plain scalar on one line: up to a ` #` comment, trailing spaces dropped. */
function plainOnLine(content: string): { text: string; length: number } {
  const comment = content.indexOf(' #');
  const raw = (comment >= 0 ? content.slice(0, comment) : content).trimEnd();
  if (raw.includes(': ') || raw.endsWith(':') || raw.includes(' #') || raw === '') decline();
  return { text: raw, length: raw.length };
}

const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL_TRUE = /^(?:[Tt]rue|TRUE)$/;
const BOOL_FALSE = /^(?:[Ff]alse|FALSE)$/;
const SAFE_INT = /^(?:0|[1-9][0-9]{0,14})$/;
const NUMBERISH = /^(?:[-+]?[0-9.]|0o|0x|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)/;

/** YAML 1.2 core schema resolution, as the `yaml` package does it; anything unusual declines. */
function resolvePlain(raw: string): unknown {
  // Most scalars are words: only these first characters can start a null, a boolean or a number.
  if (!'~nNtTfF0123456789+-.'.includes(raw[0]!)) return raw;
  if (NULL.test(raw)) return null;
  if (BOOL_TRUE.test(raw)) return true;
  if (BOOL_FALSE.test(raw)) return false;
  if (SAFE_INT.test(raw)) return Number(raw);
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  if (NUMBERISH.test(raw) && /^[-+0-9.eEoxa-fA-FinfINFnaN]+$/.test(raw)) decline();
  return raw;
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', ' ': ' ' };

function doubleQuoted(text: string): { value: string; length: number } {
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return { value, length: i + 1 };
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) decline();
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) decline();
        const code = parseInt(hex, 16);
        if (code >= 0xd800 && code <= 0xdfff) decline();
        value += String.fromCharCode(code);
        i += 5;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) decline();
      value += escaped;
      i++;
      continue;
    }
    value += c;
  }
  return decline();
}

function singleQuoted(text: string): { value: string; length: number } {
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i++;
        continue;
      }
      return { value, length: i + 1 };
    }
    value += c;
  }
  return decline();
}

function toValue(node: YNode): unknown {
  if (node.kind === 'scalar') return typeof node.value === 'string' ? detached(node.value) : node.value;
  if (node.kind === 'seq') return node.items.map(toValue);
  const out: Record<string, unknown> = {};
  for (const pair of node.pairs) out[pair.key] = toValue(pair.value);
  return out;
}

/**
 * A copy of a string that does not point into the file's text. V8 makes a substring of 13 or
 * more characters a view of its parent, so one kept title would keep the whole file alive:
 * over 100,000 records that is most of the memory.
 */
function detached(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
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
function locate(root: YNode, path: JsonPath, target: Target, lineStarts: readonly number[]): Range {
  const range = (from: number, to: number): Range => ({ start: positionAt(lineStarts, from), end: positionAt(lineStarts, to) });
  const rangeOf = (node: YNode): Range => (node.kind === 'scalar' ? range(node.start, node.end) : range(node.start, node.start));
  let node: YNode = root;
  let best = rangeOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (node.kind === 'map') {
      const pair = node.pairs.find((p) => p.key === String(segment));
      if (!pair) return best;
      const keyRange = range(pair.keyStart, pair.keyEnd);
      if (last && target === 'key') return keyRange;
      best = pair.value.kind === 'scalar' && pair.value.empty ? keyRange : rangeOf(pair.value);
      node = pair.value;
    } else if (node.kind === 'seq' && typeof segment === 'number') {
      const item = node.items[segment];
      if (!item) return best;
      best = rangeOf(item);
      node = item;
    } else {
      return best;
    }
  }
  return best;
}
