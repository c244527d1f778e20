import { join } from 'node:path';
import type { LoadedAgreement } from '../types.js';
import { parseTemplate } from '../draft/template.js';
import type { TemplateSpec } from '../draft/template.js';
import { listVariables } from '../draft/variables.js';
import { LIMITS } from '../parse/limits.js';
import { readRegularFile } from '../load/read.js';
import { isInside } from '../load/write.js';
import { table } from '../format/text.js';
import type { Say } from '../text/say.js';
import type { FormatName } from './formats.js';

export type LoadedTemplate = { ok: true; spec: TemplateSpec; text: string; path: string } | { ok: false; message: string };

/** Read and parse a template named by a root-relative path (it must stay inside the root). */
export function loadTemplate(say: Say, root: string, path: string | undefined, owner: string): LoadedTemplate {
  if (!path) return { ok: false, message: say('draft.noTemplate', { owner }) };
  const absolute = join(root, path);
  if (!isInside(root, absolute)) return { ok: false, message: say('draft.templateOutsideRoot', { path, owner }) };
  // Only a regular file within the limit (a FIFO or a device would never end).
  const read = readRegularFile(absolute, LIMITS.maxTemplateBytes);
  if (!read.ok) return { ok: false, message: say('robust.templateUnreadable', { path, owner, reason: say.message(read.problem.message) }) };
  const text = read.text;
  const parsed = parseTemplate(say, text);
  if ('problems' in parsed) return { ok: false, message: `${say('draft.templateProblems', { path })}\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}` };
  return { ok: true, spec: parsed, text, path };
}

/** `new --list-vars`: a table, or the SPEC JSON. */
export function formatVariables(say: Say, spec: TemplateSpec, format: FormatName<'variables'>): string {
  if (format === 'json') return `${JSON.stringify(listVariables(spec.variables), null, 2)}\n`;
  const rows = spec.variables.map((v) => [
    v.name,
    v.type === 'enum' ? (v.values ?? []).join('|') : v.type,
    v.required ? say('draft.required') : v.default !== undefined ? `= ${String(v.default)}` : v.default_from ? `= ${v.default_from}` : say('draft.optional'),
    v.example === undefined ? v.description : say('draft.withExample', { description: v.description, example: String(v.example) }),
  ]);
  const headings = [say('draft.headingName'), say('draft.headingType'), say('draft.headingValue'), say('draft.headingDescription')];
  return `${spec.description ? `${spec.description}\n\n` : ''}${table([headings, ...rows])}\n`;
}

/** Find an agreement by id among the valid ones. */
export function findAgreement(agreements: readonly LoadedAgreement[], id: string): LoadedAgreement | undefined {
  return agreements.find((a) => a.agreement.id === id);
}
