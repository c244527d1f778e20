import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedAgreement } from '../types.js';
import { parseTemplate } from '../draft/template.js';
import type { TemplateSpec } from '../draft/template.js';
import { listVariables } from '../draft/variables.js';
import { isInside } from '../load/write.js';
import { table } from '../format/text.js';

export type LoadedTemplate = { ok: true; spec: TemplateSpec; text: string; path: string } | { ok: false; message: string };

/** Read and parse a template named by a root-relative path (it must stay inside the root). */
export function loadTemplate(root: string, path: string | undefined, owner: string): LoadedTemplate {
  if (!path) return { ok: false, message: `\`${owner}\` has no \`template:\`; only agreements with a template can be drafted from` };
  const absolute = join(root, path);
  if (!isInside(root, absolute)) return { ok: false, message: `template ${path} of \`${owner}\` is outside the root` };
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return { ok: false, message: `template ${path} of \`${owner}\` cannot be read (does it exist?)` };
  }
  const parsed = parseTemplate(text);
  if ('problems' in parsed) return { ok: false, message: `template ${path} has problems:\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}` };
  return { ok: true, spec: parsed, text, path };
}

/** `new --list-vars`: a table, or the SPEC JSON. */
export function formatVariables(spec: TemplateSpec, format: string | undefined): string | { message: string; hint: string } {
  if (format === 'json') return `${JSON.stringify(listVariables(spec.variables), null, 2)}\n`;
  if (format !== undefined && format !== 'table') return { message: `unknown format \`${format}\``, hint: 'formats: table, json' };
  const rows = spec.variables.map((v) => [
    v.name,
    v.type === 'enum' ? (v.values ?? []).join('|') : v.type,
    v.required ? 'required' : v.default !== undefined ? `= ${String(v.default)}` : v.default_from ? `= ${v.default_from}` : 'optional',
    `${v.description}${v.example !== undefined ? ` (e.g. ${String(v.example)})` : ''}`,
  ]);
  return `${spec.description ? `${spec.description}\n\n` : ''}${table([['NAME', 'TYPE', 'VALUE', 'DESCRIPTION'], ...rows])}\n`;
}

/** Find an agreement by id among the valid ones. */
export function findAgreement(agreements: readonly LoadedAgreement[], id: string): LoadedAgreement | undefined {
  return agreements.find((a) => a.agreement.id === id);
}
