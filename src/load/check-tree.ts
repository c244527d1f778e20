import type { ValidationResult } from '../check/validate.js';
import type { TreeOutcome } from './cache.js';
import { openRepositoryCache, scanTree, treeKey, withMetadata } from './scan.js';
import type { FileMetadata } from './tree.js';

/**
 * What `validate` needs: the diagnostics of the whole tree. When no file has moved since the
 * last run (same names, inodes, sizes and times), they come from the cache without reading a record.
 */
export async function checkTree(root: string, options: { readonly cacheFolder?: string } = {}): Promise<TreeOutcome> {
  if (options.cacheFolder === undefined) {
    const { validateScan } = await import('./repository.js');
    return outcomeOf(validateScan(scanTree(root, new Map(), false), undefined, 'rule-fields'));
  }
  const cache = openRepositoryCache(options.cacheFolder, root);
  // With no tree stored there is nothing to compare with: each file's metadata is taken as it
  // is read rather than by a look at every file first (a third of a listing's time).
  const stored = cache.hasTree();
  const scan = scanTree(root, new Map(), stored);
  if (stored) {
    const recalled = cache.recallTree(treeKey(scan));
    if (recalled) return recalled;
  }
  // The validator, the parsers and the rules load only now.
  const { validateScan } = await import('./repository.js');
  const seen = stored ? undefined : new Map<string, FileMetadata>();
  const outcome = outcomeOf(validateScan(scan, cache, 'rule-fields', seen));
  const known = seen ? withMetadata(scan, seen) : scan;
  if (known.settled) cache.rememberTree(treeKey(known), outcome);
  cache.save();
  return outcome;
}

function outcomeOf(result: ValidationResult): TreeOutcome {
  return { diagnostics: result.diagnostics, files: result.files };
}
