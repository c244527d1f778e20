import type { FileKind, FileOutcome } from '../check/validate.js';
import type { TreeOutcome } from './cache.js';

/**
 * What a cache file read back must look like before it is trusted. A cache is only a cache:
 * one of the right name but another shape (`{}`, `[]`, `null`, `42`, a field of the wrong
 * type — an older tool, a hand edit, a damaged disk) is ignored, as an unreadable one is,
 * rather than making every command fail until it is deleted.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
  return isObject(value) && Number.isSafeInteger(value.line) && (value.line as number) >= 0 && Number.isSafeInteger(value.column) && (value.column as number) >= 0;
}

/** A stored diagnostic: with its `file` in the tree outcome, without it in a file's. */
function isDiagnostic(value: unknown, withFile: boolean): boolean {
  return (
    isObject(value) &&
    (!withFile || typeof value.file === 'string') &&
    isObject(value.range) &&
    isPosition(value.range.start) &&
    isPosition(value.range.end) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.rule === 'string' &&
    typeof value.message === 'string' &&
    (value.hint === undefined || typeof value.hint === 'string')
  );
}

/** A file's outcome: a valid record is a mapping, a valid registry a list (what the schema let through). */
export function isFileOutcome(value: unknown, kind: FileKind): value is FileOutcome {
  if (!isObject(value) || typeof value.valid !== 'boolean' || !Array.isArray(value.diagnostics)) return false;
  if (!value.diagnostics.every((d) => isDiagnostic(d, false))) return false;
  if (!value.valid) return true;
  return kind === 'record' ? isObject(value.value) : Array.isArray(value.value);
}

export function isTreeOutcome(value: unknown): value is TreeOutcome {
  return (
    isObject(value) &&
    Array.isArray(value.diagnostics) &&
    value.diagnostics.every((d) => isDiagnostic(d, true)) &&
    Array.isArray(value.files) &&
    value.files.every((file) => typeof file === 'string')
  );
}
