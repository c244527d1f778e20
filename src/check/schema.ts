import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonPath } from '../types.js';
import { closest } from '../text/suggest.js';
import { message } from '../text/say.js';
import type { Message, Param } from '../text/say.js';
import { formatPath } from './finding.js';
import type { Finding } from './finding.js';

type AjvClass = typeof import('ajv').default;
type AddFormats = typeof import('ajv-formats').default;

/** Checks one parsed value against one JSON Schema and explains each problem in words. */
export type SchemaCheck = (value: unknown, file: string) => Finding[];

/**
 * How every schema is compiled: all errors, with the failing schema (`verbose`) for the
 * explanations. The build compiles the shipped schemas ahead of time with the same options
 * (scripts/build-validators.mjs).
 */
export const AJV_OPTIONS = { allErrors: true, strict: false, allowUnionTypes: true, verbose: true } as const;
export const AJV_FORMATS = ['date'] as const;

/** Compile a schema once (ajv with formats, all errors) into a reusable check. */
export function compileSchema(schema: object): SchemaCheck {
  // ajv and ajv-formats are CommonJS, loaded when a schema is first compiled: a run served from
  // the cache never pays for them.
  const require = createRequire(import.meta.url);
  const Ajv = defaultOf<AjvClass>(require('ajv'));
  const addFormats = defaultOf<AddFormats>(require('ajv-formats'));
  const ajv = new Ajv(AJV_OPTIONS);
  addFormats(ajv, [...AJV_FORMATS]);
  return checkWith(ajv.compile(schema));
}

/** A check from a compiled validator, whether compiled now or at build time. */
export function checkWith(validate: ValidateFunction): SchemaCheck {
  return (value, file) => (validate(value) ? [] : explain(validate.errors ?? [], value, file));
}

/** A CommonJS module's export, whether or not it sets `default`. */
function defaultOf<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}

function explain(errors: readonly ErrorObject[], root: unknown, file: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // A failed `anyOf`/`oneOf` is always accompanied by the errors of its branches, and a
  // nullable field's "must be null" branch says nothing useful: keep the others.
  const useful = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if' && !(e.keyword === 'type' && (e.params as { type?: unknown }).type === 'null'));
  for (const error of useful) {
    const finding = explainOne(error, root, file);
    const key = `${formatPath(finding.path)}|${finding.target ?? ''}|${finding.rule}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function explainOne(error: ErrorObject, root: unknown, file: string): Finding {
  const path = toPath(error.instancePath);
  const field: Field = formatPath(path) || message('check.path.record');
  const value = valueAt(root, path);
  const base = { file, severity: 'error' as const };
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(key, allowed);
      return {
        ...base,
        path: [...path, key],
        target: 'key',
        rule: 'unknown-key',
        message: path.length ? message('check.schema.unknownKeyIn', { key, field }) : message('check.schema.unknownKey', { key }),
        hint: guess ? message('common.didYouMean', { guess }) : message('check.schema.allowedKeys', { keys: allowed.join(', ') }),
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const missing = path.length ? message('check.schema.missingKeyIn', { key, field }) : message('check.schema.missingKey', { key });
      return { ...base, path, target: 'key', rule: 'missing-key', message: missing, hint: message('check.schema.addKey', { key }) };
    }
    case 'format':
      if (params.format === 'date') return { ...base, path, rule: 'invalid-date', ...impossibleDate(field, String(value)) };
      break;
    case 'pattern':
      return { ...base, path, ...patternProblem(error.schemaPath, field, String(value)) };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        ...base,
        path,
        rule: 'invalid-value',
        message: message('check.schema.notAllowed', { field, allowed: { or: allowed.map((a) => `\`${a}\``) }, value: show(value) }),
        ...(guess ? { hint: message('common.didYouMean', { guess }) } : {}),
      };
    }
    case 'type': {
      const expected = String(params.type);
      const kind = fieldKind(error.schemaPath);
      return {
        ...base,
        path,
        rule: 'invalid-type',
        message: message('check.schema.wrongType', { field, expected: kind ? kindWords(kind) : expectedType(expected), actual: describe(value) }),
        ...(kind ? { hint: kindHint(kind) } : typeof value === 'number' && expected === 'string' ? { hint: message('check.schema.quoteIt', { value: String(value) }), quoteTyped: true as const } : {}),
      };
    }
    case 'minItems':
      return { ...base, path, rule: 'invalid-value', message: message('check.schema.minItems', { field, count: Number(params.limit) }) };
  }
  const limits = limitMessage(error.keyword, field, params);
  if (limits) return { ...base, path, rule: 'schema', message: limits };
  return { ...base, path, rule: 'schema', message: error.message ? message('check.schema.other', { field, reason: error.message }) : message('check.schema.invalid', { field }) };
}

