import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../types.js';
import { writeFileAtomic } from '../load/write.js';
import { isTreeOutcome } from './shape.js';

/** What `validate` reports about a whole tree. */
export interface TreeOutcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly string[];
}

/**
 * The last whole-tree diagnostics, keyed by everything they depend on: the registry's content,
 * the templates, and each record's name and metadata. `validate` serves it without reading a
 * record (nor the facts store) when nothing moved.
 */
export interface TreeStore {
  recall(key: string): TreeOutcome | undefined;
  remember(key: string, outcome: TreeOutcome): void;
  /**
   * The files with errors in this tree state, for a command that leaves them out but does not
   * print their problems (`list`, `due`, `report`, `show`): the cross-file rules need not run again.
   */
  recallInvalid(key: string): readonly string[] | undefined;
  rememberInvalid(key: string, files: readonly string[]): void;
}

export function openTreeStore(path: string, namespace: string): TreeStore {
  const invalidPath = path.replace(/\.tree\.json$/, '.invalid.json');
  return {
    recallInvalid(key) {
      try {
        const stored = JSON.parse(readFileSync(invalidPath, 'utf8')) as { namespace?: unknown; key?: unknown; files?: unknown } | null;
        const files = stored?.files;
        return stored?.namespace === namespace && stored.key === key && Array.isArray(files) && files.every((f) => typeof f === 'string') ? (files as string[]) : undefined;
      } catch {
        return undefined;
      }
    },
    rememberInvalid(key, files) {
      writeFileAtomic(invalidPath, JSON.stringify({ namespace, key, files }), { overwrite: true, durable: false });
    },
    recall(key) {
      try {
        const stored = JSON.parse(readFileSync(path, 'utf8')) as { namespace?: unknown; key?: unknown; outcome?: unknown } | null;
        return stored?.namespace === namespace && stored.key === key && isTreeOutcome(stored.outcome) ? stored.outcome : undefined;
      } catch {
        // Missing, unreadable or damaged: start afresh.
        return undefined;
      }
    },
    remember(key, outcome) {
      writeFileAtomic(path, JSON.stringify({ namespace, key, outcome }), { overwrite: true, durable: false });
    },
  };
}
