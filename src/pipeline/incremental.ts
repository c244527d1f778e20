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
import { countSignedCopies, decodeIndex, IdLookup, indexOfEntries, refsAt, refsRow } from './tree-index.js';
import type { IndexEntry, RefsRow, TreeIndex } from './tree-index.js';

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
  const { lastRow, removed } = rows;
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

  // What the cross-file rules link each file by, now: the last run's, but for the changed files.
  const ids: (string | null)[] = [];
  const refs: RefsRow[] = [];
  for (let row = 0; row < files.length; row++) {
    const entry = isChanged[row] ? fresh.get(row) : undefined;
    ids.push(isChanged[row] ? (entry ? entry[2] : null) : last.ids[lastRow[row]!]!);
    refs.push(isChanged[row] ? (entry ? refsRow(entry[4]) : '') : last.refs[lastRow[row]!]!);
  }
  const now = new IdLookup(files, ids);

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
    if (then >= 0) note(last.ids[then], refsAt(last.refs[then]));
    linksMoved ||= then < 0 ? entry !== undefined : !entry || entry[2] !== last.ids[then] || entry[3] !== Number(last.valid[then]) || !sameList(entry[4], refsAt(last.refs[then]));
  }
  for (const row of removed) note(last.ids[row], refsAt(last.refs[row]));

  // What depends on the changed files, in this tree and (only if some link changed) in the last one.
  const affected = new Set<number>(changed);
  for (const id of idsMoved) for (const row of now.rows(id)) affected.add(row);
  for (const row of namingAny(refs, idsMoved)) affected.add(row);
  // Chains through a changed file (a cycle made or broken): everything it leads to, then and now.
  for (const row of closure([...refsMoved].flatMap((id) => now.rows(id)), refs, now)) affected.add(row);
  if (linksMoved) {
    const before = new IdLookup(last.files, last.ids);
    const rowNow = new Int32Array(last.files.length).fill(-1);
    lastRow.forEach((then, row) => then >= 0 && (rowNow[then] = row));
    for (const then of closure([...refsMoved].flatMap((id) => before.rows(id)), last.refs, before)) if (rowNow[then]! >= 0) affected.add(rowNow[then]!);
  }
  // What the affected files' rules look at: what they lead to, and the files sharing their ids.
  const support = closure([...affected], refs, now);
  for (const row of [...support]) {
    const id = ids[row];
    if (id !== null && id !== undefined) for (const same of now.rows(id)) support.add(same);
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
      const entry: IndexEntry | undefined = isChanged[row]
        ? fresh.get(row)
        : [touched.get(row) ?? last.meta[then]!, last.hash[then]!, last.ids[then]!, last.valid[then] === '1' ? 1 : 0, refsAt(last.refs[then]), last.copy[then] === '1' ? 1 : 0];
      if (!entry) continue;
      kept.push(files[row]!);
      keptEntries.push(entry);
    }
    return indexOfEntries(kept, keptEntries);
  };
  return { outcome: { diagnostics: sortDiagnostics(diagnostics), files: [...files, REGISTRY_FILE] }, index, changed: changed.length + removed.length };
}

/**
 * Each listed file's row in the last index (`-1`: not in it), and the last rows no longer listed:
 * one walk down both sorted lists. `undefined` when the last one is not sorted (it is then not ours).
 */
function pairRows(files: readonly string[], lastFiles: readonly string[]): { lastRow: Int32Array; removed: number[] } | undefined {
  for (let then = 1; then < lastFiles.length; then++) if (!(lastFiles[then - 1]! < lastFiles[then]!)) return undefined;
  const lastRow = new Int32Array(files.length).fill(-1);
  const removed: number[] = [];
  let then = 0;
  for (let row = 0; row < files.length; row++) {
    const file = files[row]!;
    while (then < lastFiles.length && lastFiles[then]! < file) removed.push(then++);
    if (then < lastFiles.length && lastFiles[then] === file) lastRow[row] = then++;
  }
  while (then < lastFiles.length) removed.push(then++);
  return { lastRow, removed };
}

/** The file is as the last run saw it: by its metadata when both then and now it could be trusted, else by its bytes. */
function sameAsBefore(entry: RecordEntry, last: TreeIndex, row: number, listedAt: number): boolean | 'by content' {
  if (row < 0 || !('stat' in entry) || !entry.stat || entry.problem) return false;
  const meta = last.meta[row]!;
  if (meta !== '' && isSettled(entry.stat, listedAt) && meta === metaKey(entry.stat)) return true;
  const hash = last.hash[row]!;
  if (hash === '') return false;
  const source = sourceOf(entry);
  return 'text' in source && hashText(source.text) === hash ? 'by content' : false;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** The rows that name one of these ids (most rows name one id: compared by length first, then looked up, not split). */
function namingAny(refs: readonly RefsRow[], ids: ReadonlySet<string>): number[] {
  const rows: number[] = [];
  if (ids.size === 0) return rows;
  const lengths = new Set([...ids].map((id) => id.length));
  refs.forEach((row, at) => {
    if (row === '') return;
    const single = typeof row === 'string' && !row.includes(' ');
    if (single ? lengths.has(row.length) && ids.has(row) : refsAt(row).some((ref) => ids.has(ref))) rows.push(at);
  });
  return rows;
}

/** The rows reached from `start` by following `parent` and `supersedes`, `start` included. */
function closure(start: readonly number[], refs: readonly RefsRow[], byId: IdLookup): Set<number> {
  const seen = new Set<number>(start);
  const pending = [...start];
  while (pending.length > 0) {
    const row = pending.pop()!;
    for (const ref of refsAt(refs[row])) {
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
