import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile } from '../types.js';
import { message } from '../text/say.js';
import { assetPath } from './assets.js';
import { hashText } from './hash.js';
import { LIMITS } from '../parse/limits.js';
import { listAside } from './list-aside.js';
import { readSource } from './read.js';
import { linkLeaves, listRecordFiles, metaKey, REGISTRY_FILE } from './tree.js';
import type { FileMetadata, TreeEntry } from './tree.js';

// A tree of records listed but not read, and what the result cache keys it by. Kept apart
// from the validator so that a run served from the cache loads neither it nor the parsers.

const SCHEMA_FILES = { agreement: 'schemas/agreement.schema.json', organizations: 'schemas/organizations.schema.json' } as const;
let schemaTexts: { agreement: string; organizations: string } | undefined;

/** The shipped schemas' texts, read once per process (they are part of the cache's namespace). */
export function readSchemaTexts(): { agreement: string; organizations: string } {
  return (schemaTexts ??= {
    agreement: readFileSync(assetPath(SCHEMA_FILES.agreement), 'utf8'),
    organizations: readFileSync(assetPath(SCHEMA_FILES.organizations), 'utf8'),
  });
}

/** The files of a tree, listed but not yet read (the registry excepted: every rule needs it). */
export interface TreeScan {
  readonly entries: readonly RecordEntry[];
  readonly organizations: SourceFile | undefined;
  readonly templates: ReadonlySet<string>;
  /**
   * Listed with metadata, and no record changed in the two seconds before the listing. A file
   * written within the file system's timestamp granularity of our look at it could change again
   * unseen; such a tree state is not remembered (git's "racy clean" rule).
   */
  readonly settled: boolean;
  /** When the listing started (ms): a file changed within two seconds before it is not trusted by its metadata. */
  readonly listedAt: number;
}

/** A record file on disk, or the text `new` is about to write in its place. */
export type RecordEntry = TreeEntry | { readonly file: string; readonly text: string };

export interface ScanOptions {
  /** The clock the listing is timed by (ms). */
  readonly now?: () => number;
  /** Work that needs no listing, done while another thread lists the tree (see list-aside.ts); without, the listing is made here. */
  readonly meanwhile?: () => void;
}

/** With `stat`, each file's metadata is read for the tree's cache key. */
export async function scanTree(root: string, overrides: ReadonlyMap<string, string>, stat: boolean, { now = Date.now, meanwhile }: ScanOptions = {}): Promise<TreeScan> {
  const listedAt = now();
  const listing = meanwhile ? listAside(root, stat) : () => Promise.resolve({ entries: listRecordFiles(root, { stat }) });
  meanwhile?.();
  const entries: RecordEntry[] = (await listing()).entries.filter((entry) => !overrides.has(entry.file));
  for (const [file, text] of overrides) if (file !== REGISTRY_FILE) entries.push({ file, text });
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const registryPath = join(root, REGISTRY_FILE);
  const registryOverride = overrides.get(REGISTRY_FILE);
  const organizations =
    registryOverride !== undefined
      ? { file: REGISTRY_FILE, text: registryOverride }
      : !existsSync(registryPath)
        ? undefined
        : linkLeaves(root)(registryPath)
          ? { file: REGISTRY_FILE, unreadable: { message: message('load.fileUnreadable', { problem: message('robust.linkLeavesRoot') }) } }
          : readSource(REGISTRY_FILE, registryPath, LIMITS.maxRegistryBytes);
  const settled = stat && entries.every((entry) => !('stat' in entry) || !entry.stat || isSettled(entry.stat, listedAt));
  return { entries, organizations, templates: listTemplates(root), settled, listedAt };
}

/** Everything the whole-tree diagnostics depend on, besides the namespace the cache adds (`basis`: the scan's, see basisOf). */
export function treeKey(scan: TreeScan, basis: string = basisOf(scan)): string {
  const files = scan.entries.map((entry) => {
    if ('text' in entry) return [entry.file, hashText(entry.text)];
    return [entry.file, entry.problem ?? (entry.stat ? metaKey(entry.stat) : null)];
  });
  return hashText(JSON.stringify([basis, files]));
}

/** What the diagnostics depend on besides the records: the registry's content and the templates present. */
export function basisOf(scan: TreeScan): string {
  const registry = scan.organizations === undefined ? 'none' : 'text' in scan.organizations ? hashText(scan.organizations.text) : scan.organizations.unreadable.message;
  return hashText(JSON.stringify([registry, [...scan.templates].sort()]));
}

/** Not changed in the two seconds before the listing: its metadata can be trusted (git's "racy clean" rule). */
export function isSettled(stat: FileMetadata, listedAt: number): boolean {
  return Math.max(stat.mtimeMs, stat.ctimeMs) < listedAt - 2000;
}

export function sourceOf(entry: RecordEntry): SourceFile {
  if ('text' in entry) return entry;
  return entry.problem ? { file: entry.file, unreadable: { message: message('load.fileUnreadable', { problem: entry.problem }) } } : readSource(entry.file, entry.absolute);
}

function listTemplates(root: string): Set<string> {
  try {
    return new Set(readdirSync(join(root, 'templates')).filter((name) => name.endsWith('.hbs')).map((name) => `templates/${name}`));
  } catch {
    return new Set();
  }
}
