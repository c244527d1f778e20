import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify } from 'yaml';
import type { Node, YAMLMap } from 'yaml';
import { say } from '../text/say.js';

/** One change to a record: the value at `path` (`undefined`: the key is removed). */
export interface FieldEdit {
  readonly path: readonly (string | number)[];
  readonly value: unknown /* undefined = delete */;
}

/**
 * A record's YAML text with some fields changed, and everything else — comments, key order,
 * quoting, folded lines, flow or block style — left byte for byte as it was.
 *
 * Each edit is spliced into the text where the `yaml` package's Document places the node: a
 * scalar is replaced where it stands, a new key is added as the last of its mapping (on a
 * line of its own in a block mapping, `, key: value` in a flow one), a removed key takes its
 * lines with it. The result is then parsed again and must hold exactly the data the Document
 * API gives for the same edits; when a splice cannot promise that (a key whose parent is a
 * list that lacks the item, a shape the splice does not know), the Document API writes the
 * whole text instead: comments and order are still kept, only line folding may change.
 *
 *   editRecordText('id: a # mine\nsigned: 2026-01-02\n', [{ path: ['signed'], value: '2026-02-03' }])
 *   //=> { ok: true, text: 'id: a # mine\nsigned: 2026-02-03\n' }
 */
export function editRecordText(text: string, edits: readonly FieldEdit[]): { ok: true; text: string } | { ok: false; message: string } {
  const original = parseDocument(text);
  if (original.errors.length > 0) return { ok: false, message: say('render.editNotYaml', { reason: firstLine(original.errors[0]!.message) }) };
  if (!isMap(original.contents)) return { ok: false, message: say('render.editNotMapping') };
  const expected = parseDocument(text);
  for (const edit of edits) {
    if (edit.path.length === 0) return { ok: false, message: say('render.editEmptyPath') };
    try {
      if (edit.value === undefined) {
        if (expected.hasIn(edit.path)) expected.deleteIn(edit.path);
      } else expected.setIn(edit.path, expected.createNode(edit.value));
    } catch {
      // `yaml` says "Expected YAML collection at …" when the path goes through a scalar.
      return { ok: false, message: say('render.editThroughValue', { path: edit.path.join('.') }) };
    }
  }
  const wanted = expected.toJS() as unknown;

  let spliced: string | undefined = text;
  for (const edit of edits) {
    spliced = spliceOne(spliced, edit);
    if (spliced === undefined) break;
  }
  if (spliced !== undefined) {
    const check = parseDocument(spliced);
    if (check.errors.length === 0 && isDeepStrictEqual(check.toJS(), wanted)) return { ok: true, text: spliced };
  }
  const whole = expected.toString({ lineWidth: 0, flowCollectionPadding: true });
  const check = parseDocument(whole);
  if (check.errors.length > 0 || !isDeepStrictEqual(check.toJS(), wanted)) return { ok: false, message: say('render.editCannot') };
  return { ok: true, text: whole };
}

/** The text with one edit spliced in, or `undefined` when this shape is not one the splice knows. */
function spliceOne(text: string, edit: FieldEdit): string | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  let node: Node | null = doc.contents as Node | null;
  let parent: YAMLMap | undefined;
  let depth = 0;
  for (; depth < edit.path.length; depth++) {
    const step = edit.path[depth]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) {
        parent = node as YAMLMap;
        break;
      }
      if (depth === edit.path.length - 1) return replaceOrDelete(text, node as YAMLMap, pair.key as Node, pair.value as Node | null, edit.value);
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (item === undefined) return undefined;
      if (depth === edit.path.length - 1) {
        if (edit.value === undefined || !isScalar(item) || !isScalarValue(edit.value) || !item.range) return undefined;
        return splice(text, item.range[0], item.range[1], scalarText(edit.value, node.flow === true));
      }
      node = item;
    } else return undefined;
  }
  if (!parent) return undefined;
  // A key that is not there: nothing to remove, else add the rest of the path under `parent`.
  if (edit.value === undefined) return text;
  let value: unknown = edit.value;
  for (let i = edit.path.length - 1; i > depth; i--) {
    const step = edit.path[i]!;
    if (typeof step === 'number') return undefined;
    value = { [step]: value };
  }
  const key = edit.path[depth]!;
  if (typeof key === 'number') return undefined;
  return addKey(text, parent, key, value);
}

