import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceFile, ValidationResult } from '../check/validate.js';
import { validate } from '../check/validate.js';
import { compileSchema } from '../check/schema.js';
import type { SchemaCheck } from '../check/schema.js';
import { assetPath } from './assets.js';
import { LIMITS } from './limits.js';
import { readSource } from './read.js';
import { listRecordFiles, REGISTRY_FILE } from './tree.js';
import { parseFastYaml } from './fast-yaml.js';
import { parseYaml } from './yaml.js';

export interface LoadedTree extends ValidationResult {
  readonly root: string;
}

let schemas: { agreement: SchemaCheck; organizations: SchemaCheck } | undefined;

/** The shipped schemas, compiled once per process. */
export function loadSchemas(): { agreement: SchemaCheck; organizations: SchemaCheck } {
  schemas ??= {
    agreement: compileSchema(JSON.parse(readFileSync(assetPath('schemas/agreement.schema.json'), 'utf8')) as object),
    organizations: compileSchema(JSON.parse(readFileSync(assetPath('schemas/organizations.schema.json'), 'utf8')) as object),
  };
  return schemas;
}

/**
 * Read and validate the whole tree under `root`: the one call every command starts with.
 * `overrides` replaces or adds files by root-relative name (what `new` is about to write),
 * so a draft is checked against the tree it would join before anything touches the disk.
 */
export function loadTree(root: string, overrides: ReadonlyMap<string, string> = new Map()): LoadedTree {
  const records: SourceFile[] = listRecordFiles(root)
    .filter((entry) => !overrides.has(entry.file))
    .map((entry) => (entry.problem ? { file: entry.file, unreadable: { message: `the file ${entry.problem}` } } : readSource(entry.file, entry.absolute)));
  for (const [file, text] of overrides) if (file !== REGISTRY_FILE) records.push({ file, text });
  records.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const registryPath = join(root, REGISTRY_FILE);
  const registryOverride = overrides.get(REGISTRY_FILE);
  const organizations = registryOverride !== undefined ? { file: REGISTRY_FILE, text: registryOverride } : existsSync(registryPath) ? readSource(REGISTRY_FILE, registryPath, LIMITS.maxRegistryBytes) : undefined;
  const result = validate({
    records,
    organizations,
    organizationsFile: REGISTRY_FILE,
    templates: listTemplates(root),
    schemas: loadSchemas(),
    // The fast path takes the plain records; anything else (and every error) gets the full parser.
    parse: (text) => parseFastYaml(text) ?? parseYaml(text),
  });
  return { ...result, root };
}

function listTemplates(root: string): Set<string> {
  try {
    return new Set(readdirSync(join(root, 'templates')).filter((name) => name.endsWith('.hbs')).map((name) => `templates/${name}`));
  } catch {
    return new Set();
  }
}
