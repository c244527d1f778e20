import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Agreement, ExitCode, LoadedAgreement, Organization } from '../types.js';
import { draftConvention } from '../draft/convention.js';
import type { TemplateSpec } from '../draft/template.js';
import { LIMITS } from '../load/limits.js';
import { readRegularFile } from '../load/read.js';
import { isInside, writeFileAtomic } from '../load/write.js';
import { say } from '../text/say.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { usageError } from './context.js';
import { loadTemplate } from './drafting.js';
import type { LoadedTemplate } from './drafting.js';
import { openRepository } from './open.js';

export interface RenderOptions extends CommonOptions {
  check?: boolean;
}

type Outcome = { id: string; file: string; status: 'unchanged' | 'written' | 'differs' | 'missing' | 'error'; message?: string; staleTemplate?: boolean };

/**
 * `accords render [ids...]` regenerates the text of drafted conventions from their record and
 * template; `--check` only compares and exits 1 when a committed text differs (for CI).
 */
export async function renderCommand(ids: string[], options: RenderOptions, io: Io): Promise<ExitCode> {
  const repository = openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, registry } = repository;
  const drafted = tree.agreements.filter((a) => a.agreement.provenance);
  const draftedIds = new Set(drafted.map((a) => a.agreement.id));
  for (const id of ids) {
    if (!draftedIds.has(id)) {
      const guess = closest(id, drafted.map((a) => a.agreement.id));
      return usageError(io, say('draft.notDrafted', { id }), guess ? say('common.didYouMean', { guess }) : say('draft.seeListLocal'));
    }
  }
  const wanted = new Set(ids);
  const targets = ids.length > 0 ? drafted.filter((a) => wanted.has(a.agreement.id)) : drafted;
  // By id, the first of each (as a search would find it): a framework is looked up per convention.
  const byId = new Map<string, LoadedAgreement>();
  for (const loaded of tree.agreements) if (!byId.has(loaded.agreement.id)) byId.set(loaded.agreement.id, loaded);
  const templates = templateCache(tree.root);
  const outcomes = targets.map((loaded) => renderOne(loaded, tree.root, byId, registry, templates, Boolean(options.check)));

  if (options.format === 'json') io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else {
    for (const o of outcomes) io.stdout(`${say(STATUS_WORDS[o.status]).padEnd(9)} ${outcomeLine(o)}\n`);
    if (outcomes.length === 0) io.stdout(`${say('draft.nothingToRender')}\n`);
  }
  return outcomes.some((o) => o.status === 'differs' || o.status === 'missing' || o.status === 'error') ? 1 : 0;
}

const STATUS_WORDS = { unchanged: 'draft.statusOk', written: 'draft.statusRendered', differs: 'draft.statusDiffers', missing: 'draft.statusMissing', error: 'draft.statusError' } as const;

/** What follows an outcome's status word: its file, and what to do about it. */
function outcomeLine(o: Outcome): string {
  const file = o.file;
  const stale = o.staleTemplate ? ` ${say('draft.staleTemplate')}` : '';
  if (o.status === 'differs') return say('draft.renderDiffers', { file, stale, id: o.id });
  if (o.status === 'missing') return say('draft.renderMissing', { file, id: o.id });
  if (o.status === 'error') return say('draft.renderError', { file, message: o.message ?? '' });
  return `${file}${stale}`;
}

/** A template and the SHA-256 of its text, as drafting recorded it in `provenance`. */
type HashedTemplate = LoadedTemplate & { readonly sha256?: string };

/** Each template read, parsed and hashed once a run, however many conventions it drafted. */
function templateCache(root: string): (path: string | undefined, owner: string) => HashedTemplate {
  const loaded = new Map<string, HashedTemplate>();
  return (path, owner) => {
    const known = path === undefined ? undefined : loaded.get(path);
    if (known) return known;
    const template = loadTemplate(root, path, owner);
    // A template that cannot be used is loaded again for each convention: its message names the convention.
    if (!template.ok || path === undefined) return template;
    const hashed = { ...template, sha256: createHash('sha256').update(template.text).digest('hex') };
    loaded.set(path, hashed);
    return hashed;
  };
}

function renderOne(loaded: LoadedAgreement, root: string, byId: ReadonlyMap<string, LoadedAgreement>, registry: ReadonlyMap<string, Organization>, templateFor: (path: string | undefined, owner: string) => HashedTemplate, checkOnly: boolean): Outcome {
  const record = loaded.agreement;
  const file = loaded.file.replace(/\.ya?ml$/, '.md');
  const base = { id: record.id, file };
  const provenance = record.provenance!;
  const framework = record.parent ? byId.get(record.parent) : undefined;
  if (!framework) {
    const parent = record.parent;
    return { ...base, status: 'error', message: parent === undefined || parent === null ? say('draft.noParent') : say('draft.parentNotValid', { parent }) };
  }
  const template = templateFor(provenance.template, record.id);
  if (!template.ok) return { ...base, status: 'error', message: template.message };
  const staleTemplate = template.sha256 !== provenance.template_sha256;
  const raw = new Map<string, unknown>(Object.entries(provenance.variables));
  for (const [name, value] of valuesFromRecord(template.spec, record)) raw.set(name, value);
  const draft = draftConvention({ id: record.id, framework: framework.agreement, spec: template.spec, raw, registry, provenance: { template: provenance.template, template_sha256: provenance.template_sha256, tool_version: provenance.tool_version } });
  if (!draft.ok) return { ...base, status: 'error', message: draft.problems.join(say('draft.problemSeparator')), staleTemplate };
  // As `new` does: never through a folder that links out of the root.
  if (!isInside(join(root, 'agreements'), join(root, file))) return { ...base, status: 'error', message: say('robust.renderOutside', { file, folder: join(root, 'agreements') }) };
  // A regular file only (a FIFO in its place would hang the run); an unreadable one is rewritten.
  const read = readRegularFile(join(root, file), LIMITS.maxTemplateBytes);
  const current: string | undefined = read.ok ? read.text : undefined;
  if (current === draft.document) return { ...base, status: 'unchanged', staleTemplate };
  if (checkOnly) return { ...base, status: current === undefined ? 'missing' : 'differs', staleTemplate };
  const written = writeFileAtomic(join(root, file), draft.document, { overwrite: true });
  return written.ok ? { ...base, status: 'written', staleTemplate } : { ...base, status: 'error', message: written.message };
}

/**
 * The values a record now holds for the variables its template maps one-to-one onto record
 * fields (a leaf `"{{date_signature}}"` under `signed:`): edit the record, and the text follows.
 */
export function valuesFromRecord(spec: TemplateSpec, record: Agreement): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (shape: unknown, value: unknown): void => {
    if (typeof shape === 'string') {
      const whole = /^\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}$/.exec(shape);
      if (whole && value !== undefined && value !== null && typeof value !== 'object') found.set(whole[1]!, value);
      return;
    }
    if (Array.isArray(shape) && Array.isArray(value)) shape.forEach((item, i) => walk(item, value[i]));
    else if (shape && typeof shape === 'object' && value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(shape)) walk(inner, (value as Record<string, unknown>)[key]);
    }
  };
  walk(spec.record, record);
  // Party ids are stored with successors applied: the template's own value is the one to keep.
  for (const variable of spec.variables) if (variable.name.endsWith('_id') && record.provenance?.variables[variable.name] !== undefined) found.set(variable.name, record.provenance.variables[variable.name]);
  return found;
}