function replaceOrDelete(text: string, map: YAMLMap, key: Node, value: Node | null, wanted: unknown): string | undefined {
  if (wanted === undefined) return deleteKey(text, map, key, value);
  if (!isScalarValue(wanted)) return undefined;
  if (value && isScalar(value) && value.range && !value.anchor && !value.tag) {
    // A block scalar (`>-`, `|`) is replaced by a one-line scalar on the key's line.
    const [start, end] = value.range;
    return splice(text, start, end, scalarText(wanted, map.flow === true));
  }
  if (value === null && key.range) {
    // `key:` with nothing after it.
    const at = key.range[1];
    const colon = text.indexOf(':', at);
    if (colon < 0) return undefined;
    return splice(text, colon + 1, colon + 1, ` ${scalarText(wanted, map.flow === true)}`);
  }
  return undefined;
}

/** Remove a pair: in a block mapping, its whole lines; in a flow one, `key: value` and a comma. */
function deleteKey(text: string, map: YAMLMap, key: Node, value: Node | null): string | undefined {
  if (!key.range) return undefined;
  const end = value?.range ? value.range[1] : key.range[1];
  if (map.flow) {
    let from = key.range[0];
    let to = end;
    const after = /^\s*,\s*/.exec(text.slice(to));
    if (after) to += after[0].length;
    else {
      const before = /,\s*$/.exec(text.slice(0, from));
      if (!before) return undefined;
      from -= before[0].length;
    }
    return splice(text, from, to, '');
  }
  if (map.items.length === 1) return undefined;
  const lineStart = text.lastIndexOf('\n', key.range[0] - 1) + 1;
  // A pair that is a list item's first key shares its line with `- `: leave that to the Document API.
  if (text.slice(lineStart, key.range[0]).trim() !== '') return undefined;
  let lineEnd = text.indexOf('\n', Math.max(end - 1, key.range[1]));
  lineEnd = lineEnd < 0 ? text.length : lineEnd + 1;
  return splice(text, lineStart, lineEnd, '');
}

/** Add `key: value` as the last pair of `map`. */
function addKey(text: string, map: YAMLMap, key: string, value: unknown): string | undefined {
  if (!map.range) return undefined;
  const keyText = scalarText(key, map.flow === true);
  if (map.flow) {
    const close = text.lastIndexOf('}', map.range[1]);
    if (close < 0) return undefined;
    const inner = JSON.stringify(value);
    const body = text.slice(text.lastIndexOf('{', close) + 1, close).trim();
    const last = map.items.at(-1)?.value as Node | null | undefined;
    const at = last?.range ? last.range[1] : close;
    return splice(text, at, at, `${body === '' ? ' ' : ', '}${keyText}: ${inner}${body === '' ? ' ' : ''}`);
  }
  const first = map.items[0]?.key as Node | undefined;
  if (!first?.range) return undefined;
  const indent = first.range[0] - (text.lastIndexOf('\n', first.range[0] - 1) + 1);
  const pad = ' '.repeat(indent);
  const block = isScalarValue(value) ? `${keyText}: ${scalarText(value, false)}\n` : stringify({ [key]: value }, { lineWidth: 0 });
  const lines = block.replace(/\n$/, '').split('\n').map((line) => `${pad}${line}`).join('\n');
  // After the mapping's last value (its last line, a folded text or a nested block included).
  const end = map.range[1];
  const lineEnd = text.indexOf('\n', Math.max(end - 1, 0));
  if (lineEnd < 0) return `${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${lines}\n`;
  return splice(text, lineEnd + 1, lineEnd + 1, `${lines}\n`);
}

function isScalarValue(value: unknown): value is string | number | boolean | null {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A scalar as YAML writes it on one line: plain where that reads back the same, else quoted. */
function scalarText(value: string | number | boolean | null, inFlow: boolean): string {
  if (typeof value !== 'string') return String(value);
  const plain = stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
  if (plain.includes('\n') || (inFlow && /[,[\]{}]/.test(plain))) return JSON.stringify(value);
  return plain;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return `${text.slice(0, from)}${insert}${text.slice(to)}`;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0]!;
}
