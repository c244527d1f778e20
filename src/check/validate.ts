import type { Agreement, Diagnostic, JsonPath, LoadedAgreement, Organization, Position, Range } from '../types.js';
import { FILE_START } from '../types.js';
import type { ParsedYaml } from '../types.js';
import { say } from '../text/say.js';
import type { Finding } from './finding.js';
import type { CheckedRecord, Rule, RuleInput } from './rule.js';
import { RULE_FIELDS, RULES } from './rules/index.js';
import type { SchemaCheck } from './schema.js';
import type { TerritoryData } from './territories.js';

/** A file as the reader hands it over: its text, or why it could not be read. */
export type SourceFile =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly unreadable: { readonly message: string; readonly hint?: string; readonly position?: Position } };

export interface ValidationInput {
  /**
   * The records, consumed once and in order: a generator that reads each file as it is asked
   * for keeps one text in memory at a time, which is what lets 100,000 records fit.
   */
  readonly records: Iterable<SourceFile>;
  /**
   * The text of a record again, to place a cross-file finding (the per-file stage keeps values,
   * not texts). Without it the records must be an array, which is searched.
   */
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
  /**
   * A parser that may decline (`undefined`), for the common shapes only. A file it parses and
   * the schema passes is neither looked up in the memo nor remembered: parsing and checking it
   * again costs less than hashing it, and than writing its value for next time and reading it
   * back (`JSON.parse` of a value costs about what this parser does). The memo keeps the files
   * worth it: those only the full parser reads, and those with problems to explain.
   */
  readonly parseQuick?: (text: string) => ParsedYaml | undefined;
  /**
   * Positions in a text without its value, for placing cross-file findings in a file already
   * parsed once (cheaper than `parse`); `undefined` from it means `parse` is used instead.
   * It is given the findings' paths, and need locate no others.
   */
  readonly locate?: (text: string, paths: readonly JsonPath[]) => ParsedYaml['locate'] | undefined;
  readonly rules?: readonly Rule[];
  /** Per-file outcomes remembered from an earlier run (a cache); the rules always run. */
  readonly memo?: FileMemo;
  /**
   * Keep of each record only what the rules read and these top-level fields (of a party, its
   * organization only): for a caller that wants the diagnostics (`validate`, none) or a few
   * fields (`list`, `due`) of 100,000 records. Default: whole records.
   */
  readonly retain?: readonly string[];
  /** The id of a record kept whole whatever `retain` says (the one `show` prints). */
  readonly keepWhole?: string;
  /**
   * `false`: the cross-file findings are not placed (they point at the start of their file) and
   * no file is read twice — for a caller that wants only which files are invalid (`list`, `due`).
   */
  readonly place?: boolean;
}

/** What the per-file stages made of one text: the same for any file that holds it. */
export interface FileOutcome {
  readonly value?: unknown;
  readonly valid: boolean;
  readonly diagnostics: readonly Omit<Diagnostic, 'file'>[];
}

/** A store of per-file outcomes keyed by the text itself (its hash, in practice). */
export interface FileMemo {
  recall(text: string, kind: FileKind): FileOutcome | undefined;
  remember(text: string, kind: FileKind, outcome: FileOutcome): void;
  /**
   * A file was checked without asking the memo (see `parseQuick`): the memo cannot tell which
   * of its outcomes belong to files no longer there, and keeps them all.
   */
  passed(): void;
}

/** Records and the registry go through different schemas: the same text means different things. */
export type FileKind = 'record' | 'registry';

export interface ValidationResult {
  /** Sorted by file, line, column. */
  readonly diagnostics: readonly Diagnostic[];
  /** Records with no error, in file order. */
  readonly agreements: readonly LoadedAgreement[];
  readonly organizations: readonly Organization[];
  /** Files with at least one error, sorted. */
  readonly invalidFiles: readonly string[];
  /** Every file checked: the records, then the registry. */
  readonly files: readonly string[];
}

/** One file after the per-file stages (decode, parse, schema): what the cross-file rules need. */
interface FileCheck {
  readonly file: string;
  /** Kept for the registry only: a record's text is read again if a rule needs a position in it. */
  readonly parsed?: ParsedYaml;
  readonly value?: unknown;
  readonly diagnostics: Diagnostic[];
  /** Set when the schema passed. */
  readonly valid: boolean;
}

/**
 * Validate a whole tree: every file through parse and schema, then the semantic rules over
 * the records that passed. All problems of all files come back at once; nothing throws.
 */
