import { fileDigester } from '../load/digest.js';
import { basisOf, readSchemaTexts, scanTree, treeKey } from '../load/scan.js';
import type { ValidationResult } from '../check/outcome.js';
import { openStores } from '../store/open.js';
import type { TreeOutcome } from '../store/tree-store.js';
import { FACT_FIELDS } from './fields.js';

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
  /** Told which way the run went: served as it was, checked incrementally (how many files), or checked whole. */
  readonly trace?: (way: { readonly served: 'recalled' } | { readonly served: 'incremental'; readonly changed: number } | { readonly served: 'whole' }) => void;
}

export interface LoadedTree extends ValidationResult {
  readonly root: string;
}

/**
 * The one pipeline every command runs: list the tree → each record's facts, from the store when
 * its file is unchanged, else read, parsed and checked → the cross-file rules over all facts →
 * the outcome the command computes from and formats. `validate` asks only for the diagnostics,
 * served from the last run's without reading a record when no file moved.
 */
export async function runPipeline(root: string, options: PipelineOptions & { readonly diagnosticsOnly: true }): Promise<TreeOutcome>;
export async function runPipeline(root: string, options?: PipelineOptions): Promise<LoadedTree>;
export async function runPipeline(root: string, options: PipelineOptions & { readonly diagnosticsOnly?: boolean } = {}): Promise<LoadedTree | TreeOutcome> {
  const overrides = options.overrides ?? new Map<string, string>();
  const texts = options.cacheFolder !== undefined && overrides.size === 0 ? readSchemaTexts() : undefined;
  const stores = texts && openStores(options.cacheFolder!, root, [texts.agreement, texts.organizations, FACT_FIELDS.join(',')]);
  const scan = scanTree(root, overrides, stores !== undefined);
  const key = stores && treeKey(scan);
  const recalled = key !== undefined && options.diagnosticsOnly ? stores!.tree.recall(key) : undefined;
  if (recalled) {
    options.trace?.({ served: 'recalled' });
    return recalled;
  }
  // A command that prints no diagnostics needs only which files have errors: known for a tree unchanged since.
  const invalid = key !== undefined && !options.place && !options.whole ? stores!.tree.recallInvalid(key) : undefined;
  // The parsers, the schemas and the rules load only now.
  const { checkScan } = await import('./check-scan.js');
  const files = options.digest ? fileDigester(root) : undefined;
  const basis = stores && basisOf(scan);
  // `validate` over a tree that moved a little since the last run checks what changed and what depends on it.
  const baseline = stores && options.diagnosticsOnly ? stores.tree.recallBaseline() : undefined;
  const changed = baseline && baseline.basis === basis ? (await import('./incremental.js')).checkChanged(scan, stores!.facts, baseline, files?.digest) : undefined;
  const result = changed
    ? { ...changed.outcome, index: changed.index }
    : checkScan(scan, { facts: options.whole ? undefined : stores?.facts, whole: Boolean(options.whole), place: Boolean(options.place), digest: files?.digest, invalid, index: options.diagnosticsOnly });
  options.trace?.(changed ? { served: 'incremental', changed: changed.changed } : { served: 'whole' });
  stores?.facts.save(scan.entries.map((entry) => entry.file));
  // The tree's key knows the records, not the signed copies they name: an outcome that read one
  // is not remembered, so a tree changed since is always checked again.
  if (key !== undefined && !files?.used()) {
    const outcome = { diagnostics: result.diagnostics, files: result.files };
    if (options.diagnosticsOnly && result.index) stores!.tree.remember(key, scan.settled, { basis: basis!, index: result.index, outcome });
    if (!invalid && !changed && scan.settled) stores!.tree.rememberInvalid(key, (result as { invalidFiles: readonly string[] }).invalidFiles);
  }
  if (options.diagnosticsOnly) return { diagnostics: result.diagnostics, files: result.files };
  const { index, ...tree } = result as ValidationResult & { index?: unknown };
  return { ...tree, root };
}
