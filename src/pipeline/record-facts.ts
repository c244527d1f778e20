import { checkSource } from '../check/check-file.js';
import type { FileCheck, FileKind } from '../check/check-file.js';
import { keepFields } from '../check/fields.js';
import type { SchemaCheck } from '../check/schema.js';
import { hashText } from '../load/hash.js';
import { isSettled, sourceOf } from '../load/scan.js';
import type { RecordEntry } from '../load/scan.js';
import { parseFastYaml } from '../parse/fast-yaml.js';
import { parseYaml } from '../parse/yaml.js';
import type { FactsStore, StoredFacts } from '../store/facts-store.js';
import type { Problem, ParsedYaml, SourceFile } from '../types.js';
import { FACT_FIELDS } from './fields.js';

/** The fast path takes the plain records; anything else (and every error) gets the full parser. */
export const parse = (text: string): ParsedYaml => parseFastYaml(text) ?? parseYaml(text);

/**
 * One record's facts: from the store when its file is unchanged, else read, parsed and checked
 * (and remembered; with `persist` false only its identity is, for the tree index). `whole`: the
 * record's value is kept whole, and the store is neither asked nor told (it keeps only the fields
 * in FACT_FIELDS). `fields`: what is kept of a record read and not remembered (`validate` needs
 * only the rules' fields: over 100,000 records, titles and committees weigh).
 */
export function recordFacts(entry: RecordEntry, schema: SchemaCheck, store: FactsStore | undefined, listedAt: number, whole: boolean, { recall = true, persist = true, fields = FACT_FIELDS }: { recall?: boolean; persist?: boolean; fields?: readonly string[] } = {}): FileCheck {
  const stat = 'stat' in entry ? entry.stat : undefined;
  let source: SourceFile | undefined;
  const read = () => (source ??= sourceOf(entry));
  // Hashed once, whether the store asked for it (a file too fresh to trust) or is told it.
  let digest: string | undefined;
  const hash = () => {
    const text = read();
    return 'text' in text ? (digest ??= hashText(text.text)) : undefined;
  };
  const trusted = stat !== undefined && isSettled(stat, listedAt);
  if (store && stat && !whole && recall) {
    const stored = store.recall(entry.file, stat, trusted, hash);
    if (stored) return checkOfStored(entry.file, stored);
  }
  const check = checkOne(read(), schema, 'record');
  // The parse is let go here: a cross-file finding in this file is placed by reading it again.
  if (whole) return { file: entry.file, value: check.value, valid: check.valid, diagnostics: check.diagnostics };
  // What the store keeps is what every command reads; a run that keeps nothing keeps what it asked for.
  const value = keepFields(check.value, store && stat && persist ? FACT_FIELDS : fields);
  if (store && stat && persist) {
    const contentHash = hash();
    if (contentHash !== undefined) store.remember(entry.file, stat, trusted, contentHash, storedOf(check, value));
  } else if (store && stat && 'text' in read()) {
    // Not hashed: a file whose metadata moves is then checked again rather than compared by content.
    store.identify(entry.file, '');
  }
  return { file: entry.file, value, valid: check.valid, diagnostics: check.diagnostics };
}

/** A file's check as the store keeps it: its problems without their file (the line names it). */
export function storedOf(check: FileCheck, value: unknown = check.value): StoredFacts {
  return { value, valid: check.valid, diagnostics: check.diagnostics.length === 0 ? NONE : check.diagnostics.map(({ file, ...rest }) => rest) };
}

/** A file's check from what the store kept of it. */
export function checkOfStored(file: string, stored: StoredFacts): FileCheck {
  return { file, value: stored.value, valid: stored.valid, diagnostics: stored.diagnostics.length === 0 ? NONE : stored.diagnostics.map((d) => ({ ...d, file })) };
}

const NONE: readonly never[] = [];

export function checkOne(source: SourceFile, schema: SchemaCheck, kind: FileKind): FileCheck & { readonly diagnostics: readonly Problem[] } {
  return checkSource(source, parse, schema, kind);
}
