import type { FileCheck } from '../check/check-file.js';
import { placeFinding, sortDiagnostics } from '../check/place.js';
import { hashText } from '../load/hash.js';
import { isSettled, sourceOf } from '../load/scan.js';
import type { RecordEntry, TreeScan } from '../load/scan.js';
import { metaKey, REGISTRY_FILE } from '../load/tree.js';
import type { FactsStore } from '../store/facts-store.js';
import type { Baseline, TreeOutcome } from '../store/tree-store.js';
import type { Problem } from '../types.js';
import { entryOf, rulesOver } from './check-scan.js';
import { locatorFor } from './placing.js';
import { recordFacts } from './record-facts.js';
import { loadSchemas } from './schemas.js';
import { countSignedCopies, decodeIndex, entryAt, IdLookup, indexOfEntries, NO_REFS } from './tree-index.js';
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
 * Files are rows (their place in the listing), so that 100,000 unchanged ones cost no map and no object.
 */
export function checkChanged(scan: TreeScan, facts: FactsStore, baseline: Baseline, digest: ((file: string) => string | null) | undefined): { outcome: TreeOutcome; index: () => TreeIndex; changed: number } | undefined {
  const last = decodeIndex(baseline.index);
  if (!last) return undefined;
  const { entries, listedAt } = scan;
  const files = entries.map((entry) => entry.file);
  const rows = pairRows(files, last.files);
  if (!rows) return undefined;
  const { lastRow, rowNow, removed } = rows;
  const changed: number[] = [];
  const isChanged = new Uint8Array(files.length);
  /** Files the same byte for byte but touched since (or too fresh then): their metadata of now, once it can be trusted. */
  const touched = new Map<number, string>();
  for (let row = 0; row < entries.length; row++) {
    const entry = entries[row]!;
    const same = sameAsBefore(entry, last, lastRow[row]!, listedAt);
    if (same === false) {
      changed.push(row);
      isChanged[row] = 1;
    } else if (same === 'by content' && 'stat' in entry && entry.stat && isSettled(entry.stat, listedAt)) touched.set(row, metaKey(entry.stat));
  }
  if (changed.length + removed.length > MAX_CHANGED(entries.length)) return undefined;

  const schema = loadSchemas().agreement;
  const checks = new Map<number, FileCheck>();
  // Read and parsed here, the few files to check: reading the store's 100,000 lines would cost more.
  // The changed ones are remembered in the store; the others are as it has them.
  const checkOf = (row: number) => {
    let check = checks.get(row);
    if (!check) checks.set(row, (check = recordFacts(entries[row]!, schema, isChanged[row] ? facts : undefined, listedAt, false, { recall: false })));
    return check;
  };
  const fresh = new Map<number, IndexEntry | undefined>(changed.map((row) => [row, entryOf(entries[row]!, checkOf(row), facts, listedAt)]));

  // What the cross-file rules link each file by, now: the last run's, but for the changed files
  // (a file not in the index, read or not, links nothing).
  const idNow = (row: number) => (isChanged[row] ? (fresh.get(row)?.[2] ?? null) : last.ids.at(lastRow[row]!));
  const refsNow = (row: number) => (isChanged[row] ? (fresh.get(row)?.[4] ?? NO_REFS) : last.refs.at(lastRow[row]!));
  /** The rows of now that hold `value` in a column of the last index or, for the changed ones, in their fresh entry. */
  const rowsNow = (inLast: readonly number[], holds: (entry: IndexEntry) => boolean) => {
    const found = inLast.map((then) => rowNow[then]!).filter((row) => row >= 0 && !isChanged[row]);
    for (const row of changed) if (fresh.get(row) && holds(fresh.get(row)!)) found.push(row);
    return found.sort((a, b) => a - b);
  };
  const now = new IdLookup(
    files,
    (id) => rowsNow(last.ids.rowsOf(id), (entry) => entry[2] === id),
    () => files.map((_, row) => idNow(row)),
  );
  const namedNow = (id: string) => rowsNow(last.refs.rowsOf(id), (entry) => entry[4].includes(id));

  // Whether the repository keeps signed copies, then and now, from what changed alone.
  const copiesBefore = countSignedCopies(last);
  let copies = copiesBefore;
  for (const row of changed) copies += (fresh.get(row)?.[5] ?? 0) - (lastRow[row]! < 0 ? 0 : Number(last.copy[lastRow[row]!]));
  for (const row of removed) copies -= Number(last.copy[row]);
  if (copies > 0 !== copiesBefore > 0) return undefined;

  // The ids the changed files had or have, and the ids they named or name.
  const idsMoved = new Set<string>();
  const refsMoved = new Set<string>();
  const note = (id: string | null | undefined, named: readonly string[]) => {
    if (id !== null && id !== undefined) idsMoved.add(id);
    for (const ref of named) refsMoved.add(ref);
  };
  let linksMoved = removed.length > 0;
  for (const row of changed) {
    const entry = fresh.get(row);
    if (entry) note(entry[2], entry[4]);
    const then = lastRow[row]!;
    if (then >= 0) note(last.ids.at(then), last.refs.at(then));
    linksMoved ||= then < 0 ? entry !== undefined : !entry || entry[2] !== last.ids.at(then) || entry[3] !== Number(last.valid[then]) || !sameList(entry[4], last.refs.at(then));
  }
  for (const row of removed) note(last.ids.at(row), last.refs.at(row));

  // What depends on the changed files, in this tree and (only if some link changed) in the last one.
  const affected = new Set<number>(changed);
  for (const id of idsMoved) {
    for (const row of now.rows(id)) affected.add(row);
    for (const row of namedNow(id)) affected.add(row);
  }
  // Chains through a changed file (a cycle made or broken): everything it leads to, then and now.
  for (const row of closure([...refsMoved].flatMap((id) => now.rows(id)), refsNow, now)) affected.add(row);
  if (linksMoved) {
    const before = new IdLookup(last.files.values(), (id) => last.ids.rowsOf(id), () => last.ids.values());
    for (const then of closure([...refsMoved].flatMap((id) => before.rows(id)), (then) => last.refs.at(then), before)) if (rowNow[then]! >= 0) affected.add(rowNow[then]!);
  }
  // What the affected files' rules look at: what they lead to, and the files sharing their ids.
  const support = closure([...affected], refsNow, now);
  for (const row of [...support]) {
    const id = idNow(row);
    if (id !== null) for (const same of now.rows(id)) support.add(same);
  }

  const records = [...support].sort((a, b) => a - b).map(checkOf);
  // The registry is byte for byte the last run's (see `basis`): its value is the one remembered, and no finding is placed in it.
  const registry: FileCheck = { file: REGISTRY_FILE, value: baseline.registry, valid: Array.isArray(baseline.registry), diagnostics: [] };
  // Every id of the tree, as a run over all of it would gather them (a file that did not parse has none).
  const findings = rulesOver(scan, records, registry.value, digest, { knownIds: now, keepsSignedCopies: copies > 0 });
  const locate = locatorFor([...affected].map((row) => entries[row]!), registry, facts);
  const affectedFiles = new Set([...affected].map((row) => files[row]!));
  const listed = isListed(files);
  const diagnostics: Problem[] = baseline.outcome.diagnostics.filter((d) => d.file === REGISTRY_FILE || (!affectedFiles.has(d.file) && listed(d.file)));
  for (const row of affected) {
    const check = checkOf(row);
    diagnostics.push(...check.diagnostics);
    const found = findings.get(files[row]!);
    if (found) {
      const locator = locate(files[row]!, found);
      for (const finding of found) diagnostics.push(placeFinding(finding, locator));
    }
  }
  // The next run's index, made only when this tree state is remembered.
  const index = () => {
    const kept: string[] = [];
    const keptEntries: IndexEntry[] = [];
    for (let row = 0; row < files.length; row++) {
      const then = lastRow[row]!;
      const entry = isChanged[row] ? fresh.get(row) : entryAt(last, then);
      if (!entry) continue;
      const meta = touched.get(row);
      kept.push(files[row]!);
      keptEntries.push(meta === undefined ? entry : [meta, entry[1], entry[2], entry[3], entry[4], entry[5]]);
    }
    return indexOfEntries(kept, keptEntries);
  };
  return { outcome: { diagnostics: sortDiagnostics(diagnostics), files: [...files, REGISTRY_FILE] }, index, changed: changed.length + removed.length };
}

