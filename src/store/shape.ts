import type { Place, StoredFacts } from './facts-store.js';
import type { TreeOutcome } from './tree-store.js';

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

/** A record's stored facts: a valid record is a mapping (what the schema let through). */
export function isFacts(value: unknown): value is StoredFacts {
  if (!isObject(value) || typeof value.valid !== 'boolean' || !Array.isArray(value.diagnostics)) return false;
  if (!value.diagnostics.every((d) => isDiagnostic(d, false))) return false;
  return !value.valid || isObject(value.value);
}

function isRange(value: unknown): boolean {
  return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

/** A file's remembered places, by finding path. */
export function isPlaces(value: unknown): value is Record<string, Place> {
  return isObject(value) && Object.values(value).every((place) => isObject(place) && isRange(place.range) && (place.typed === undefined || typeof place.typed === 'string'));
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
