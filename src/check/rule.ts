import type { Agreement, JsonPath, Organization, Severity } from '../types.js';
import type { Target } from '../types.js';
import type { Message, MessageKey } from '../text/say.js';
import type { TerritoryData } from './territories.js';

/** A record that passed the schema, ready for semantic rules. */
export interface CheckedRecord {
  readonly file: string;
  readonly agreement: Agreement;
}

/** Everything a rule may look at: it reads, it never changes anything. */
export interface RuleInput {
  /** Records that passed the schema. */
  readonly records: readonly CheckedRecord[];
  /** Every id seen in a parsed record (even one with schema errors) → its file, so one typo elsewhere does not cascade. */
  readonly knownIds: ReadonlyMap<string, readonly string[]>;
  /** The registry; `undefined` when it could not be read (rules about organizations then stay silent). */
  readonly organizations: ReadonlyMap<string, Organization> | undefined;
  /** The registry's entries in file order (positions in organizations.yaml are by index). */
  readonly organizationList: readonly Organization[];
  readonly organizationsFile: string;
  /** Root-relative paths of the templates present; `undefined` when not known. */
  readonly templates: ReadonlySet<string> | undefined;
  /**
   * The official lists of territories, asked for by `known-territory` only when a record has a
   * `territory:` (reading them costs 11–15 ms); `undefined`, or one that gives
   * `undefined`: the rule stays silent.
   */
  readonly territories?: () => TerritoryData | undefined;
  /**
   * The SHA-256 of a root-relative file, `null` when it is missing or outside the root; absent
   * when the caller reads no files for the rules (rules that need it then stay silent).
   */
  readonly digest?: (file: string) => string | null;
  /** Some record keeps its signed copy (`signed_copy`): the repository then expects one of every signed convention. */
  readonly keepsSignedCopies: boolean;
}

/** A problem a rule reports, without its position (the validator finds it from `path`). */
export interface RuleProblem {
  readonly file: string;
  readonly path: JsonPath;
  readonly target?: Target;
  readonly message: Message;
  readonly hint?: Message;
}

export interface Rule {
  /** Stable id printed with each problem (`stylish` prints it last, as ESLint does). */
  readonly id: string;
  /** What it checks: worded where it is printed (SARIF's rule descriptions). */
  readonly description: MessageKey;
  readonly severity: Severity;
  check(input: RuleInput): Iterable<RuleProblem>;
}
