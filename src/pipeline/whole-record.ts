import { join } from 'node:path';
import { readSource } from '../load/read.js';
import type { LoadedAgreement } from '../types.js';
import { parse } from './record-facts.js';

/**
 * A record whole, read again from its file, for a command that prints all of it (`show`): the
 * store keeps only the fields in FACT_FIELDS. A file that no longer reads keeps what the store had.
 */
export function wholeRecord(root: string, loaded: LoadedAgreement): LoadedAgreement {
  const source = readSource(loaded.file, join(root, loaded.file));
  if (!('text' in source)) return loaded;
  const parsed = parse(source.text);
  const value = parsed.value as { id?: unknown } | undefined;
  return parsed.problems.length === 0 && value?.id === loaded.agreement.id ? { file: loaded.file, agreement: parsed.value as LoadedAgreement['agreement'] } : loaded;
}
