import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unpackListing } from './packed-listing.js';
import type { PackedListing } from './packed-listing.js';
import { listRecordFiles } from './tree.js';
import type { TreeEntry } from './tree.js';

export interface Listed {
  readonly entries: TreeEntry[];
  /** Where it was made: on the other thread, or here (no thread could be started, or it failed). */
  readonly by: 'thread' | 'here';
}

/**
 * The tree's listing (`listRecordFiles`), made on another thread while this one reads what the run
 * needs whatever the listing says (the stores): over 100,000 records, the stat of every file and
 * the store's decoding each take about half a second, and a machine has two cores. The listing is
 * the same either way; where no thread can be started (or its script is not built, as when the
 * sources run under the test runner), it is made here when asked for.
 */
export function listAside(root: string, stat: boolean): () => Promise<Listed> {
  const made = (): Listed => ({ entries: listRecordFiles(root, { stat }), by: 'here' });
  const here = () => Promise.resolve(made());
  const script = new URL('./listing-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return here;
  let listing: Promise<Listed>;
  try {
    const worker = new Worker(script, { workerData: { root, stat }, stdout: true, stderr: true });
    listing = new Promise((resolve) => {
      let done = false;
      const settle = (listed: () => Listed) => {
        if (done) return;
        done = true;
        resolve(listed());
      };
      worker.once('message', (packed: PackedListing) => settle(() => ({ entries: unpackListing(root, packed), by: 'thread' })));
      // A thread that fails or ends without a word: the listing is made here.
      worker.once('error', () => settle(made));
      worker.once('exit', () => settle(made));
    });
  } catch {
    return here;
  }
  return () => listing;
}
