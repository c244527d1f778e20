import { missingRegistry } from '../check/check-file.js';
import type { FileCheck } from '../check/check-file.js';
import { crossFileFindings } from '../check/cross-file.js';
import type { CrossFileInput } from '../check/cross-file.js';
import type { Finding } from '../check/finding.js';
import { treeOutcome } from '../check/outcome.js';
import type { ValidationResult } from '../check/outcome.js';
import { hashText } from '../load/hash.js';
import { isSettled } from '../load/scan.js';
import type { RecordEntry, TreeScan } from '../load/scan.js';
import { metaKey, REGISTRY_FILE } from '../load/tree.js';
import { loadTerritories } from '../load/territories.js';
import type { FactsStore } from '../store/facts-store.js';
import { locatorFor } from './placing.js';
import { checkOfStored, checkOne, recordFacts, storedOf } from './record-facts.js';
import { loadSchemas } from './schemas.js';
import { indexEntry, indexOfEntries } from './tree-index.js';
import type { IndexEntry, TreeIndex } from './tree-index.js';

export interface CheckOptions {
  /** The store to take unchanged files' facts from and give the others' to. */
  readonly facts: FactsStore | undefined;
  readonly whole: boolean;
  /** Place cross-file findings (else they point at their file's start, and no file is read twice). */
  readonly place: boolean;
  readonly digest?: (file: string) => string | null;
  /**
   * The files with errors, when known from an earlier run over this very tree state: the
   * cross-file rules are then not run (their findings are left out; the files they made invalid are not).
   */
  readonly invalid?: readonly string[];
  /** Make the tree index the next `validate` starts from (see tree-index.ts). */
  readonly index?: boolean;
  /** Keep in the store the facts of the files read (default); else only their identities. */
  readonly persist?: boolean;
  /** The fields kept of a record read and not remembered (default: FACT_FIELDS, what every command reads). */
  readonly fields?: readonly string[];
}

/**
 * The checking half of the pipeline, over a listed tree: per-file facts, then the rules over all
 * of them. With a store, also what the next run needs to check only what changed (`index`).
 */
export function checkScan(scan: TreeScan, options: CheckOptions): ValidationResult & { readonly index?: TreeIndex; readonly registry?: unknown } {
  const schemas = loadSchemas();
  // One file at a time: texts are not all held at once, which is what lets 100,000 records fit.
  const records = scan.entries.map((entry) => recordFacts(entry, schemas.agreement, options.facts, scan.listedAt, options.whole, { persist: options.persist ?? true, ...(options.fields ? { fields: options.fields } : {}) }));
  const registry = checkRegistry(scan, options.place ? undefined : options.facts);
  if (options.invalid) return treeOutcome(records, registry, new Map(), () => undefined, options.invalid);
  const findings = rulesOver(scan, records, registry.value, options.digest);
  const outcome = treeOutcome(records, registry, findings, options.place ? locatorFor(scan.entries, registry, options.facts) : () => undefined);
  return options.facts && options.index ? { ...outcome, index: indexOf(scan, records, options.facts), registry: registry.value } : outcome;
}

/** The cross-file rules over these records of the tree (all of them, unless `links` say what the others hold). */
export function rulesOver(scan: TreeScan, records: readonly FileCheck[], registry: unknown, digest: ((file: string) => string | null) | undefined, links: Pick<CrossFileInput, 'knownIds' | 'keepsSignedCopies'> = {}): Map<string, Finding[]> {
  return crossFileFindings({ records, registry, organizationsFile: REGISTRY_FILE, templates: scan.templates, territories: loadTerritories, ...links, ...(digest ? { digest } : {}) });
}

/**
 * The registry, read whole every run: parsed and checked again only when its text changed, with
 * a store (a run that places findings, in the registry too, parses it: the store keeps no positions).
 */
function checkRegistry(scan: TreeScan, store: FactsStore | undefined): FileCheck {
  const source = scan.organizations;
  if (!source) return missingRegistry(REGISTRY_FILE);
  if (!store || !('text' in source)) return checkOne(source, loadSchemas().organizations, 'registry');
  const hash = hashText(source.text);
  const stored = store.recallByContent(source.file, hash);
  if (stored) return checkOfStored(source.file, stored);
  const check = checkOne(source, loadSchemas().organizations, 'registry');
  store.rememberByContent(source.file, hash, storedOf(check));
  return check;
}

/** Each record file's entry in the tree index, as the store knows it now (a file it could not read has none: it counts as changed). */
export function indexOf(scan: TreeScan, records: readonly FileCheck[], facts: FactsStore): TreeIndex {
  const files: string[] = [];
  const entries: IndexEntry[] = [];
  scan.entries.forEach((entry, i) => {
    const indexed = entryOf(entry, records[i]!, facts, scan.listedAt);
    if (!indexed) return;
    files.push(entry.file);
    entries.push(indexed);
  });
  return indexOfEntries(files, entries);
}

/** One file's entry in the tree index, or none (not read from disk, or not hashed by the store). */
export function entryOf(entry: RecordEntry, check: FileCheck, facts: FactsStore, listedAt: number): IndexEntry | undefined {
  const stat = 'stat' in entry ? entry.stat : undefined;
  const hash = facts.hashOf(entry.file);
  return stat && hash !== undefined ? indexEntry(check, isSettled(stat, listedAt) ? metaKey(stat) : '', hash) : undefined;
}
