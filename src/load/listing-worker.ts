// The listing of a tree on a thread of its own (see list-aside.ts): posts it packed, then ends.
import { parentPort, workerData } from 'node:worker_threads';
import { packListing } from './packed-listing.js';
import { listRecordFiles } from './tree.js';

const { root, stat } = workerData as { root: string; stat: boolean };
const packed = packListing(listRecordFiles(root, { stat }));
parentPort!.postMessage(packed, [packed.stats.buffer as ArrayBuffer]);
