import type { FileCheck } from '../check/check-file.js';
import { placeFinding, sortDiagnostics } from '../check/place.js';
import { hashText } from '../load/hash.js';
import { isSettled, sourceOf } from '../load/scan.js';
import type { RecordEntry, TreeScan } from '../load/scan.js';
import { metaKey, REGISTRY_FILE } from '../load/tree.js';
import type { FactsStore } from '../store/facts-store.js';
import type { Baseline, TreeOutcome } from '../store/tree-store.js';
import type { Problem } from '../types.js';
import { indexOf, rulesOver } from './check-scan.js';
import { locatorFor } from './placing.js';
import { recordFacts } from './record-facts.js';
import { loadSchemas } from './schemas.js';
import { countSignedCopies, isIndex, linksOf } from './tree-index.js';
import type { IndexEntry, TreeIndex } from './tree-index.js';

/** Past this many changed files, checking the whole tree costs less than working out what depends on them. */
const MAX_CHANGED = (records: number) => Math.max(64, Math.ceil(records / 100));

/**
 * `validate` over a tree that moved a little since the last run (TypeScript's incremental builder
 * is the model): the changed files are read and checked, the files whose cross-file findings could
 * change with them — same id, naming a changed id, or on a chain of `parent`/`supersedes` through
 * one — are checked again against what they link to, and every other file keeps the diagnostics
 * the last run gave it. `undefined`: the whole tree is to be checked (the registry or the
 * templates changed, too many files did, or the repository starts or stops keeping signed copies).
 */
