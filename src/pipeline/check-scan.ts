import { missingRegistry } from '../check/check-file.js';
import { crossFileFindings } from '../check/cross-file.js';
import { treeOutcome } from '../check/outcome.js';
import type { ValidationResult } from '../check/outcome.js';
import type { TreeScan } from '../load/scan.js';
import { REGISTRY_FILE } from '../load/tree.js';
import { loadTerritories } from '../load/territories.js';
import type { FactsStore } from '../store/facts-store.js';
import { locatorFor } from './placing.js';
import { checkOne, recordFacts } from './record-facts.js';
import { loadSchemas } from './schemas.js';

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
}

/** The checking half of the pipeline, over a listed tree: per-file facts, then the rules over all of them. */
export function checkScan(scan: TreeScan, options: CheckOptions): ValidationResult {
  const schemas = loadSchemas();
  // One file at a time: texts are not all held at once, which is what lets 100,000 records fit.
  const records = scan.entries.map((entry) => recordFacts(entry, schemas.agreement, options.facts, scan.listedAt, options.whole));
  const registry = scan.organizations ? checkOne(scan.organizations, schemas.organizations, 'registry') : missingRegistry(REGISTRY_FILE);
  if (options.invalid) return treeOutcome(records, registry, new Map(), () => undefined, options.invalid);
  const findings = crossFileFindings({
    records,
    registry: registry.value,
    organizationsFile: REGISTRY_FILE,
    templates: scan.templates,
    territories: loadTerritories,
    ...(options.digest ? { digest: options.digest } : {}),
  });
  return treeOutcome(records, registry, findings, options.place ? locatorFor(scan.entries, registry, options.facts) : () => undefined);
}