export function validate(input: ValidationInput): ValidationResult {
  const recordChecks: FileCheck[] = [];
  const kept = input.retain && [...new Set([...RULE_FIELDS, ...input.retain])];
  for (const source of input.records) {
    const { parsed, ...check } = checkRemembered(source, 'record', input);
    recordChecks.push(kept && !isRecord(check.value, input.keepWhole) ? { ...check, value: fieldsOf(check.value, kept) } : check);
  }
  const orgCheck = input.organizations ? checkRemembered(input.organizations, 'registry', input) : missingRegistry(input.organizationsFile);

  const organizationList = registryEntries(orgCheck);
  const records: CheckedRecord[] = recordChecks.filter((c) => c.valid).map((c) => ({ file: c.file, agreement: c.value as Agreement }));
  const byFile = new Map<string, FileCheck>([...recordChecks, orgCheck].map((c) => [c.file, c]));

  const ruleInput: RuleInput = {
    records,
    knownIds: knownIds(recordChecks),
    organizations: Array.isArray(orgCheck.value) ? new Map(organizationList.map((o) => [o.id, o])) : undefined,
    organizationList,
    organizationsFile: input.organizationsFile,
    templates: input.templates,
    territories: input.territories,
    ...(input.digest ? { digest: input.digest } : {}),
  };
  // Findings are placed file by file, so each file with some is parsed again once and let go.
  const findings = new Map<string, Finding[]>();
  for (const rule of input.rules ?? RULES) {
    for (const problem of rule.check(ruleInput)) {
      const list = findings.get(problem.file) ?? [];
      list.push({ ...problem, rule: rule.id, severity: rule.severity });
      findings.set(problem.file, list);
    }
  }
  const parsedAgain = input.place === false ? () => undefined : reparser(input, orgCheck);
  for (const [file, list] of findings) {
    const check = byFile.get(file);
    if (!check) continue;
    const parsed = parsedAgain(file, list.map((finding) => finding.path));
    for (const finding of list) check.diagnostics.push(position(finding, parsed));
  }

  const all = [...recordChecks, orgCheck];
  const invalid = new Set(all.filter((c) => c.diagnostics.some((d) => d.severity === 'error')).map((c) => c.file));
  return {
    diagnostics: sortDiagnostics(all.flatMap((c) => c.diagnostics)),
    agreements: records.filter((r) => !invalid.has(r.file)),
    organizations: organizationList,
    invalidFiles: [...invalid].sort(),
    files: all.map((c) => c.file),
  };
}

function isRecord(value: unknown, id: string | undefined): boolean {
  return id !== undefined && value !== null && typeof value === 'object' && (value as { id?: unknown }).id === id;
}

function fieldsOf(value: unknown, fields: readonly string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const field of fields) if (field in value) kept[field] = (value as Record<string, unknown>)[field];
  // Of a party the rules (and the listings) read the organization only, not the signatory.
  if (Array.isArray(kept.parties)) kept.parties = kept.parties.map((party: unknown) => (party !== null && typeof party === 'object' && 'org' in party ? { org: party.org } : party));
  return kept;
}

/** `checkFile`, or what the memo remembers of the same text. */
function checkRemembered(source: SourceFile, kind: FileKind, input: ValidationInput): FileCheck {
  const [schema, shape] = kind === 'record' ? [input.schemas.agreement, 'mapping' as const] : [input.schemas.organizations, 'list' as const];
  if (!('text' in source)) return checkFile(source, input.parse, schema, shape);
  const quick = input.memo && input.parseQuick?.(source.text);
  const quickCheck = quick ? checkParsed(source.file, quick, schema, shape) : undefined;
  if (quickCheck?.diagnostics.length === 0) {
    input.memo?.passed();
    return quickCheck;
  }
  // A file with problems is looked up even when just checked: the lookup keeps its line in the store.
  const recalled = input.memo?.recall(source.text, kind);
  if (recalled) return { file: source.file, value: recalled.value, valid: recalled.valid, diagnostics: recalled.diagnostics.map((d) => ({ ...d, file: source.file })) };
  const check = quickCheck ?? checkFile(source, input.parse, schema, shape);
  input.memo?.remember(source.text, kind, { value: check.value, valid: check.valid, diagnostics: check.diagnostics.map(({ file, ...rest }) => rest) });
  return check;
}

