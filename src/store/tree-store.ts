import { readFileSync } from 'node:fs';
import type { Problem } from '../types.js';
import { writeFileAtomic } from '../load/write.js';
import { jsonPieces } from './json-pieces.js';
import { isTreeOutcome } from './shape.js';

/** What `validate` reports about a whole tree. */
export interface TreeOutcome {
  readonly diagnostics: readonly Problem[];
  readonly files: readonly string[];
}

/**
 * The last run's outcome as the start of the next: what it depended on besides the records
 * (`basis`: the registry and the templates), and what it knew of each record (see pipeline/tree-index.ts).
 */
export interface Baseline {
  readonly basis: string;
  /** Kept in a file of its own (`<repo>.index.json`): a run served as it was never reads it. */
  readonly index: unknown;
  /** The registry's value (its bytes are in `basis`), so that an incremental run need not parse it again. */
  readonly registry: unknown;
  readonly outcome: TreeOutcome;
}

/**
 * The last whole-tree diagnostics, keyed by everything they depend on: the registry's content,
 * the templates, and each record's name and metadata. `validate` serves it without reading a
 * record (nor the facts store) when nothing moved.
 */
export interface TreeStore {
  /** The outcome of exactly this tree state. */
  recall(key: string): TreeOutcome | undefined;
  /** The last outcome remembered, whatever the tree was then: where an incremental run starts. */
  recallBaseline(): Baseline | undefined;
  remember(key: string, baseline: Baseline): void;
  /**
   * The files with errors in this tree state, for a command that leaves them out but does not
   * print their problems (`list`, `due`, `report`, `show`): the cross-file rules need not run again.
   */
  recallInvalid(key: string): readonly string[] | undefined;
  rememberInvalid(key: string, files: readonly string[]): void;
}

function readJson(path: string, namespace: string): Record<string, unknown> | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
    return data !== null && typeof data === 'object' && data.namespace === namespace ? data : undefined;
  } catch {
    // Missing, unreadable or damaged: start afresh.
    return undefined;
  }
}

export function openTreeStore(path: string, namespace: string): TreeStore {
  let stored: { key: string; basis: string; outcome: TreeOutcome } | null | undefined;
  /** Read once, on first use; missing, unreadable, damaged or of another namespace: none. */
  const read = () => {
    if (stored !== undefined) return stored ?? undefined;
    stored = null;
    const data = readJson(path, namespace);
    if (data && typeof data.key === 'string' && typeof data.basis === 'string' && isTreeOutcome(data.outcome)) {
      stored = { key: data.key, basis: data.basis, outcome: data.outcome };
    }
    return stored ?? undefined;
  };
  const indexPath = path.replace(/\.tree\.json$/, '.index.json');
  const invalidPath = path.replace(/\.tree\.json$/, '.invalid.json');
  return {
    recallInvalid(key) {
      const data = readJson(invalidPath, namespace);
      const files = data?.files;
      return data?.key === key && Array.isArray(files) && files.every((f) => typeof f === 'string') ? (files as string[]) : undefined;
    },
    rememberInvalid(key, files) {
      writeFileAtomic(invalidPath, JSON.stringify({ namespace, key, files }), { overwrite: true, durable: false });
    },
    recall(key) {
      const stored = read();
      return stored?.key === key ? stored.outcome : undefined;
    },
    recallBaseline() {
      const stored = read();
      // Written after the outcome, under the same key: an index of another run is not this outcome's.
      const index = stored && readJson(indexPath, namespace);
      return stored && index?.key === stored.key ? { basis: stored.basis, index: index.index, registry: index.registry, outcome: stored.outcome } : undefined;
    },
    remember(key, { basis, index, registry, outcome }) {
      // In pieces: over 100,000 records these are tens of megabytes, which a cold run need not hold as text.
      writeFileAtomic(path, jsonPieces({ namespace, key, basis, outcome }), { overwrite: true, durable: false });
      writeFileAtomic(indexPath, jsonPieces({ namespace, key, index, registry }), { overwrite: true, durable: false });
    },
  };
}