/** Keywords whose English is ajv's own message, said in the run's language at the edge. */
function limitMessage(keyword: string, field: Field, params: Record<string, unknown>): Message | undefined {
  const count = Number(params.limit);
  const limit = String(params.limit);
  switch (keyword) {
    case 'maxItems':
      return message('check.schema.maxItems', { field, count });
    case 'minLength':
      return message('check.schema.minLength', { field, count });
    case 'maxLength':
      return message('check.schema.maxLength', { field, count });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      // One sentence per comparison: French words them, where ajv writes `>=`, `<` and so on.
      return message(`check.schema.${keyword}`, { field, limit });
    case 'uniqueItems':
      return message('check.schema.uniqueItems', { field, second: String(params.j), first: String(params.i) });
  }
  return undefined;
}

type FieldKind = 'date' | 'duration' | 'slug';

/** A field's path (`parties[1].org`), or « the record » itself. */
type Field = string | Message<'check.path.record'>;

function kindWords(kind: FieldKind): Message {
  return message(`check.kind.${kind}`);
}

function kindHint(kind: FieldKind): Message {
  return message(`check.kindHint.${kind}`);
}

/** Which shared definition (`$defs/date`, `$defs/duration`, `$defs/slug`) an error comes from. */
function fieldKind(schemaPath: string): FieldKind | undefined {
  const match = /\/(date|duration|slug)[^/]*\/[a-zA-Z]+$/i.exec(schemaPath);
  return match ? (match[1]!.toLowerCase() as FieldKind) : undefined;
}

function patternProblem(schemaPath: string, field: Field, value: string): Pick<Finding, 'rule' | 'message' | 'hint'> {
  const kind = fieldKind(schemaPath);
  if (kind === 'date') {
    const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
    const hint = french ? message('check.pattern.writeDate', { date: `${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` }) : kindHint('date');
    return { rule: 'invalid-date', message: message('check.pattern.date', { field, value }), hint };
  }
  if (kind === 'duration') {
    // Well formed but past the bound the schema sets (each number at most 999): say that.
    if (/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/.test(value)) return { rule: 'invalid-duration', message: message('robust.durationTooLong', { field, value }), hint: message('robust.durationTooLongHint') };
    return { rule: 'invalid-duration', message: message('check.pattern.duration', { field, value }), hint: kindHint('duration') };
  }
  if (kind === 'slug') {
    const slug = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { rule: 'invalid-id', message: message('check.pattern.slug', { field, value }), hint: slug ? message('check.pattern.writeSlug', { slug }) : kindHint('slug') };
  }
  return { rule: 'invalid-value', message: message('check.pattern.other', { field, value }) };
}

function impossibleDate(field: Field, value: string): Pick<Finding, 'message' | 'hint'> {
  const [y, m] = value.split('-').map(Number) as [number, number];
  if (m < 1 || m > 12) return { message: message('check.date.noSuchMonth', { field, value, month: m }), hint: message('check.date.monthsHint') };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { message: message('check.date.noSuchDay', { field, value }), hint: message('check.date.daysInMonth', { month: { month: m }, year: y, days }) };
}

function toPath(pointer: string): JsonPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment as string];
  }
  return node;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
}

function describe(value: unknown): Message {
  if (value === null) return message('check.actual.null');
  if (Array.isArray(value)) return message('check.actual.list');
  if (typeof value === 'object') return message('check.actual.mapping');
  if (typeof value === 'string') return message('check.actual.text', { text: value });
  if (typeof value === 'number') return message('check.actual.number', { value: show(value) });
  if (typeof value === 'boolean') return message('check.actual.boolean', { value: show(value) });
  return message(anArticle(typeof value) ? 'check.actual.an' : 'check.actual.a', { type: typeof value, value: show(value) });
}

const TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;

/** What a schema `type` asks for: `string` //=> 'a string'; `string,null` //=> 'a string or null'. */
function expectedType(type: string): Message {
  const known = TYPES.find((t) => t === type);
  if (known) return message(`check.expected.${known}`);
  // `a, b or c` here is `a or b` then `… or c`, each pair said with `list.or`.
  const types = type.split(',');
  const names = types.slice(1).reduce<Param>((items, last) => message('list.or', { items, last }), types[0]!);
  return message(anArticle(types[0]!) ? 'check.expected.an' : 'check.expected.a', { type: names });
}

/** English takes `an` before these type names; the catalogue has a sentence for each article. */
function anArticle(word: string): boolean {
  return /^[aeiou]/.test(word);
}
