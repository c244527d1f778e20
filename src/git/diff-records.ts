import type { JsonPath } from '../types.js';
import { formatPath } from '../check/finding.js';
import type { Say } from '../text/say.js';

export interface FieldChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly before?: unknown;
  readonly after?: unknown;
  /** The change in plain words: `term.end: 2020-12-31 → 2021-12-31`, `party added: france-travail`. */
  readonly text: string;
}

/**
 * What changed between two versions of a record, field by field, in plain words. Parties are
 * compared by organization and sources by count, because their order carries no meaning.
 * `diffRecords(say, { term: { end: '2020-12-31' } }, { term: { end: '2021-12-31' } })`
 * //=> [{ path: 'term.end', kind: 'changed', text: 'term.end: 2020-12-31 → 2021-12-31', … }]
 */
export function diffRecords(say: Say, before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(say, before, after, [], changes);
  return changes;
}

function walk(say: Say, before: unknown, after: unknown, path: JsonPath, out: FieldChange[]): void {
  const name = formatPath(path) || 'record';
  if (path.length === 1 && path[0] === 'parties' && Array.isArray(before) && Array.isArray(after)) return parties(say, before, after, out);
  if (path.length === 1 && path[0] === 'sources' && Array.isArray(before) && Array.isArray(after)) return counted(say, 'sources', before, after, out);
  if (isObject(before) && isObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) walk(say, before[key], after[key], [...path, key], out);
    return;
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  // A path stays a code in both languages; only the whole record, which has none, is named in words.
  const field = path.length > 0 ? name : say('git.record');
  if (before === undefined) out.push({ path: name, kind: 'added', after, text: say('git.fieldSet', { field, value: show(after) }) });
  else if (after === undefined) out.push({ path: name, kind: 'removed', before, text: say('git.fieldRemoved', { field, value: show(before) }) });
  else out.push({ path: name, kind: 'changed', before, after, text: say('git.fieldChanged', { field, before: show(before), after: show(after) }) });
}

function parties(say: Say, before: unknown[], after: unknown[], out: FieldChange[]): void {
  const org = (p: unknown) => (isObject(p) ? String(p.org) : JSON.stringify(p));
  const was = new Map(before.map((p) => [org(p), p]));
  const now = new Map(after.map((p) => [org(p), p]));
  for (const [id, p] of now) {
    if (!was.has(id)) out.push({ path: 'parties', kind: 'added', after: p, text: say('git.partyAdded', { org: id }) });
    else if (JSON.stringify(was.get(id)) !== JSON.stringify(p)) {
      walk(say, (was.get(id) as Record<string, unknown>).signatory, (p as Record<string, unknown>).signatory, ['parties', id, 'signatory'], out);
    }
  }
  for (const [id, p] of was) if (!now.has(id)) out.push({ path: 'parties', kind: 'removed', before: p, text: say('git.partyRemoved', { org: id }) });
}

function counted(say: Say, name: string, before: unknown[], after: unknown[], out: FieldChange[]): void {
  const key = (x: unknown) => JSON.stringify(x);
  const was = new Set(before.map(key));
  const now = new Set(after.map(key));
  const added = [...now].filter((x) => !was.has(x)).length;
  const removed = [...was].filter((x) => !now.has(x)).length;
  if (added) out.push({ path: name, kind: 'added', text: say('git.itemsAdded', { field: name, count: added }) });
  if (removed) out.push({ path: name, kind: 'removed', text: say('git.itemsRemoved', { field: name, count: removed }) });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return `[${value.join(', ')}]`;
  return JSON.stringify(value);
}
