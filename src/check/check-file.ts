import type { Problem, ParsedYaml, SourceFile } from '../types.js';
import { FILE_START } from '../types.js';
import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import { placeFinding } from './place.js';
import type { SchemaCheck } from './schema.js';

/** Records and the registry go through different schemas: the same text means different things. */
export type FileKind = 'record' | 'registry';

/** A diagnostic of a file's own (parse, shape, schema), without its file: the same for any file that holds the text. */
export type FileDiagnostic = Omit<Problem, 'file'>;

/** What the per-file stages (decode, parse, schema) made of one file. */
export interface FileCheck {
  readonly file: string;
  /** The parsed text, while it is at hand (a cross-file finding in this file is placed with it). */
  readonly parsed?: ParsedYaml;
  /** The parsed value, when it parsed (even with schema errors: its id still counts as known). */
  readonly value?: unknown;
  /** Set when the schema passed. */
  readonly valid: boolean;
  readonly diagnostics: readonly Problem[];
}

/** Check a file as read: an unreadable one is one diagnostic; a text is parsed, then checked. */
export function checkSource(source: SourceFile, parse: (text: string) => ParsedYaml, schema: SchemaCheck, kind: FileKind): FileCheck {
  if ('text' in source) return checkParsed(source.file, parse(source.text), schema, kind);
  const at = source.unreadable.position ?? FILE_START.start;
  const { message, hint } = source.unreadable;
  return { file: source.file, valid: false, diagnostics: [{ file: source.file, range: { start: at, end: at }, severity: 'error', rule: 'unreadable-file', message, ...(hint ? { hint } : {}) }] };
}

/** Parse problems, then the document's shape (a record is a mapping, the registry a list), then the schema. */
function checkParsed(file: string, parsed: ParsedYaml, schema: SchemaCheck, kind: FileKind): FileCheck {
  const diagnostics: Problem[] = parsed.problems.map((p) => ({ file, range: p.range, severity: 'error', rule: p.rule, message: p.message, ...(p.hint ? { hint: p.hint } : {}) }));
  if (diagnostics.length > 0) return { file, parsed, diagnostics, valid: false };
  const value = parsed.value;
  const wrongShape = kind === 'record' ? notAMapping(value) : notAList(value);
  if (wrongShape) return { file, parsed, valid: false, diagnostics: [{ file, range: parsed.locate([]), severity: 'error', rule: 'document-shape', ...wrongShape }] };
  const findings = schema(value, file);
  return { file, parsed, value, valid: findings.length === 0, diagnostics: findings.map((f) => placeFinding(f, parsed)) };
}

/** The registry file is missing: every record's organizations are then unknown, and this says why. */
export function missingRegistry(file: string): FileCheck {
  return {
    file,
    valid: false,
    diagnostics: [{ file, range: FILE_START, severity: 'error', rule: 'missing-registry', message: message('check.document.missingRegistry'), hint: message('check.document.missingRegistryHint', { file }) }],
  };
}

// A record must be a mapping, the registry a list: say so in words before the schema says it in its own.
function notAMapping(value: unknown): { message: Message; hint: Message } | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
  return { message: message('check.document.notAMapping', { actual: kindOf(value) }), hint: message('check.document.notAMappingHint') };
}

function notAList(value: unknown): { message: Message; hint: Message } | undefined {
  if (Array.isArray(value)) return undefined;
  return { message: message('check.document.notAList', { actual: kindOf(value) }), hint: message('check.document.notAListHint') };
}

function kindOf(value: unknown): Message {
  if (value === null) return message('check.document.empty');
  if (Array.isArray(value)) return message('check.actual.list');
  if (typeof value === 'object') return message('check.actual.mapping');
  if (typeof value === 'string') return message('check.document.string');
  if (typeof value === 'number') return message('check.document.number');
  if (typeof value === 'boolean') return message('check.document.boolean');
  return message('check.document.other', { type: typeof value });
}
