import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement, Organization } from '../types.js';
import { amendmentData, letterData, renderLifeDocument } from '../draft/life-documents.js';
import type { LetterInput } from '../draft/life-documents.js';
import { assetPath } from '../load/assets.js';
import type { LoadedTree } from '../pipeline/run.js';
import type { Say } from '../text/say.js';

/** The amendment and notice letter templates: the root's own copy (`templates/documents/…`) if it has one, else the tool's. */
export const AMENDMENT_TEMPLATE = 'templates/documents/avenant.md.hbs';
export const LETTER_TEMPLATE = 'templates/documents/lettre-denonciation.md.hbs';

export function readLifeTemplate(say: Say, root: string, path: string): { source: string } | { problem: string } {
  const own = join(root, path);
  const file = existsSync(own) ? own : assetPath(path);
  try {
    return { source: readFileSync(file, 'utf8') };
  } catch {
    return { problem: say('draft.templateUnreadable', { path, owner: 'accords' }) };
  }
}

/** « Avenant n° N »: the number in the title the tool gave it, else its rank among its parent's amendments. */
export function amendmentNumber(tree: LoadedTree, amendment: Agreement): number {
  const written = /n°\s*(\d+)/.exec(amendment.title);
  if (written) return Number(written[1]);
  const siblings = tree.agreements.filter((a) => a.agreement.kind === 'amendment' && a.agreement.parent === amendment.parent && a.agreement.id !== amendment.id);
  return siblings.length + 1;
}

/** An amendment's text, parties named as of its signature (else `asOf`, the planned day). */
export function amendmentText(say: Say, tree: LoadedTree, registry: ReadonlyMap<string, Organization>, amendment: Agreement, asOf: string): { text: string } | { problem: string } | undefined {
  const parent = tree.agreements.find((a) => a.agreement.id === amendment.parent)?.agreement;
  if (!parent) return undefined;
  const template = readLifeTemplate(say, tree.root, AMENDMENT_TEMPLATE);
  if ('problem' in template) return template;
  const date = amendment.signed ?? amendment.effective ?? asOf;
  return renderLifeDocument(template.source, amendmentData({ amendment, parent, number: amendmentNumber(tree, amendment), date, registry }));
}

/** The notice letter (« lettre de dénonciation »), Markdown. */
export function letterText(say: Say, root: string, input: LetterInput): { text: string } | { problem: string } {
  const template = readLifeTemplate(say, root, LETTER_TEMPLATE);
  if ('problem' in template) return template;
  return renderLifeDocument(template.source, letterData(input));
}
