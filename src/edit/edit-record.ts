import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify, visit } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { Message } from '../text/say.js';
import { message } from '../text/say.js';

/** One change to a record: the value at `path` becomes `value` (`undefined` deletes the key). */
export interface FieldEdit {
  readonly path: readonly (string | number)[];
  readonly value: unknown /* undefined = delete */;
}

/** The record keys in SPEC §2 order: a new key goes where a person would have written it. */
export const RECORD_KEY_ORDER: readonly string[] = [
  'id', 'title', 'kind', 'level', 'parties', 'signed', 'place', 'effective', 'signed_copy', 'term', 'notice', 'review_every', 'committee',
  'parent', 'changes', 'supersedes', 'template', 'territory', 'termination', 'sources', 'tags', 'notes', 'provenance',
];

/** The order of the keys inside the nested mappings the commands write. */
const NESTED_ORDER: Readonly<Record<string, readonly string[]>> = {
  term: ['duration', 'end', 'renewal', 'renewal_period', 'max_renewals'],
  notice: ['period', 'applies'],
  committee: ['name', 'meetings_per_year', 'meetings'],
  termination: ['notice_given', 'by', 'ended'],
  signed_copy: ['file', 'sha256'],
  provenance: ['template', 'template_sha256', 'tool_version', 'variables', 'text_sha256'],
};

type Result = { ok: true; text: string } | { ok: false; message: Message };

/**
 * Change a record's YAML text in place: each edit touches only the characters of its own key
 * and value, so every other byte — comments above, beside and after keys, blank lines, quotes,
 * flow mappings, CRLF line ends — is kept as written. A new key goes where SPEC §2 puts it
 * (`signed` after `parties`), not at the end. The result is parsed again and must hold exactly
 * the values asked for and every comment of the original, or nothing is returned but why.
 * Pure: text in, text out.
 */
export function editRecordText(text: string, edits: readonly FieldEdit[]): Result {
  const original = parseDocument(text, { uniqueKeys: true });
  if (original.errors.length > 0) return { ok: false, message: message('life.edit.notYaml', { message: original.errors[0]!.message.split('\n')[0]! }) };
  if (!isMap(original.contents)) return { ok: false, message: message('life.edit.notMapping') };
  let current = text;
  // What the text should hold after each edit; an edit that changes nothing touches no byte.
  const expected = original.toJS() as unknown;
  for (const edit of edits) {
    if (edit.path.length === 0) return { ok: false, message: message('life.edit.emptyPath') };
    if (isDeepStrictEqual(valueAt(expected, edit.path), edit.value)) continue;
    const applied = applyEdit(current, edit);
    if (typeof applied !== 'string') return { ok: false, message: applied.message };
    current = applied;
    setIn(expected, edit.path, edit.value);
  }
  if (current === text) return { ok: true, text };
  // The proof: the new text parses, holds what was asked for, and lost no comment.
  const after = parseDocument(current, { uniqueKeys: true });
  if (after.errors.length > 0) return { ok: false, message: message('life.edit.unsafe', { path: pathText(edits[0]!.path) }) };
  if (!isDeepStrictEqual(after.toJS(), expected)) return { ok: false, message: message('life.edit.unsafe', { path: edits.map((e) => pathText(e.path)).join(', ') }) };
  const kept = comments(after);
  const lost = comments(original).filter((comment) => !kept.includes(comment) && !current.includes(comment));
  if (lost.length > 0) return { ok: false, message: message('life.edit.wouldLoseComment', { comment: lost[0]!.trim() }) };
  return { ok: true, text: current };
}

/** `['term', 'end']` → `term.end` */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

