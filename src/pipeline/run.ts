import { fileDigester } from '../load/digest.js';
import { basisOf, readSchemaTexts, scanTree, treeKey } from '../load/scan.js';
import { REGISTRY_FILE } from '../load/tree.js';
import type { TreeScan } from '../load/scan.js';
import type { ValidationResult } from '../check/outcome.js';
import { openStores } from '../store/open.js';
import type { Stores } from '../store/open.js';
import type { TreeOutcome } from '../store/tree-store.js';
import { RULE_FIELDS } from '../check/rules/index.js';
import { FACT_FIELDS } from './fields.js';
import { encodeIndex } from './tree-index.js';
import type { TreeIndex } from './tree-index.js';

export interface PipelineOptions {
  /** The result cache's folder; none: every file is read and parsed. */
  readonly cacheFolder?: string;
  /** Texts that replace or add files by root-relative name: what a command is about to write (the cache is then left alone). */
  readonly overrides?: ReadonlyMap<string, string>;
  /** Every record whole (for a command that prints or edits records), not the fields the store keeps. */
  readonly whole?: boolean;
  /** Place cross-file findings (else they point at the start of their file): for a command that prints them. */
  readonly place?: boolean;
  /** Read the signed copies records name, for the rules that compare them (`validate`). */
  readonly digest?: boolean;
  /** Told which way the run went: served as it was, checked incrementally (how many files changed), or checked whole. */
  readonly trace?: (way: Way) => void;
  /** The clock the listing is timed by (ms): whether a file changed too recently to trust its metadata. */
  readonly now?: () => number;
}

export type Way = { readonly served: 'recalled' } | { readonly served: 'incremental'; readonly changed: number } | { readonly served: 'whole' };

export interface LoadedTree extends ValidationResult {
  readonly root: string;
}

/**
 * The one pipeline every command runs: list the tree → each record's facts, from the store when
 * its file is unchanged, else read, parsed and checked → the cross-file rules over all facts →
 * the outcome the command computes from and formats. `validate` asks only for the diagnostics:
 * served as they were when no file moved, worked out from the last run's when a few did.
 */
export async function runPipeline(root: string, options: PipelineOptions & { readonly diagnosticsOnly: true }): Promise<TreeOutcome>;
export async function runPipeline(root: string, options?: PipelineOptions): Promise<LoadedTree>;
export async function runPipeline(root: string, options: PipelineOptions & { readonly diagnosticsOnly?: boolean } = {}): Promise<LoadedTree | TreeOutcome> {
  const overrides = options.overrides ?? new Map<string, string>();
  const texts = options.cacheFolder !== undefined && overrides.size === 0 ? readSchemaTexts() : undefined;
  const stores = texts && openStores(options.cacheFolder!, root, [texts.agreement, texts.organizations, FACT_FIELDS.join(',')]);
  const scan = await scanTree(root, overrides, stores !== undefined, { ...(options.now ? { now: options.now } : {}), ...(stores ? { meanwhile: whileListing(stores, options) } : {}) });
  // The registry's bytes and the templates, hashed once a run: the tree's key, the baseline's basis.
  const basis = stores && basisOf(scan);
  const key = stores && treeKey(scan, basis);
  const recalled = stores && options.diagnosticsOnly ? stores.tree.recall(key!) : undefined;
  if (recalled) {
    options.trace?.({ served: 'recalled' });
    return recalled;
  }
  // The parsers, the schemas and the rules load only now.
  const { checkScan } = await import('./check-scan.js');
  const files = options.digest ? fileDigester(root) : undefined;
  if (options.diagnosticsOnly) {
    const changed = stores && (await checkChanged(scan, stores, basis!, files?.digest));
    // A validate that starts a cache keeps the tree's index, not every record's facts: its next
    // runs need only the index (writing 100,000 facts would cost a cold run a fifth of its time);
    // the first command that lists records fills the facts store, and validate keeps it up to date.
    const persist = stores !== undefined && !stores.facts.isEmpty();
    // Only what validate prints and remembers is kept of the check (not every record's value), and
    // of a record not remembered only the rules' fields: a cold run of 100,000 stays within its memory.
    const whole = () => {
      const { diagnostics, files: checkedFiles, index, registry } = checkScan(scan, { facts: stores?.facts, whole: false, place: Boolean(options.place), digest: files?.digest, index: true, persist, fields: RULE_FIELDS });
      return { diagnostics, files: checkedFiles, registry, index: index && (() => index) };
    };
    const checked = changed ?? whole();
    options.trace?.(changed ? { served: 'incremental', changed: changed.changed } : { served: 'whole' });
    const outcome: TreeOutcome = { diagnostics: checked.diagnostics, files: checked.files };
    // Remembered only when no file changed too recently to be trusted by its metadata (git's "racy
    // clean" rule; the next run then starts from the last state remembered), and not when the
    // outcome read signed copies: the tree's key knows the records, not the copies they name.
    if (stores && checked.index && scan.settled && !files?.used()) {
      stores.tree.remember(key!, { basis: basis!, index: encodeIndex(checked.index()), registry: checked.registry, outcome });
      // What `list` and the others then need of this tree state: the files with errors.
      stores.tree.rememberInvalid(key!, [...new Set(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file))].sort());
    }
    stores?.facts.save(listedFiles(scan));
    return outcome;
  }
  // A command that prints no diagnostics needs only which files have errors: known for a tree unchanged since.
  const invalid = stores && !options.place && !options.whole ? stores.tree.recallInvalid(key!) : undefined;
  const { index, ...tree } = checkScan(scan, { facts: options.whole ? undefined : stores?.facts, whole: Boolean(options.whole), place: Boolean(options.place), digest: files?.digest, invalid });
  options.trace?.({ served: 'whole' });
  if (stores && !invalid && scan.settled && !files?.used()) stores.tree.rememberInvalid(key!, tree.invalidFiles);
  stores?.facts.save(listedFiles(scan));
  return { ...tree, root };
}

/**
 * What a command that lists records reads whatever the listing says, every record's facts, read
 * while another thread lists the tree; only where there is enough of it to outweigh starting a
 * thread (about 10,000 records). `validate` served as it was reads too little for it to pay (measured:
 * the same time either way), and a small tree is listed here at once.
 */
function whileListing(stores: Stores, options: PipelineOptions & { readonly diagnosticsOnly?: boolean }): (() => void) | undefined {
  if (options.diagnosticsOnly || options.whole) return undefined;
  return stores.facts.storedBytes() >= ASIDE_BYTES ? () => stores.facts.preload() : undefined;
}

const ASIDE_BYTES = 8 << 20;

/** What the facts store keeps lines of: the records listed, and the registry (found by its content). */
function listedFiles(scan: TreeScan): string[] {
  return [...scan.entries.map((entry) => entry.file), REGISTRY_FILE];
}

/** `validate` over a tree that moved a little since the last run: what changed and what depends on it (see incremental.ts). */
async function checkChanged(scan: TreeScan, stores: Stores, basis: string, digest: ((file: string) => string | null) | undefined): Promise<(TreeOutcome & { index: () => TreeIndex; registry: unknown; changed: number }) | undefined> {
  const baseline = stores.tree.recallBaseline();
  if (!baseline || baseline.basis !== basis) return undefined;
  const changed = (await import('./incremental.js')).checkChanged(scan, stores.facts, baseline, digest);
  return changed && { ...changed.outcome, index: changed.index, registry: baseline.registry, changed: changed.changed };
}
