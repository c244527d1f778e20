import type { ValidationResult } from '../check/validate.js';
import { validate } from '../check/validate.js';
import type { SchemaCheck } from '../check/schema.js';
import type { ResultCache } from './cache.js';
import { locateFastYaml, parseFastYaml } from '../parse/fast-yaml.js';
import { openRepositoryCache, scanTree, sourceOf } from './scan.js';
import type { TreeOptions, TreeScan } from './scan.js';
import { REGISTRY_FILE } from './tree.js';
import { loadTerritories } from './territories.js';
import { shippedSchema } from './validators.js';
import { parseYaml } from '../parse/yaml.js';

export interface LoadedTree extends ValidationResult {
  readonly root: string;
}

let schemas: { agreement: SchemaCheck; organizations: SchemaCheck } | undefined;

/** The shipped schemas' checks, made once per process, on first use. */
export function loadSchemas(): { agreement: SchemaCheck; organizations: SchemaCheck } {
  schemas ??= {
    agreement: shippedSchema('agreement'),
    organizations: shippedSchema('organizations'),
  };
  return schemas;
}

export interface LoadOptions extends TreeOptions {
  /** Keep of each record only these fields (and those the rules read); default: whole records. */
  readonly retain?: readonly string[];
  /** The id of a record kept whole whatever `retain` says. */
  readonly keepWhole?: string;
  /** `false`: only which files are invalid is wanted, not where (see `ValidationInput.place`). */
  readonly place?: boolean;
  /** Hashes the files records name (`signed_copy`): only `validate` gives it. */
  readonly digest?: (file: string) => string | null;
}

/**
 * Read and validate the whole tree under `root`: the one call every command starts with.
 * With `overrides`, a draft is checked against the tree it would join before anything
 * touches the disk (and the cache is left alone).
 */
export function loadTree(root: string, options: LoadOptions = {}): LoadedTree {
  const scan = scanTree(root, options.overrides ?? new Map(), false);
  const cache = options.cacheFolder !== undefined && !options.overrides?.size ? openRepositoryCache(options.cacheFolder, root) : undefined;
  const result = validateScan(scan, cache, options);
  cache?.save();
  return { ...result, root };
}

/** Validate a scanned tree, remembering per-file outcomes in `cache` when there is one. */
export function validateScan(scan: TreeScan, cache: ResultCache | undefined, { retain, keepWhole, place, digest }: Pick<LoadOptions, 'retain' | 'keepWhole' | 'place' | 'digest'> = {}): ValidationResult {
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
    territories: loadTerritories,
    schemas: loadSchemas(),
    // The fast path takes the plain records; anything else (and every error) gets the full parser.
    parse: (text) => parseFastYaml(text) ?? parseYaml(text),
    // A plain file is parsed and checked again rather than remembered: cheaper than hashing it
    // and reading its stored outcome back (JSON.parse of a value costs what the fast path does).
    parseQuick: parseFastYaml,
    locate: locateFastYaml,
    memo: cache?.memo,
    retain,
    keepWhole,
    place,
    ...(digest ? { digest } : {}),
  });
}

