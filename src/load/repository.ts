import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile, ValidationResult } from '../check/validate.js';
import { validate } from '../check/validate.js';
import { lazySchema } from '../check/schema.js';
import type { SchemaCheck } from '../check/schema.js';
import { assetPath } from './assets.js';
import { openCache } from './cache.js';
import { hashText } from './hash.js';
import type { ResultCache, TreeOutcome } from './cache.js';
import { LIMITS } from './limits.js';
import { readSource } from './read.js';
import { listRecordFiles, REGISTRY_FILE } from './tree.js';
import type { TreeEntry } from './tree.js';
import { parseFastYaml } from './fast-yaml.js';
import { parseYaml } from './yaml.js';

export interface LoadedTree extends ValidationResult {
  readonly root: string;
}

export interface TreeOptions {
  /** Texts that replace or add files by root-relative name: what `new` is about to write. */
  readonly overrides?: ReadonlyMap<string, string>;
  /** The result cache's folder (see cache.ts); none: parse everything. */
  readonly cacheFolder?: string;
}

const SCHEMA_FILES = { agreement: 'schemas/agreement.schema.json', organizations: 'schemas/organizations.schema.json' } as const;
let schemaTexts: { agreement: string; organizations: string } | undefined;
let schemas: { agreement: SchemaCheck; organizations: SchemaCheck } | undefined;

function readSchemaTexts(): { agreement: string; organizations: string } {
  return (schemaTexts ??= {
    agreement: readFileSync(assetPath(SCHEMA_FILES.agreement), 'utf8'),
    organizations: readFileSync(assetPath(SCHEMA_FILES.organizations), 'utf8'),
  });
}

/** The shipped schemas, compiled once per process, on first use. */
export function loadSchemas(): { agreement: SchemaCheck; organizations: SchemaCheck } {
  schemas ??= {
    agreement: lazySchema(() => JSON.parse(readSchemaTexts().agreement) as object),
    organizations: lazySchema(() => JSON.parse(readSchemaTexts().organizations) as object),
  };
  return schemas;
}

/**
 * Read and validate the whole tree under `root`: the one call every command starts with.
 * With `overrides`, a draft is checked against the tree it would join before anything
 * touches the disk (and the cache is left alone).
 */
export function loadTree(root: string, options: TreeOptions = {}): LoadedTree {
  const scan = scanTree(root, options.overrides ?? new Map());
  const cache = options.cacheFolder !== undefined && !options.overrides?.size ? openRepositoryCache(options.cacheFolder, root) : undefined;
  const result = validateScan(scan, cache);
  if (cache) {
    if (scan.settled) cache.rememberTree(treeKey(scan), outcomeOf(result));
    cache.save();
  }
  return { ...result, root };
}

/**
 * What `validate` needs: the diagnostics of the whole tree. When no file has moved since the
 * last run (same names, inodes, sizes and times), they come from the cache without reading a record.
 */
export function checkTree(root: string, options: TreeOptions = {}): TreeOutcome {
  if (options.cacheFolder === undefined || options.overrides?.size) return outcomeOf(validateScan(scanTree(root, options.overrides ?? new Map()), undefined, 'rule-fields'));
  const scan = scanTree(root, new Map());
  const cache = openRepositoryCache(options.cacheFolder, root);
  const key = treeKey(scan);
  const recalled = cache.recallTree(key);
  if (recalled) return recalled;
  const outcome = outcomeOf(validateScan(scan, cache, 'rule-fields'));
  if (scan.settled) cache.rememberTree(key, outcome);
  cache.save();
  return outcome;
}

function outcomeOf(result: ValidationResult): TreeOutcome {
  return { diagnostics: result.diagnostics, files: result.files };
}

/** The files of a tree, listed but not yet read (the registry excepted: every rule needs it). */
interface TreeScan {
  readonly entries: readonly RecordEntry[];
  readonly organizations: SourceFile | undefined;
  readonly templates: ReadonlySet<string>;
  /**
   * No record changed in the two seconds before the listing. A file written within the
   * file system's timestamp granularity of our look at it could change again unseen; such a
   * tree state is not remembered (git's "racy clean" rule).
   */
  readonly settled: boolean;
}

/** A record file on disk, or the text `new` is about to write in its place. */
type RecordEntry = TreeEntry | { readonly file: string; readonly text: string };

function scanTree(root: string, overrides: ReadonlyMap<string, string>): TreeScan {
  const listedAt = Date.now();
  const entries: RecordEntry[] = listRecordFiles(root).filter((entry) => !overrides.has(entry.file));
  for (const [file, text] of overrides) if (file !== REGISTRY_FILE) entries.push({ file, text });
  entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const registryPath = join(root, REGISTRY_FILE);
  const registryOverride = overrides.get(REGISTRY_FILE);
  const organizations = registryOverride !== undefined ? { file: REGISTRY_FILE, text: registryOverride } : existsSync(registryPath) ? readSource(REGISTRY_FILE, registryPath, LIMITS.maxRegistryBytes) : undefined;
  const settled = entries.every((entry) => !('stat' in entry) || !entry.stat || Math.max(entry.stat.mtimeMs, entry.stat.ctimeMs) < listedAt - 2000);
  return { entries, organizations, templates: listTemplates(root), settled };
}

function validateScan(scan: TreeScan, cache: ResultCache | undefined, retain: 'records' | 'rule-fields' = 'records'): ValidationResult {
  const byFile = new Map(scan.entries.map((entry) => [entry.file, entry]));
  return validate({
    // Read one file at a time, as the validator asks: texts are not all held at once.
    records: (function* () {
      for (const entry of scan.entries) yield sourceOf(entry);
    })(),
    reread: (file) => {
      const entry = byFile.get(file);
      const source = entry && sourceOf(entry);
      return source && 'text' in source ? source.text : undefined;
    },
    organizations: scan.organizations,
    organizationsFile: REGISTRY_FILE,
    templates: scan.templates,
    schemas: loadSchemas(),
    // The fast path takes the plain records; anything else (and every error) gets the full parser.
    parse: (text) => parseFastYaml(text) ?? parseYaml(text),
    memo: cache?.memo,
    retain,
  });
}

function openRepositoryCache(folder: string, root: string): ResultCache {
  const texts = readSchemaTexts();
  return openCache(folder, root, [texts.agreement, texts.organizations]);
}

/** Everything the whole-tree diagnostics depend on, besides the namespace the cache adds. */
function treeKey(scan: TreeScan): string {
  const registry = scan.organizations === undefined ? 'none' : 'text' in scan.organizations ? hashText(scan.organizations.text) : scan.organizations.unreadable.message;
  const files = scan.entries.map((entry) => {
    if ('text' in entry) return [entry.file, hashText(entry.text)];
    return [entry.file, entry.problem ?? entry.stat];
  });
  return hashText(JSON.stringify([registry, [...scan.templates].sort(), files]));
}

function sourceOf(entry: RecordEntry): SourceFile {
  if ('text' in entry) return entry;
  return entry.problem ? { file: entry.file, unreadable: { message: `the file ${entry.problem}` } } : readSource(entry.file, entry.absolute);
}

function listTemplates(root: string): Set<string> {
  try {
    return new Set(readdirSync(join(root, 'templates')).filter((name) => name.endsWith('.hbs')).map((name) => `templates/${name}`));
  } catch {
    return new Set();
  }
}