function applyEdit(text: string, edit: FieldEdit): string | { message: Message } {
  const doc = parseDocument(text, { uniqueKeys: true, keepSourceTokens: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // Walk down to the deepest collection that exists; what is missing below it is written whole.
  let collection: YAMLMap | YAMLSeq = doc.contents;
  let depth = 0;
  for (; depth < edit.path.length - 1; depth++) {
    const next = childOf(collection, edit.path[depth]!);
    if (next === undefined) break;
    if (!isMap(next) && !isSeq(next)) {
      if (edit.value === undefined) return text;
      // A scalar (often `null`) stands where a mapping is wanted: the value replaces it whole.
      break;
    }
    collection = next;
  }
  const key = edit.path[depth]!;
  const value = depth === edit.path.length - 1 ? edit.value : nest(edit.path.slice(depth + 1), edit.value);
  if (value === undefined && depth < edit.path.length - 1) return text;
  if (isSeq(collection)) {
    if (typeof key !== 'number') return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
    const item = collection.items[key] as Node | undefined;
    if (!item?.range || value === undefined || isCollectionValue(value)) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
    return splice(text, item.range[0], item.range[1], scalarText(value));
  }
  const pair = collection.items.find((p) => keyOf(p) === String(key));
  const parentPath = edit.path.slice(0, depth);
  if (pair) return value === undefined ? removePair(text, collection, pair, edit) : replaceValue(text, collection, pair, value, eol, edit);
  if (value === undefined) return text;
  return insertPair(text, collection, String(key), value, parentPath, eol, edit);
}

function childOf(collection: YAMLMap | YAMLSeq, key: string | number): unknown {
  if (isSeq(collection)) return typeof key === 'number' ? collection.items[key] : undefined;
  return collection.items.find((p) => keyOf(p) === String(key))?.value ?? undefined;
}

function keyOf(pair: Pair): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

function nest(path: readonly (string | number)[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value);
}

function isCollectionValue(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

/** A scalar as YAML writes it on one line (quoted only when it must be). */
function scalarText(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

/** A mapping or list as a block, each line indented by `indent` spaces. */
function blockText(value: object, indent: number, eol: string): string {
  const lines = stringify(value, { lineWidth: 0, collectionStyle: 'block' }).replace(/\n$/, '').split('\n');
  return lines.map((line) => `${' '.repeat(indent)}${line}`).join(eol);
}

/** A mapping or list on one line, for a flow collection. */
function flowText(value: unknown): string {
  return stringify(value, { lineWidth: 0, collectionStyle: 'flow' }).replace(/\n$/, '');
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return `${text.slice(0, start)}${replacement}${text.slice(end)}`;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line that holds `offset` (past its line end), or the text's end. */
function afterLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Where the value of a pair ends (its last character, comments after it excluded). */
function valueEnd(pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  if (value?.range) return value.range[1];
  return (pair.key as Node | null)?.range?.[1];
}

function isFlow(collection: YAMLMap | YAMLSeq): boolean {
  return Boolean(collection.flow);
}

function replaceValue(text: string, collection: YAMLMap, pair: Pair, value: unknown, eol: string, edit: FieldEdit): string | { message: Message } {
  const keyNode = pair.key as Node;
  const old = pair.value as Node | null;
  const keyEnd = keyNode.range?.[1];
  if (keyEnd === undefined) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
  const colon = text.indexOf(':', keyEnd);
  if (colon === -1) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
  const hasValue = old?.range && !(isScalar(old) && old.value === null && old.range[0] === old.range[1]);
  if (!isCollectionValue(value) || isFlow(collection) || (old && (isMap(old) || isSeq(old)) && old.flow)) {
    const written = isCollectionValue(value) ? flowText(value) : scalarText(value);
    if (hasValue) return splice(text, old!.range![0], old!.range![1], written);
    return splice(text, colon + 1, colon + 1, ` ${written}`);
  }
  // A block value: from the colon to the end of the old value, the new block on the lines below.
  const indent = columnOf(text, keyNode.range![0]) + 2;
  const end = hasValue ? old!.range![1] : colon + 1;
  const stop = hasValue && text[end - 1] === '\n' ? end - (text[end - 2] === '\r' ? 2 : 1) : end;
  return splice(text, colon + 1, stop, `${eol}${blockText(value, indent, eol)}`);
}

function removePair(text: string, collection: YAMLMap, pair: Pair, edit: FieldEdit): string | { message: Message } {
  const keyStart = (pair.key as Node).range?.[0];
  const end = valueEnd(pair);
  if (keyStart === undefined || end === undefined) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
  if (isFlow(collection)) {
    const index = collection.items.indexOf(pair);
    // `{ a: 1, b: 2 }`: remove `, b: 2` (or `a: 1, ` for the first one).
    if (index > 0) {
      const previousEnd = valueEnd(collection.items[index - 1]!)!;
      return splice(text, previousEnd, end, '');
    }
    const next = collection.items[1];
    const nextStart = next ? (next.key as Node).range![0] : end;
    return splice(text, keyStart, nextStart, '');
  }
  const start = lineStart(text, keyStart);
  if (text.slice(start, keyStart).trim() !== '') return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
  return splice(text, start, afterLine(text, end), '');
}

function insertPair(text: string, collection: YAMLMap, key: string, value: unknown, parentPath: readonly (string | number)[], eol: string, edit: FieldEdit): string | { message: Message } {
  const order = parentPath.length === 0 ? RECORD_KEY_ORDER : (NESTED_ORDER[String(parentPath[parentPath.length - 1])] ?? []);
  const rank = (name: string | undefined) => (name === undefined ? -1 : order.indexOf(name));
  const wanted = rank(key);
  const pairs = collection.items;
  // After the last key that comes before it in the order (or, unknown to the order, at the end).
  let before: Pair | undefined;
  let after: Pair | undefined;
  if (wanted === -1) before = pairs[pairs.length - 1];
  else {
    for (const pair of pairs) {
      const r = rank(keyOf(pair));
      if (r !== -1 && r < wanted) before = pair;
      if (r > wanted && after === undefined) after = pair;
    }
    if (!before && !after) before = pairs[pairs.length - 1];
  }
  if (isFlow(collection)) {
    const written = `${scalarText(key)}: ${isCollectionValue(value) ? flowText(value) : scalarText(value)}`;
    if (pairs.length === 0) {
      const open = (collection as Node).range![0];
      return splice(text, open + 1, open + 1, written);
    }
    const anchor = before ?? pairs[pairs.length - 1]!;
    if (!before && after) {
      const start = (after.key as Node).range![0];
      return splice(text, start, start, `${written}, `);
    }
    const end = valueEnd(anchor)!;
    return splice(text, end, end, `, ${written}`);
  }
  const first = pairs[0];
  const indent = first ? columnOf(text, (first.key as Node).range![0]) : parentPath.length * 2;
  const name = scalarText(key);
  const line = isCollectionValue(value) ? `${' '.repeat(indent)}${name}:${eol}${blockText(value, indent + 2, eol)}` : `${' '.repeat(indent)}${name}: ${scalarText(value)}`;
  if (before) {
    const end = valueEnd(before);
    if (end === undefined) return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
    const at = afterLine(text, text[end - 1] === '\n' ? end - 1 : end);
    const needsBreak = at === text.length && !text.endsWith('\n');
    return splice(text, at, at, `${needsBreak ? eol : ''}${line}${eol}`);
  }
  if (after) {
    const start = lineStart(text, (after.key as Node).range![0]);
    return splice(text, start, start, `${line}${eol}`);
  }
  return { message: message('life.edit.unsafe', { path: pathText(edit.path) }) };
}

/** The plain value at `path`, `undefined` when there is none. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** Apply one edit to a plain value, as the text should now read. */
function setIn(target: unknown, path: readonly (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i]!;
    if (node[segment] === null || typeof node[segment] !== 'object') {
      if (value === undefined) return;
      node[segment] = {};
    }
    node = node[segment] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Every comment of a document, as written. */
function comments(doc: Document): string[] {
  const found: string[] = [];
  const add = (comment: string | null | undefined) => {
    if (comment) for (const line of comment.split('\n')) if (line.trim() !== '') found.push(line);
  };
  add(doc.commentBefore);
  add(doc.comment);
  visit(doc, {
    Node(_, node) {
      add((node as { commentBefore?: string | null }).commentBefore);
      add((node as { comment?: string | null }).comment);
    },
    Pair(_, pair) {
      add((pair as unknown as { commentBefore?: string | null }).commentBefore);
    },
  });
  return found;
}
