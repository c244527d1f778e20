import type { Agreement, Organization } from '../types.js';
import type { Finding } from './finding.js';
import type { CheckedRecord, Rule, RuleInput } from './rule.js';
import { RULES } from './rules/index.js';
import type { TerritoryData } from './territories.js';

/** A record as the cross-file rules see it: its value (the fields rules read) and whether its own checks passed. */
export interface RecordFacts {
  readonly file: string;
  readonly value?: unknown;
  readonly valid: boolean;
}

export interface CrossFileInput {
  readonly records: readonly RecordFacts[];
  /** The registry's parsed value; `undefined` when it is missing or did not parse as a list. */
  readonly registry: unknown;
  readonly organizationsFile: string;
  readonly templates?: ReadonlySet<string>;
  readonly territories?: () => TerritoryData | undefined;
  readonly digest?: (file: string) => string | null;
  readonly rules?: readonly Rule[];
  /**
   * Every id seen → its files, when `records` are only some of the tree's (an incremental run):
   * by default made from `records`. Likewise whether the repository keeps signed copies.
   */
  readonly knownIds?: ReadonlyMap<string, readonly string[]>;
  readonly keepsSignedCopies?: boolean;
}

/** The semantic rules over every record at once; their findings by file, not yet placed. */
export function crossFileFindings(input: CrossFileInput): Map<string, Finding[]> {
  const organizationList = registryEntries(input.registry);
  const records: CheckedRecord[] = input.records.filter((r) => r.valid).map((r) => ({ file: r.file, agreement: r.value as Agreement }));
  const ruleInput: RuleInput = {
    records,
    knownIds: input.knownIds ?? knownIds(input.records),
    keepsSignedCopies: input.keepsSignedCopies ?? records.some((r) => r.agreement.signed_copy),
    organizations: Array.isArray(input.registry) ? new Map(organizationList.map((o) => [o.id, o])) : undefined,
    organizationList,
    organizationsFile: input.organizationsFile,
    templates: input.templates,
    territories: input.territories,
    ...(input.digest ? { digest: input.digest } : {}),
  };
  const findings = new Map<string, Finding[]>();
  for (const rule of input.rules ?? RULES) {
    for (const problem of rule.check(ruleInput)) {
      const list = findings.get(problem.file) ?? [];
      list.push({ ...problem, rule: rule.id, severity: rule.severity });
      findings.set(problem.file, list);
    }
  }
  return findings;
}

/** The registry's entries that have an id, even when another is malformed: one typo should not orphan every record. */
export function registryEntries(value: unknown): Organization[] {
  if (!Array.isArray(value)) return [];
  return value.filter((o): o is Organization => o !== null && typeof o === 'object' && typeof (o as Organization).id === 'string');
}

function knownIds(records: readonly RecordFacts[]): Map<string, string[]> {
  const ids = new Map<string, string[]>();
  for (const record of records) {
    const id = (record.value as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') continue;
    const files = ids.get(id) ?? [];
    files.push(record.file);
    ids.set(id, files);
  }
  return ids;
}
