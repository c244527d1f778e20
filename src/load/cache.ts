import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileMemo } from '../check/validate.js';
import type { Diagnostic } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import { currentLanguage } from '../text/say.js';
import { isTreeOutcome } from './cache-shape.js';
import { hashText } from './hash.js';
import { openOutcomeStore } from './outcome-store.js';
import { writeFileAtomic } from './write.js';

/**
 * The result cache: what earlier runs made of each file, so that an unchanged tree is not
 * parsed again. Two files per repository, in the cache folder:
 *
 * - `<repo>.files.jsonl` maps the hash of a record's *content* to its per-file outcome (value,
 *   parse and schema problems). A file whose bytes changed misses; a renamed file hits and is
 *   reported under its new name. The cross-file rules always run.
 * - `<repo>.tree.json` holds the last whole-tree diagnostics, keyed by the registry's content,
 *   the templates and each record's name, inode, size, and change and modification times (what
 *   git's index trusts). `validate` serves it without reading a record when nothing moved.
 *
 * Both carry a namespace — tool version, schema texts, build — and are ignored when it differs.
 */
export interface ResultCache {
  readonly memo: FileMemo;
  /** The diagnostics last computed for exactly this tree state, if any. */
  recallTree(key: string): TreeOutcome | undefined;
  rememberTree(key: string, outcome: TreeOutcome): void;
  /** Write what changed; a cache that cannot be written is silently skipped (it is only a cache). */
  save(): void;
}

/** What `validate` reports about a whole tree. */
export interface TreeOutcome {
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly string[];
}

/** Where the cache lives, or `undefined` when it is turned off (`--no-cache`, ACCORDS_CACHE=0). */
export function cacheFolder(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.ACCORDS_CACHE !== undefined && /^(0|false|no|off)$/i.test(env.ACCORDS_CACHE)) return undefined;
  if (env.ACCORDS_CACHE_DIR) return env.ACCORDS_CACHE_DIR;
  // Beside the project's packages when it has them (git-ignored everywhere), else the user's cache.
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'accords');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'accords');
}

/** Open the cache of the repository at `root` in `folder`; it reads its files only when asked. */
export function openCache(folder: string, root: string, schemaTexts: readonly string[]): ResultCache {
  const base = join(folder, hashText(root).slice(0, 16));
  // Diagnostics are stored as sentences, so the language they are written in is part of the key.
  const namespace = hashText([TOOL_VERSION, buildStamp(), currentLanguage(), ...schemaTexts].join('\0'));
  const outcomes = openOutcomeStore(`${base}.files.jsonl`, namespace);
  let tree: { key: string; outcome: TreeOutcome } | undefined;
  return {
    memo: outcomes,
    recallTree(key) {
      const stored = readJson<{ key?: unknown; outcome?: unknown }>(`${base}.tree.json`, namespace);
      return stored?.key === key && isTreeOutcome(stored.outcome) ? stored.outcome : undefined;
    },
    rememberTree(key, outcome) {
      tree = { key, outcome };
    },
    save() {
      // A cache need not survive a power cut (a damaged one is ignored): no flush to disk.
      const saved = outcomes.save();
      if (saved && tree) writeFileAtomic(`${base}.tree.json`, JSON.stringify({ namespace, ...tree }), { overwrite: true, durable: false });
    },
  };
}

function readJson<T>(path: string, namespace: string): T | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as T & { namespace?: unknown };
    return data !== null && typeof data === 'object' && !Array.isArray(data) && data.namespace === namespace ? data : undefined;
  } catch {
    // Missing, unreadable or damaged: start afresh.
    return undefined;
  }
}

/** Changes with every build of the tool, so a cache never outlives the code that wrote it. */
function buildStamp(): string {
  try {
    const stat = statSync(fileURLToPath(import.meta.url));
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'unknown';
  }
}
