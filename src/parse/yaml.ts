import { createRequire } from 'node:module';
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import type { JsonPath, ParsedYaml, Position, Range, Target, YamlProblem } from '../types.js';

export type { ParsedYaml, Target, YamlProblem } from '../types.js';
import { LIMITS } from './limits.js';
import { scanNesting } from './nesting.js';
import { parserSentence } from './parser-sentences.js';

// The `yaml` package (a CommonJS build under Node) is loaded on the first full parse only: most
// records take the fast path, and a run served from the cache parses nothing.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
function yaml(): YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
}

/** Keys that would reach an object's prototype if a consumer ever assigned them. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const START: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

/**
 * Parse one YAML document with positions (YAML 1.2 core schema: `2016-11-16` stays a string).
 * Never throws: syntax errors, duplicate keys, tabs, several documents, alias bombs, excessive
 * nesting, empty files and reserved keys come back as problems.
 */
export function parseYaml(text: string): ParsedYaml {
  const nesting = scanNesting(text, LIMITS.maxFlowDepth, LIMITS.maxIndent);
  if (nesting) {
    return failed([{ rule: 'yaml-nesting', message: nesting.message, hint: message('load.nestingHint'), range: point(nesting.position) }]);
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // `logLevel: 'error'`: the parser's own warnings would go to stderr; what matters comes back as problems.
    doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  } catch (error) {
    return failed([{ rule: 'yaml-syntax', message: message('load.parserGaveUp', { detail: String((error as Error)?.message ?? error) }), range: START }]);
  }
  const toRange = (from: number, to: number): Range => ({ start: positionAt(lineCounter, from), end: positionAt(lineCounter, to) });
  const locate = (path: JsonPath, target: Target = 'value') => locateIn(doc, path, target, toRange);
  const typed = (range: Range) => {
    const offset = ({ line, column }: Position) => (lineCounter.lineStarts[line] ?? text.length) + column;
    return text.slice(offset(range.start), offset(range.end));
  };

  const problems: YamlProblem[] = doc.errors.map((error) => unclosed(doc, error, toRange) ?? fromYamlError(error, toRange));
  if (problems.length === 0 && doc.contents === null) {
    problems.push({ rule: 'empty-file', message: message('load.emptyFile'), hint: message('load.emptyFileHint'), range: START });
  }
  if (problems.length > 0) return { value: undefined, problems, locate, typed };

  problems.push(...keyProblems(doc, text, toRange));
  if (problems.length > 0) return { value: undefined, problems, locate, typed };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    const alias = firstAlias(doc);
    problems.push({
      rule: 'yaml-alias',
      message: error instanceof ReferenceError ? message('load.tooManyAliases', { max: LIMITS.maxAliasCount }) : message('load.aliasUnresolved', { detail: String((error as Error).message) }),
      hint: message('load.aliasHint'),
      range: alias ? toRange(alias[0], alias[1]) : START,
    });
  }
  return { value: problems.length > 0 ? undefined : value, problems, locate, typed };
}

function failed(problems: YamlProblem[]): ParsedYaml {
  return { value: undefined, problems, locate: () => START };
}

function point(position: Position): Range {
  return { start: position, end: position };
}

function positionAt(lineCounter: LineCounter, offset: number): Position {
  const { line, col } = lineCounter.linePos(offset);
  return { line: line - 1, column: col - 1 };
}

/** Our words for the parser's errors we know (the others keep the parser's own sentence); asked for only when one occurs. */
const YAML_MESSAGES: Record<string, () => { message?: Message; hint: Message }> = {
  DUPLICATE_KEY: () => ({ message: message('load.duplicateKey'), hint: message('load.duplicateKeyHint') }),
  TAB_AS_INDENT: () => ({ message: message('load.tabIndent'), hint: message('load.tabIndentHint') }),
  MULTIPLE_DOCS: () => ({ message: message('load.severalDocuments'), hint: message('load.severalDocumentsHint') }),
  BAD_INDENT: () => ({ hint: message('load.badIndentHint') }),
  MISSING_CHAR: () => ({ hint: message('load.missingCharHint') }),
  UNEXPECTED_TOKEN: () => ({ hint: message('load.unexpectedTokenHint') }),
  BLOCK_AS_IMPLICIT_KEY: () => ({ hint: message('load.blockAsKeyHint') }),
  MULTILINE_IMPLICIT_KEY: () => ({ hint: message('load.multilineKeyHint') }),
  BAD_SCALAR_START: () => ({ hint: message('load.badScalarStartHint') }),
  ALIAS_PROPS: () => ({ hint: message('load.aliasPropsHint') }),
};

function fromYamlError(error: YAMLError, toRange: (from: number, to: number) => Range): YamlProblem {
  const known = YAML_MESSAGES[error.code]?.();
  const own = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const [from, to] = error.pos;
  return {
    rule: error.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
    message: known?.message ?? parserSentence(lowerFirst(own)),
    ...(known ? { hint: known.hint } : {}),
    range: toRange(from, Math.max(from, to)),
  };
}

/**
 * The parser reports an unclosed quote or bracket where it gave up — often the end of the
 * file. Point instead at the quote or bracket that was opened, which is what needs fixing.
 */
