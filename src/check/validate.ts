import type { JsonPath, ParsedYaml, SourceFile } from '../types.js';
import { checkSource, missingRegistry } from './check-file.js';
import type { FileCheck } from './check-file.js';
import { crossFileFindings } from './cross-file.js';
import { keepFields } from './fields.js';
import { treeOutcome } from './outcome.js';
import type { ValidationResult } from './outcome.js';
import type { Finding } from './finding.js';
import type { Locator } from './place.js';
import type { Rule } from './rule.js';
import { RULE_FIELDS } from './rules/index.js';
import type { SchemaCheck } from './schema.js';
import type { TerritoryData } from './territories.js';

export type { FileCheck, FileDiagnostic, FileKind } from './check-file.js';
export type { ValidationResult } from './outcome.js';
export type { SourceFile } from '../types.js';

export interface ValidationInput {
  /** The records, in order. */
  readonly records: Iterable<SourceFile>;
  /** The text of a record again, to place a cross-file finding; default: searched in `records` (an array). */
  readonly reread?: (file: string) => string | undefined;
  /** `undefined`: there is no organizations.yaml. */
  readonly organizations: SourceFile | undefined;
  readonly organizationsFile: string;
  readonly templates?: ReadonlySet<string>;
  /** The official lists of territories, loaded when the `known-territory` rule first needs them. */
  readonly territories?: () => TerritoryData | undefined;
  /** Hashes files named by records (`signed_copy`), for the rules; see `RuleInput.digest`. */
  readonly digest?: (file: string) => string | null;
  readonly schemas: { readonly agreement: SchemaCheck; readonly organizations: SchemaCheck };
  readonly parse: (text: string) => ParsedYaml;
  /** Positions without a value, for placing a cross-file finding in a text (cheaper than `parse`); `undefined` from it: `parse`. */
  readonly locate?: (text: string, paths: readonly JsonPath[]) => ParsedYaml['locate'] | undefined;
  readonly rules?: readonly Rule[];
  /** Keep of each record only these fields and those the rules read; default: whole records. */
  readonly retain?: readonly string[];
  /** The id of a record kept whole whatever `retain` says. */
  readonly keepWhole?: string;
  /** `false`: cross-file findings point at the start of their file, and no file is read twice. */
  readonly place?: boolean;
}

/**
 * Validate a tree held in memory: every file through parse and schema, then the semantic rules
 * over the records that passed. All problems of all files come back at once; nothing throws.
 * (The pipeline does the same in stages, with a store between runs: src/pipeline/run.ts.)
 */
export function validate(input: ValidationInput): ValidationResult {
  const kept = input.retain && [...new Set([...RULE_FIELDS, ...input.retain])];
  const records: FileCheck[] = [];
  for (const source of input.records) {
    const { parsed, ...check } = checkSource(source, input.parse, input.schemas.agreement, 'record');
    records.push(kept && !hasId(check.value, input.keepWhole) ? { ...check, value: keepFields(check.value, kept) } : check);
  }
  const registry = input.organizations ? checkSource(input.organizations, input.parse, input.schemas.organizations, 'registry') : missingRegistry(input.organizationsFile);
  const findings = crossFileFindings({ ...input, records, registry: registry.value });
  return treeOutcome(records, registry, findings, input.place === false ? () => undefined : reparser(input, registry));
}

function hasId(value: unknown, id: string | undefined): boolean {
  return id !== undefined && value !== null && typeof value === 'object' && (value as { id?: unknown }).id === id;
}

/** Positions in a file with a cross-file finding: the registry's own parse, or a record's text read and parsed again. */
function reparser(input: ValidationInput, registry: FileCheck): (file: string, findings: readonly Finding[]) => Locator | undefined {
  const reread = input.reread ?? rereadFrom(input.records);
  return (file, findings) => {
    if (file === registry.file) return registry.parsed;
    const text = reread(file);
    if (text === undefined) return undefined;
    const locate = input.locate?.(text, findings.map((f) => f.path));
    return locate ? { locate } : input.parse(text);
  };
}

function rereadFrom(records: Iterable<SourceFile>): (file: string) => string | undefined {
  if (!Array.isArray(records)) return () => undefined;
  return (file) => {
    const source = (records as readonly SourceFile[]).find((r) => r.file === file);
    return source && 'text' in source ? source.text : undefined;
  };
}
