import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement, ExitCode, LoadedAgreement, Organization } from '../types.js';
import { draftConvention } from '../draft/convention.js';
import type { TemplateSpec } from '../draft/template.js';
import { writeFileAtomic } from '../load/write.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { usageError } from './context.js';
import { findAgreement, loadTemplate } from './drafting.js';
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
  for (const id of ids) {
    if (!drafted.some((a) => a.agreement.id === id)) {
      const guess = closest(id, drafted.map((a) => a.agreement.id));
      return usageError(io, `\`${id}\` is not a drafted convention (no valid record with a \`provenance\` block)`, guess ? `did you mean \`${guess}\`?` : 'see `accords list --kind local`');
    }
  }
  const targets = ids.length > 0 ? drafted.filter((a) => ids.includes(a.agreement.id)) : drafted;
  const outcomes = targets.map((loaded) => renderOne(loaded, tree.root, tree.agreements, registry, Boolean(options.check)));

  if (options.format === 'json') io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else {
    for (const o of outcomes) {
      const stale = o.staleTemplate ? ' (drafted from an older version of its template)' : '';
      if (o.status === 'unchanged') io.stdout(`ok        ${o.file}${stale}\n`);
      else if (o.status === 'written') io.stdout(`rendered  ${o.file}${stale}\n`);
      else if (o.status === 'differs') io.stdout(`differs   ${o.file}${stale}: the committed text is not what the record and template produce (run \`accords render ${o.id}\`)\n`);
      else if (o.status === 'missing') io.stdout(`missing   ${o.file}: no rendered text (run \`accords render ${o.id}\`)\n`);
      else io.stdout(`error     ${o.file}: ${o.message}\n`);
    }
    if (outcomes.length === 0) io.stdout('No drafted convention (records with a `provenance` block) to render.\n');
  }
  return outcomes.some((o) => o.status === 'differs' || o.status === 'missing' || o.status === 'error') ? 1 : 0;
}

function renderOne(loaded: LoadedAgreement, root: string, agreements: readonly LoadedAgreement[], registry: ReadonlyMap<string, Organization>, checkOnly: boolean): Outcome {
  const record = loaded.agreement;
  const file = loaded.file.replace(/\.ya?ml$/, '.md');
  const base = { id: record.id, file };
  const provenance = record.provenance!;
  const framework = record.parent ? findAgreement(agreements, record.parent) : undefined;
  if (!framework) return { ...base, status: 'error', message: `its parent \`${record.parent ?? '(none)'}\` is not a valid agreement` };
  const template = loadTemplate(root, provenance.template, record.id);
  if (!template.ok) return { ...base, status: 'error', message: template.message };
  const staleTemplate = createHash('sha256').update(template.text).digest('hex') !== provenance.template_sha256;
  const raw = new Map<string, unknown>(Object.entries(provenance.variables));
  for (const [name, value] of valuesFromRecord(template.spec, record)) raw.set(name, value);
  const draft = draftConvention({ id: record.id, framework: framework.agreement, spec: template.spec, raw, registry, provenance: { template: provenance.template, template_sha256: provenance.template_sha256, tool_version: provenance.tool_version } });
  if (!draft.ok) return { ...base, status: 'error', message: draft.problems.join('; '), staleTemplate };
  let current: string | undefined;
  try {
    current = readFileSync(join(root, file), 'utf8');
  } catch {
    current = undefined;
  }
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
