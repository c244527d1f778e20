import { existsSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashText } from '../load/hash.js';
import { TOOL_VERSION } from '../version.js';
import { openFactsStore } from './facts-store.js';
import type { FactsStore } from './facts-store.js';
import { openTreeStore } from './tree-store.js';
import type { TreeStore } from './tree-store.js';

/**
 * The result cache of one repository, in the cache folder: its facts store (`<repo>.facts.jsonl`)
 * and its last tree state (`<repo>.tree.json`, `.index.json`, `.invalid.json`). All carry a
 * namespace — tool version, build, schema texts, the fields kept — and are ignored when it differs.
 */
export interface Stores {
  readonly facts: FactsStore;
  readonly tree: TreeStore;
}

/** Where the cache lives, or `undefined` when it is turned off (`--no-cache`, ACCORDS_CACHE=0). */
export function cacheFolder(root: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.ACCORDS_CACHE !== undefined && /^(0|false|no|off)$/i.test(env.ACCORDS_CACHE)) return undefined;
  if (env.ACCORDS_CACHE_DIR) return env.ACCORDS_CACHE_DIR;
  // Beside the project's packages when it has them (git-ignored everywhere), else the user's cache.
  if (existsSync(join(root, 'node_modules'))) return join(root, 'node_modules', '.cache', 'accords');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'accords');
}

/** Open the stores of the repository at `root` in `folder`; `versions`: whatever else the stored outcomes depend on. */
export function openStores(folder: string, root: string, versions: readonly string[]): Stores {
  const base = join(folder, hashText(root).slice(0, 16));
  // Problems are stored as messages (keys and parameters), worded when printed: one cache serves every language.
  const namespace = hashText([TOOL_VERSION, buildStamp(), ...versions].join('\0'));
  return { facts: openFactsStore(`${base}.facts.jsonl`, namespace), tree: openTreeStore(`${base}.tree.json`, namespace) };
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