/**
 * Each listed file's row in the last index (`-1`: not in it), each last row's in the listing, and
 * the last rows no longer listed. Most often the files are those of the last run, which one
 * comparison of the texts tells; else one walk down both sorted lists. `undefined` when the last
 * one is not sorted (it is then not ours).
 */
function pairRows(files: readonly string[], lastFiles: TreeIndex['files']): { lastRow: Int32Array; rowNow: Int32Array; removed: number[] } | undefined {
  if (lastFiles.same(files)) {
    const rows = Int32Array.from(files, (_, row) => row);
    return { lastRow: rows, rowNow: rows, removed: [] };
  }
  const then = lastFiles.values();
  for (let at = 1; at < then.length; at++) if (!(then[at - 1]! < then[at]!)) return undefined;
  const lastRow = new Int32Array(files.length).fill(-1);
  const rowNow = new Int32Array(then.length).fill(-1);
  const removed: number[] = [];
  let at = 0;
  for (let row = 0; row < files.length; row++) {
    const file = files[row]!;
    while (at < then.length && then[at]! < file) removed.push(at++);
    if (at < then.length && then[at] === file) {
      lastRow[row] = at;
      rowNow[at++] = row;
    }
  }
  while (at < then.length) removed.push(at++);
  return { lastRow, rowNow, removed };
}

/** The file is as the last run saw it: by its metadata when both then and now it could be trusted, else by its bytes. */
function sameAsBefore(entry: RecordEntry, last: TreeIndex, row: number, listedAt: number): boolean | 'by content' {
  if (row < 0 || !('stat' in entry) || !entry.stat || entry.problem) return false;
  if (!last.meta.is(row, '') && isSettled(entry.stat, listedAt) && last.meta.is(row, metaKey(entry.stat))) return true;
  const hash = last.hash.at(row);
  if (hash === '') return false;
  const source = sourceOf(entry);
  return 'text' in source && hashText(source.text) === hash ? 'by content' : false;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The rows reached from `start` by following `parent` and `supersedes`, `start` included. */
function closure(start: readonly number[], refsOf: (row: number) => readonly string[], byId: IdLookup): Set<number> {
  const seen = new Set<number>(start);
  const pending = [...start];
  while (pending.length > 0) {
    const row = pending.pop()!;
    for (const ref of refsOf(row)) {
      for (const next of byId.rows(ref)) {
        if (!seen.has(next)) {
          seen.add(next);
          pending.push(next);
        }
      }
    }
  }
  return seen;
}

/** Whether a file is listed, by halving the sorted listing (the same file asked again is answered at once). */
function isListed(files: readonly string[]): (file: string) => boolean {
  let lastAsked: string | undefined;
  let lastAnswer = false;
  return (file) => {
    if (file === lastAsked) return lastAnswer;
    let low = 0;
    let high = files.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (files[mid]! < file) low = mid + 1;
      else high = mid;
    }
    lastAsked = file;
    return (lastAnswer = low < files.length && files[low] === file);
  };
}