/** Positions in a file with a cross-file finding: the registry's own parse, or its text read and parsed again. */
function reparser(input: ValidationInput, registry: FileCheck): (file: string, paths: readonly JsonPath[]) => Pick<ParsedYaml, 'locate'> | undefined {
  const reread = input.reread ?? rereadFrom(input.records);
  return (file, paths) => {
    if (file === registry.file) {
      // The registry was remembered rather than parsed this run: parse it now that a position in it is wanted.
      if (registry.parsed) return registry.parsed;
      return input.organizations && 'text' in input.organizations ? input.parse(input.organizations.text) : undefined;
    }
    const text = reread(file);
    if (text === undefined) return undefined;
    const locate = input.locate?.(text, paths);
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

function checkFile(source: SourceFile, parse: (text: string) => ParsedYaml, schema: SchemaCheck, shape: 'mapping' | 'list'): FileCheck {
  const { file } = source;
  if ('unreadable' in source) {
    const at = source.unreadable.position ?? FILE_START.start;
    return {
      file,
      valid: false,
      diagnostics: [{ file, range: { start: at, end: at }, severity: 'error', rule: 'unreadable-file', message: source.unreadable.message, ...(source.unreadable.hint ? { hint: source.unreadable.hint } : {}) }],
    };
  }
  return checkParsed(file, parse(source.text), schema, shape);
}

function checkParsed(file: string, parsed: ParsedYaml, schema: SchemaCheck, shape: 'mapping' | 'list'): FileCheck {
  const diagnostics: Diagnostic[] = parsed.problems.map((p) => ({ file, range: p.range, severity: 'error', rule: p.rule, message: p.message, ...(p.hint ? { hint: p.hint } : {}) }));
  if (diagnostics.length > 0) return { file, parsed, diagnostics, valid: false };
  const value = parsed.value;
  const wrongShape = shape === 'mapping' ? notAMapping(value) : notAList(value);
  if (wrongShape) return { file, parsed, valid: false, diagnostics: [{ file, range: parsed.locate([]), severity: 'error', rule: 'document-shape', ...wrongShape }] };
  const findings = schema(value, file);
  return { file, parsed, value, valid: findings.length === 0, diagnostics: findings.map((f) => position(f, parsed)) };
}

// A record must be a mapping, the registry a list: say so in words before the schema says it in its own.
function notAMapping(value: unknown): { message: string; hint: string } | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
  return { message: say('check.document.notAMapping', { actual: kindOf(value) }), hint: say('check.document.notAMappingHint') };
}

function notAList(value: unknown): { message: string; hint: string } | undefined {
  if (Array.isArray(value)) return undefined;
  return { message: say('check.document.notAList', { actual: kindOf(value) }), hint: say('check.document.notAListHint') };
}

function kindOf(value: unknown): string {
  if (value === null) return say('check.document.empty');
  if (Array.isArray(value)) return say('check.actual.list');
  if (typeof value === 'object') return say('check.actual.mapping');
  if (typeof value === 'string') return say('check.document.string');
  if (typeof value === 'number') return say('check.document.number');
  if (typeof value === 'boolean') return say('check.document.boolean');
  return say('check.document.other', { type: typeof value });
}

function missingRegistry(file: string): FileCheck {
  return {
    file,
    valid: false,
    diagnostics: [{ file, range: FILE_START, severity: 'error', rule: 'missing-registry', message: say('check.document.missingRegistry'), hint: say('check.document.missingRegistryHint', { file }) }],
  };
}

function registryEntries(check: FileCheck): Organization[] {
  if (!Array.isArray(check.value)) return [];
  // Keep the entries that have an id even when some other entry is malformed: one typo should not orphan every record.
  return check.value.filter((o): o is Organization => o !== null && typeof o === 'object' && typeof (o as Organization).id === 'string');
}

function knownIds(checks: readonly FileCheck[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const check of checks) {
    const id = (check.value as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') continue;
    const files = ids.get(id) ?? [];
    files.push(check.file);
    ids.set(id, files);
  }
  return ids;
}

function position(finding: Finding, parsed: Pick<ParsedYaml, 'locate' | 'typed'> | undefined): Diagnostic {
  const range = parsed ? parsed.locate(finding.path, finding.target) : FILE_START;
  return {
    file: finding.file,
    range,
    severity: finding.severity,
    rule: finding.rule,
    message: finding.message,
    ...(finding.hint ? { hint: finding.quoteTyped ? quoteAsTyped(finding.hint, range, parsed) : finding.hint } : {}),
  };
}

/** "quote it", with the value as it was typed where the text is at hand (`"01053"`, not `"1053"`). */
function quoteAsTyped(hint: string, range: Range, parsed: Pick<ParsedYaml, 'typed'> | undefined): string {
  const typed = parsed?.typed?.(range);
  // A plain scalar on one line: anything else (a quote, a line break) keeps the hint as it was.
  return typed && /^[^\s"'\\][^\n"\\]*$/.test(typed) ? say('check.schema.quoteIt', { value: typed }) : hint;
}

/** By file, then line, then column — the order every formatter prints (ESLint does the same). */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column ||
      a.rule.localeCompare(b.rule),
  );
}
