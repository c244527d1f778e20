import type { Message } from './text/say.js';

/**
 * The vocabulary shared by every stage of the pipeline:
 * read files → parse with positions → check → compute → format → exit code.
 */

/** A calendar date `YYYY-MM-DD`, no time, no zone. Only `lifecycle/date.ts` makes one. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/**
 * An ISO 8601 date duration (`P1Y6M`, `P6W`, `P90D`). Years and months are added
 * first (clamping to the month's end), then weeks and days — see SPEC §4.
 */
export interface Duration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
}

/** A 0-based position in a source text (printed 1-based). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A path into a parsed YAML document, as JSON Pointer segments: `['term', 'end']`, `['parties', 1, 'org']`. */
export type JsonPath = readonly (string | number)[];

// What parsing with positions gives (src/parse/): the value, its problems, a way back to positions.

/** Where a problem points: the key itself, its value, or (for a missing key) the mapping that lacks it. */
export type Target = 'key' | 'value';

export interface YamlProblem {
  readonly rule: string;
  readonly message: Message;
  readonly hint?: Message;
  readonly range: Range;
}

/** A parsed YAML text: its plain value, the problems that stopped it, and a way back from paths to positions. */
export interface ParsedYaml {
  /** `undefined` when the text has problems. */
  readonly value: unknown;
  readonly problems: readonly YamlProblem[];
  /** The range of the node at `path` — or of its nearest ancestor that exists. */
  locate(path: JsonPath, target?: Target): Range;
  /** The text as it was typed within `range` (one that `locate` gave): `01053`, where the value is the number 1053. */
  typed?(range: Range): string;
}

/** A file as the reader hands it over: its text, or why it could not be read. */
export type SourceFile =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly unreadable: { readonly message: Message; readonly hint?: Message; readonly position?: Position } };

export type Severity = 'error' | 'warning';

/** One problem found in one file, in words: what formatters print (SPEC's JSON shape). `file` is relative to the root, with `/` separators. */
export interface Diagnostic {
  readonly file: string;
  readonly range: Range;
  readonly severity: Severity;
  /** A stable id: `yaml-syntax`, `schema`, `unknown-key`, `id-matches-file`… */
  readonly rule: string;
  readonly message: string;
  /** What to write instead, when we can tell. */
  readonly hint?: string;
}

/**
 * A problem as the core finds it (parse, check, load): a `Diagnostic` whose sentences are not yet
 * worded. The edge words it in the run's language (`wordProblem`); the result cache stores it so,
 * and one cache serves every language.
 */
export interface Problem extends Omit<Diagnostic, 'message' | 'hint'> {
  readonly message: Message;
  readonly hint?: Message;
}

/** The whole-file range used when a problem has no better place (empty file, unreadable bytes). */
export const FILE_START: Range = { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };

// ---------------------------------------------------------------------------
// Records, as written in YAML (after schema validation). Field names follow SPEC §2.

export type AgreementKind = 'framework' | 'local' | 'protocol' | 'amendment';
export type Level = 'national' | 'regional' | 'departmental' | 'local';
export type RenewalMode = 'none' | 'tacit' | 'express';
export type NoticeApplies = 'before-renewal' | 'any-time';

export interface Signatory {
  name: string;
  role?: string;
}

export interface Party {
  org: string;
  signatory?: Signatory;
}

export interface TermSpec {
  duration?: string;
  end?: string;
  renewal?: RenewalMode;
  renewal_period?: string;
  max_renewals?: number;
}

export interface NoticeSpec {
  period: string;
  applies?: NoticeApplies;
}

export interface TerminationSpec {
  notice_given?: string;
  by?: string;
  ended?: string;
}

export interface Territory {
  region?: string;
  departement?: string;
  commune?: string;
  epci?: string;
}

export interface SourceRef {
  document: string;
  clause?: string;
  quote?: string;
  note?: string;
}

/** Where a drafted convention came from (written by `accords new`, read by `accords render`). */
export interface Provenance {
  template: string;
  template_sha256: string;
  tool_version: string;
  variables: Record<string, unknown>;
  /** SHA-256 (hex) of the Markdown text as the tool last wrote it: `render` never replaces a text that differs. */
  text_sha256?: string;
}

/** The fields an amendment (avenant) may change in its parent, by path (SPEC §6). */
export type ChangePath = 'term.end' | 'term.duration' | 'term.renewal' | 'term.renewal_period' | 'term.max_renewals' | 'notice.period' | 'notice.applies' | 'review_every' | 'committee.meetings_per_year';
/** An amendment's new values for its parent's fields. */
export type Changes = { readonly [P in ChangePath]?: string | number };

/** The signed original's scan, kept in the repository (`accords sign --copy`). */
export interface SignedCopy {
  /** Root-relative path, `/` separators. */
  file: string;
  /** SHA-256 of the file's bytes when it was recorded. */
  sha256: string;
}

/** An agreement record as it stands in its YAML file. */
export interface Agreement {
  id: string;
  title: string;
  kind: AgreementKind;
  level: Level;
  parties: Party[];
  /** Absent: a draft. `null`: signed, date not known (a legacy record; status `unknown`). */
  signed?: string | null;
  place?: string;
  effective?: string | null;
  signed_copy?: SignedCopy;
  term?: TermSpec;
  notice?: NoticeSpec;
  review_every?: string;
  committee?: { name: string; meetings_per_year?: number; meetings?: string[] };
  /** An internal lead time: `due` announces this agreement's dates that much earlier (a duration). */
  lead?: string;
  parent?: string | null;
  changes?: Changes;
  supersedes?: string[];
  template?: string;
  territory?: Territory;
  termination?: TerminationSpec;
  sources?: SourceRef[];
  tags?: string[];
  notes?: string;
  provenance?: Provenance;
}

export type OrganizationKind = 'public-body' | 'state' | 'association' | 'local-authority' | 'other';

export interface Organization {
  id: string;
  name: string;
  kind: OrganizationKind;
  short_name?: string;
  succeeded_by?: { org: string; on: string };
}

/** A record that passed every check, with where it was read from. */
export interface LoadedAgreement {
  readonly file: string;
  readonly agreement: Agreement;
}

/** What every command but `validate` works on: the valid records, and a line for each invalid one. */
export interface Repository {
  readonly root: string;
  readonly agreements: readonly LoadedAgreement[];
  readonly organizations: readonly Organization[];
  /** Files left out because they have errors (commands warn about each one). */
  readonly invalidFiles: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/** What a command returns: 0 success, 1 problems found, 2 usage or internal error (SPEC §5). */
export type ExitCode = 0 | 1 | 2;