function unclosed(doc: Document.Parsed, error: YAMLError, toRange: (from: number, to: number) => Range): YamlProblem | undefined {
  const quote = error.code === 'MISSING_CHAR' && /quote/.test(error.message);
  const flow = error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message);
  if (!quote && !flow) return undefined;
  let opener: { start: number; text: string } | undefined;
  yaml().visit(doc, {
    Scalar(_, node) {
      if (quote && node.range && node.range[1] === error.pos[0] && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE')) {
        opener = { start: node.range[0], text: node.type === 'QUOTE_DOUBLE' ? '"' : "'" };
      }
    },
    Seq(_, node) {
      if (flow && node.flow && node.range && node.range[1] === error.pos[0]) opener = { start: node.range[0], text: '[' };
    },
    Map(_, node) {
      if (flow && node.flow && node.range && node.range[1] === error.pos[0]) opener = { start: node.range[0], text: '{' };
    },
  });
  if (!opener) return undefined;
  const closer = { '"': '"', "'": "'", '[': ']', '{': '}' }[opener.text];
  return {
    rule: 'yaml-syntax',
    message: message('load.unclosed', { opener: opener.text }),
    hint: opener.text === '[' || opener.text === '{' ? message('load.unclosedListHint', { closer: closer! }) : message('load.unclosedHint', { closer: closer! }),
    range: toRange(opener.start, opener.start + 1),
  };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * One walk over the keys of every mapping. Reserved keys (`__proto__`…), and keys that the
 * plain value would lose or garble: a list or mapping as a key (made a string such as
 * `[ a, b ]`), and two keys of one mapping that become the same string there — `true` and
 * `"true"`, `1` and `'1'`, `null` and `""` — which the parser does not call duplicates (one is
 * a boolean, one a string) but of which the value keeps only the last.
 */
function keyProblems(doc: Document.Parsed, text: string, toRange: (from: number, to: number) => Range): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const y = yaml();
  const walk = (node: unknown): void => {
    if (y.isSeq(node)) {
      for (const item of node.items) walk(item);
      return;
    }
    if (!y.isMap(node)) return;
    const seen = node.items.length > 1 ? new Map<string, number>() : undefined;
    for (const pair of node.items) {
      walk(pair.key);
      walk(pair.value);
      const range = (pair.key as Node | null)?.range ?? (pair.value as Node | null)?.range;
      const at: [number, number] = range ? [range[0], range[1]] : [0, 0];
      const key = y.isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (y.isCollection(key)) {
        problems.push({ rule: 'yaml-syntax', message: message('yamlsuite.collectionKey'), hint: message('yamlsuite.collectionKeyHint'), range: toRange(at[0], at[1]) });
        continue;
      }
      const value = y.isScalar(key) ? key.value : null;
      const asText = value === null || value === undefined ? '' : String(value);
      if (RESERVED_KEYS.has(asText) && y.isScalar(pair.key)) {
        problems.push({ rule: 'reserved-key', message: message('load.reservedKey', { key: asText }), hint: message('load.reservedKeyHint'), range: toRange(at[0], at[1]) });
      }
      if (!seen) continue;
      const first = seen.get(asText);
      if (first === undefined) {
        seen.set(asText, at[0]);
        continue;
      }
      const typed = text.slice(at[0], at[1]).trim() || asText;
      problems.push({
        rule: 'yaml-duplicate-key',
        message: message('yamlsuite.sameKey', { typed, key: asText, line: toRange(first, first).start.line + 1 }),
        hint: message('yamlsuite.sameKeyHint'),
        range: toRange(at[0], at[1]),
      });
    }
  };
  walk(doc.contents);
  return problems;
}

function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  let found: [number, number] | undefined;
  yaml().visit(doc, {
    Alias(_, alias) {
      if (alias.range) found = [alias.range[0], alias.range[1]];
      return yaml().visit.BREAK;
    },
  });
  return found;
}

function locateIn(doc: Document.Parsed, path: JsonPath, target: Target, toRange: (from: number, to: number) => Range): Range {
  let node: unknown = doc.contents;
  let best: Range = rangeOf(node, toRange) ?? START;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (yaml().isMap(node)) {
      const pair = node.items.find((item) => yaml().isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return best;
      const keyRange = rangeOf(pair.key, toRange);
      if (last && target === 'key' && keyRange) return keyRange;
      const valueRange = rangeOf(pair.value, toRange);
      best = (valueRange && !isEmptyScalar(pair.value) ? valueRange : keyRange) ?? best;
      node = pair.value;
    } else if (yaml().isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return best;
      best = rangeOf(item, toRange) ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function isEmptyScalar(node: unknown): boolean {
  return yaml().isScalar(node) && node.value === null && node.source === '';
}

function rangeOf(node: unknown, toRange: (from: number, to: number) => Range): Range | undefined {
  if (!node || typeof node !== 'object' || !('range' in node)) return undefined;
  const range = (node as Node).range;
  if (!range) return undefined;
  if (yaml().isAlias(node) || yaml().isScalar(node)) return toRange(range[0], range[1]);
  // A collection: point at its first line rather than at its whole extent.
  return toRange(range[0], Math.min(range[1], range[0]));
}
