import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement, Organization } from '../types.js';
import { draftConvention } from '../draft/convention.js';
import type { TemplateSpec } from '../draft/template.js';
import type { LoadedTree } from '../pipeline/run.js';
import { loadTemplate } from './drafting.js';
import { valuesFromRecord } from './render.js';
import { amendmentText } from './amendment-text.js';
import type { Say } from '../text/say.js';

/** A text file's path beside its record: `agreements/local/x.yaml` → `agreements/local/x.md`. */
export function textFileOf(recordFile: string, suffix = '.md'): string {
  return recordFile.replace(/\.ya?ml$/, suffix);
}

/** The text on disk, or `undefined` when there is none. */
export function readText(root: string, file: string): string | undefined {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

export type Rendered = { readonly text: string } | { readonly problem: string } | undefined;

/**
 * The text of a drafted convention (or of an amendment) as the tool renders it for `record`:
 * the one place `sign` renders a text, through the path `render` uses (`draftConvention` with
 * the values the record holds over those `provenance` kept). `undefined`: the record has no
 * text the tool writes. At the merge with the render-docx branch, this is the call to route
 * through its renderer (which keeps `provenance.text_sha256`).
 */
export function renderedText(say: Say, tree: LoadedTree, registry: ReadonlyMap<string, Organization>, record: Agreement, asOf: string): Rendered {
  if (record.kind === 'amendment' && !record.provenance) return amendmentText(say, tree, registry, record, asOf);
  const provenance = record.provenance;
  if (!provenance) return undefined;
  const framework = record.parent ? tree.agreements.find((a) => a.agreement.id === record.parent) : undefined;
  if (!framework) return undefined;
  const template = loadTemplate(say, tree.root, provenance.template, record.id);
  if (!template.ok) return { problem: template.message };
  const raw = new Map<string, unknown>(Object.entries(provenance.variables));
  for (const [name, value] of valuesFromRecord(template.spec, record)) raw.set(name, value);
  const draft = draftConvention(say, { id: record.id, framework: framework.agreement, spec: template.spec, raw, registry, asOf, provenance: { template: provenance.template, template_sha256: provenance.template_sha256, tool_version: provenance.tool_version } });
  return draft.ok ? { text: draft.document } : { problem: draft.problems.join('; ') };
}

/** The template a drafted record was drafted from, when it can be read (to know its variables). */
export function templateOf(say: Say, tree: LoadedTree, record: Agreement): TemplateSpec | undefined {
  if (!record.provenance) return undefined;
  const template = loadTemplate(say, tree.root, record.provenance.template, record.id);
  return template.ok ? template.spec : undefined;
}
