import { CATALOGUE } from '../text/catalogue/index.js';
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

/**
 * A stored message: a key of the catalogue and its parameters (`Param`s: texts, numbers, messages,
 * months, lists, decimals). A key the catalogue no longer has is a cache of another tool.
 */
function isMessage(value: unknown): boolean {
  return isObject(value) && typeof value.key === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, value.key) && (value.params === undefined || (isObject(value.params) && Object.values(value.params).every(isParam)));
}

function isParam(value: unknown): boolean {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return true;
  if (!isObject(value)) return false;
  if ('key' in value) return isMessage(value);
  if ('month' in value) return typeof value.month === 'number';
  if ('or' in value) return Array.isArray(value.or) && value.or.every(isParam);
  if ('and' in value) return Array.isArray(value.and) && value.and.every(isParam);
  return typeof value.decimal === 'number' && Number.isInteger(value.digits) && (value.digits as number) >= 0 && (value.digits as number) <= 20;
}

/** A stored problem (its sentences as messages): with its `file` in the tree outcome, without it in a file's. */
function isProblem(value: unknown, withFile: boolean): boolean {
  return (
    isObject(value) &&
    (!withFile || typeof value.file === 'string') &&
    isObject(value.range) &&
    isPosition(value.range.start) &&
    isPosition(value.range.end) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.rule === 'string' &&
    isMessage(value.message) &&
    (value.hint === undefined || isMessage(value.hint))
  );
}

/** A record's stored facts: a valid record is a mapping (what the schema let through). */
export function isFacts(value: unknown): value is StoredFacts {
  return isFactsShaped(value) && (!value.valid || isObject(value.value));
}

/** The facts of a file kept by its content (the registry: a list of organizations when valid). */
export function isContentFacts(value: unknown): value is StoredFacts {
  return isFactsShaped(value) && (!value.valid || (value.value !== null && typeof value.value === 'object'));
}

function isFactsShaped(value: unknown): value is Record<string, unknown> & { valid: boolean } {
  return isObject(value) && typeof value.valid === 'boolean' && Array.isArray(value.diagnostics) && value.diagnostics.every((d) => isProblem(d, false));
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
    value.diagnostics.every((d) => isProblem(d, true)) &&
    Array.isArray(value.files) &&
    value.files.every((file) => typeof file === 'string')
  );
}