export function checkChanged(scan: TreeScan, facts: FactsStore, baseline: Baseline, digest: ((file: string) => string | null) | undefined): { outcome: TreeOutcome; index: TreeIndex; changed: number } | undefined {
  if (!isIndex(baseline.index)) return undefined;
  const last = baseline.index;
  const entries = new Map(scan.entries.map((entry) => [entry.file, entry]));
  const changed = new Set<string>();
  /** Files the same byte for byte but touched since (or too fresh then): their metadata of now, once it can be trusted. */
  const touched = new Map<string, string>();
  for (const entry of scan.entries) {
    const same = sameAsBefore(entry, last[entry.file], scan.listedAt);
    if (same === false) changed.add(entry.file);
    else if (same === 'by content' && 'stat' in entry && entry.stat && isSettled(entry.stat, scan.listedAt)) touched.set(entry.file, metaKey(entry.stat));
  }
  const removed = Object.keys(last).filter((file) => !entries.has(file));
  if (changed.size + removed.length > MAX_CHANGED(scan.entries.length)) return undefined;

  const schema = loadSchemas().agreement;
  const checks = new Map<string, FileCheck>();
  // Read and parsed here, the few files to check: reading the store's 100,000 lines would cost more.
  // The changed ones are remembered in the store; the others are as it has them.
  const checkOf = (file: string) => {
    let check = checks.get(file);
    if (!check) checks.set(file, (check = recordFacts(entries.get(file)!, schema, changed.has(file) ? facts : undefined, scan.listedAt, false, { recall: false })));
    return check;
  };
  for (const file of changed) checkOf(file);
  const files = scan.entries.map((entry) => entry.file);
  const fresh = indexOf({ ...scan, entries: [...changed].map((file) => entries.get(file)!) }, [...changed].map(checkOf), facts);
  const index: Record<string, IndexEntry> = {};
  for (const file of files) {
    const entry = changed.has(file) ? fresh[file] : last[file];
    const meta = touched.get(file);
    if (entry) index[file] = meta === undefined ? entry : [meta, entry[1], entry[2], entry[3], entry[4], entry[5]];
  }
  // Whether the repository keeps signed copies, then and now, from what changed alone.
  const copiesBefore = countSignedCopies(last);
  const copies = [...changed, ...removed].reduce((count, file) => count - (last[file]?.[5] ?? 0) + (index[file]?.[5] ?? 0), copiesBefore);
  if (copies > 0 !== copiesBefore > 0) return undefined;

  // What depends on the changed files, in this tree and in the last one (made only if some link changed).
  const now = linksOf(index, files);
  const linksMoved = [...changed, ...removed].some((file) => JSON.stringify(last[file]?.slice(2, 5)) !== JSON.stringify(index[file]?.slice(2, 5)));
  const before = linksMoved ? linksOf(last, Object.keys(last)) : now;
  const ids = new Set<string>();
  const refs = new Set<string>();
  for (const file of [...changed, ...removed]) {
    for (const entry of [last[file], index[file]]) {
      if (!entry) continue;
      if (entry[2] !== null) ids.add(entry[2]);
      for (const ref of entry[4]) refs.add(ref);
    }
  }
  const affected = new Set<string>(changed);
  for (const id of ids) for (const file of [...(now.byId.get(id) ?? []), ...(now.namedBy.get(id) ?? [])]) affected.add(file);
  // Chains through a changed file (a cycle made or broken): everything it leads to, then and now.
  for (const file of closure([...refs].flatMap((id) => now.byId.get(id) ?? []), index, now.byId)) affected.add(file);
  if (linksMoved) for (const file of closure([...refs].flatMap((id) => before.byId.get(id) ?? []), last, before.byId)) if (entries.has(file)) affected.add(file);
  // What the affected files' rules look at: what they lead to, and the files sharing their ids.
  const support = closure([...affected], index, now.byId);
  for (const file of [...support]) {
    const id = index[file]?.[2];
    if (id) for (const same of now.byId.get(id) ?? []) support.add(same);
  }

  const records = files.filter((file) => support.has(file) || affected.has(file)).map(checkOf);
  // The registry is byte for byte the last run's (see `basis`): its value is the one remembered, and no finding is placed in it.
  const registry: FileCheck = { file: REGISTRY_FILE, value: baseline.registry, valid: Array.isArray(baseline.registry), diagnostics: [] };
  // Every id of the tree, as a run over all of it would gather them (a file that did not parse has none).
  const findings = rulesOver(scan, records, registry.value, digest, { knownIds: now.byId, keepsSignedCopies: copies > 0 });
  const locate = locatorFor(scan.entries, registry, facts);
  const diagnostics: Problem[] = baseline.outcome.diagnostics.filter((d) => d.file === REGISTRY_FILE || (entries.has(d.file) && !affected.has(d.file)));
  for (const file of affected) {
    if (!entries.has(file)) continue;
    const check = checkOf(file);
    diagnostics.push(...check.diagnostics);
    const found = findings.get(file);
    if (found) {
      const locator = locate(file, found);
      for (const finding of found) diagnostics.push(placeFinding(finding, locator));
    }
  }
  return { outcome: { diagnostics: sortDiagnostics(diagnostics), files: [...files, REGISTRY_FILE] }, index, changed: changed.size + removed.length };
}

/** The file is as the last run saw it: by its metadata when both then and now it could be trusted, else by its bytes. */
function sameAsBefore(entry: RecordEntry, last: IndexEntry | undefined, listedAt: number): boolean | 'by content' {
  if (!last || !('stat' in entry) || !entry.stat || entry.problem) return false;
  if (last[0] !== '' && isSettled(entry.stat, listedAt) && last[0] === metaKey(entry.stat)) return true;
  if (last[1] === '') return false;
  const source = sourceOf(entry);
  return 'text' in source && hashText(source.text) === last[1] ? 'by content' : false;
}

/** The files reached from `start` by following `parent` and `supersedes`, `start` included. */
function closure(start: readonly string[], index: TreeIndex, byId: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>(start);
  const pending = [...start];
  while (pending.length > 0) {
    const file = pending.pop()!;
    for (const ref of index[file]?.[4] ?? []) {
      for (const next of byId.get(ref) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          pending.push(next);
        }
      }
    }
  }
  return seen;
}
