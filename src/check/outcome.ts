import type { Agreement, Problem, LoadedAgreement, Organization } from '../types.js';
import type { FileCheck } from './check-file.js';
import { registryEntries } from './cross-file.js';
import type { Finding } from './finding.js';
import type { Locator } from './place.js';
import { placeFinding, sortDiagnostics } from './place.js';

export interface ValidationResult {
  /** Sorted by file, line, column. */
  readonly diagnostics: readonly Problem[];
  /** Records with no error, in file order. */
  readonly agreements: readonly LoadedAgreement[];
  readonly organizations: readonly Organization[];
  /** Files with at least one error, sorted. */
  readonly invalidFiles: readonly string[];
  /** Every file checked: the records, then the registry. */
  readonly files: readonly string[];
}

/**
 * The tree's outcome: each file's own diagnostics and its cross-file findings, placed by
 * `locate` (asked once per file that has some, with them; `undefined`: at the file's start).
 * `knownInvalid`: files known to have errors besides those found here (from an earlier run).
 */
export function treeOutcome(
  records: readonly Pick<FileCheck, 'file' | 'value' | 'valid' | 'diagnostics'>[],
  registry: Pick<FileCheck, 'file' | 'value' | 'diagnostics'>,
  findings: ReadonlyMap<string, readonly Finding[]>,
  locate: (file: string, findings: readonly Finding[]) => Locator | undefined,
  knownInvalid: readonly string[] = [],
): ValidationResult {
  const all = [...records, registry];
  const diagnostics: Problem[] = [];
  const invalid = new Set<string>(knownInvalid);
  for (const check of all) {
    const found = findings.get(check.file);
    const placed = found ? placedIn(check.file, found, locate) : [];
    for (const d of [...check.diagnostics, ...placed]) {
      diagnostics.push(d);
      if (d.severity === 'error') invalid.add(check.file);
    }
  }
  return {
    diagnostics: sortDiagnostics(diagnostics),
    agreements: records.filter((r) => r.valid && !invalid.has(r.file)).map((r) => ({ file: r.file, agreement: r.value as Agreement })),
    organizations: registryEntries(registry.value),
    invalidFiles: [...invalid].sort(),
    files: all.map((c) => c.file),
  };
}

function placedIn(file: string, findings: readonly Finding[], locate: (file: string, findings: readonly Finding[]) => Locator | undefined): Problem[] {
  const locator = locate(file, findings);
  return findings.map((f) => placeFinding(f, locator));
}
