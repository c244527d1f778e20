import type { ValidationResult } from '../check/validate.js';
import type { TreeOutcome } from './cache.js';
import { fileDigester } from './digest.js';
import { openRepositoryCache, scanTree, treeKey } from './scan.js';

/**
 * What `validate` needs: the diagnostics of the whole tree. When no file has moved since the
 * last run (same names, inodes, sizes and times), they come from the cache without reading a record.
 */
export async function checkTree(root: string, options: { readonly cacheFolder?: string } = {}): Promise<TreeOutcome> {
  if (options.cacheFolder === undefined) {
    const { validateScan } = await import('./repository.js');
    return outcomeOf(validateScan(scanTree(root, new Map(), false), undefined, { retain: [], digest: fileDigester(root).digest }));
  }
  const scan = scanTree(root, new Map(), true);
  const cache = openRepositoryCache(options.cacheFolder, root);
  const key = treeKey(scan);
  const recalled = cache.recallTree(key);
  if (recalled) return recalled;
  // The validator, the parsers and the rules load only now.
  const { validateScan } = await import('./repository.js');
  const files = fileDigester(root);
  const outcome = outcomeOf(validateScan(scan, cache, { retain: [], digest: files.digest }));
  // The tree's key knows the records, not the signed copies they name: an outcome that read
  // one is not remembered, so a scan changed since is always checked again.
  if (scan.settled && !files.used()) cache.rememberTree(key, outcome);
  cache.save();
  return outcome;
}

function outcomeOf(result: ValidationResult): TreeOutcome {
  return { diagnostics: result.diagnostics, files: result.files };
}
