import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonPath } from '../types.js';
import { closest } from '../text/suggest.js';
import { orList } from '../text/say.js';
import { formatPath } from './finding.js';
import type { Finding } from './finding.js';

type AjvClass = typeof import('ajv').default;
type AddFormats = typeof import('ajv-formats').default;

/** Checks one parsed value against one JSON Schema and explains each problem in words. */
export type SchemaCheck = (value: unknown, file: string) => Finding[];

/** Compile a schema once (ajv with formats, all errors) into a reusable check. */
export function compileSchema(schema: object): SchemaCheck {
  // ajv and ajv-formats are CommonJS, loaded when a schema is first compiled: a run served from
  // the cache never pays for them.
  const require = createRequire(import.meta.url);
  const Ajv = defaultOf<AjvClass>(require('ajv'));
  const addFormats = defaultOf<AddFormats>(require('ajv-formats'));
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  addFormats(ajv, ['date']);
  const validate: ValidateFunction = ajv.compile(schema);
  return (value, file) => (validate(value) ? [] : explain(validate.errors ?? [], value, file));
}

/** A CommonJS module's export, whether or not it sets `default`. */
function defaultOf<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}

/** A check compiled on its first use. */
export function lazySchema(load: () => object): SchemaCheck {
  let check: SchemaCheck | undefined;
  return (value, file) => (check ??= compileSchema(load()))(value, file);
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
  const field = formatPath(path) || 'the record';
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
        message: `unknown key \`${key}\`${path.length ? ` in \`${field}\`` : ''}`,
        hint: guess ? `did you mean \`${guess}\`?` : `allowed keys here: ${allowed.join(', ')}`,
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      return { ...base, path, target: 'key', rule: 'missing-key', message: `missing required key \`${key}\`${path.length ? ` in \`${field}\`` : ''}`, hint: `add \`${key}:\`` };
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
        message: `\`${field}\` must be ${orList(allowed.map((a) => `\`${a}\``))}, not \`${show(value)}\``,
        ...(guess ? { hint: `did you mean \`${guess}\`?` } : {}),
      };
    }
    case 'type': {
      const expected = String(params.type).replace(/,/g, ' or ');
      const kind = fieldKind(error.schemaPath);
      return {
        ...base,
        path,
        rule: 'invalid-type',
        message: `\`${field}\` must be ${kind ? KIND_WORDS[kind] : article(expected)}, not ${describe(value)}`,
        ...(kind ? { hint: KIND_HINTS[kind] } : typeof value === 'number' && expected === 'string' ? { hint: `quote it: "${String(value)}"` } : {}),
      };
    }
    case 'minItems':
      return { ...base, path, rule: 'invalid-value', message: `\`${field}\` must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
  }
  return { ...base, path, rule: 'schema', message: `\`${field}\` ${error.message ?? 'is invalid'}` };
}

type FieldKind = 'date' | 'duration' | 'slug';

const KIND_WORDS: Record<FieldKind, string> = {
  date: 'a date written YYYY-MM-DD',
  duration: 'an ISO 8601 duration such as P1Y, P6M, P6W or P90D',
  slug: 'a lower-case id of letters, digits and hyphens',
};

const KIND_HINTS: Record<FieldKind, string> = {
  date: 'write the date as 2016-11-16',
  duration: 'years (Y), months (M), weeks (W) and days (D) after a P: P1Y, P2M, P1Y6M, P90D; no time part',
  slug: 'use a-z, 0-9 and single hyphens, e.g. amf-pole-emploi-2016',
};

/** Which shared definition (`$defs/date`, `$defs/duration`, `$defs/slug`) an error comes from. */
function fieldKind(schemaPath: string): FieldKind | undefined {
  const match = /\/(date|duration|slug)[^/]*\/[a-zA-Z]+$/i.exec(schemaPath);
  return match ? (match[1]!.toLowerCase() as FieldKind) : undefined;
}

function patternProblem(schemaPath: string, field: string, value: string): Pick<Finding, 'rule' | 'message' | 'hint'> {
  const kind = fieldKind(schemaPath);
  if (kind === 'date') {
    const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
    const hint = french ? `write ${french[3]}-${french[2]!.padStart(2, '0')}-${french[1]!.padStart(2, '0')}` : KIND_HINTS.date;
    return { rule: 'invalid-date', message: `\`${field}\`: \`${value}\` is not a date written YYYY-MM-DD`, hint };
  }
  if (kind === 'duration') {
    return { rule: 'invalid-duration', message: `\`${field}\`: \`${value}\` is not an ISO 8601 date duration`, hint: KIND_HINTS.duration };
  }
  if (kind === 'slug') {
    const slug = value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { rule: 'invalid-id', message: `\`${field}\`: \`${value}\` is not a lower-case id`, hint: slug ? `write \`${slug}\`` : KIND_HINTS.slug };
  }
  return { rule: 'invalid-value', message: `\`${field}\`: \`${value}\` does not have the expected form` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function impossibleDate(field: string, value: string): Pick<Finding, 'message' | 'hint'> {
  const [y, m] = value.split('-').map(Number) as [number, number];
  if (m < 1 || m > 12) return { message: `\`${field}\`: ${value} is not a calendar date (there is no month ${m})`, hint: 'months run from 01 to 12' };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { message: `\`${field}\`: ${value} is not a calendar date`, hint: `${MONTHS[m - 1]} ${y} has ${days} days` };
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

function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text \`${value}\``;
  return `${article(typeof value)} (\`${show(value)}\`)`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
