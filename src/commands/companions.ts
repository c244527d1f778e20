import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftContext } from '../draft/render.js';
import type { Say } from '../text/say.js';

/**
 * The texts a person keeps beside a drafted record, which every rendering places in the
 * convention (the template says where): `<id>.clauses.md`, the negotiated local articles,
 * before the signatures; `<id>.annexes.md`, the annexes, after them. They are the person's:
 * the tool reads them, never writes them.
 */
export const COMPANIONS = { clauses_locales: '.clauses.md', annexes: '.annexes.md' } as const;

export type Companions = Pick<DraftContext, 'clauses_locales' | 'annexes'>;

/** `agreements/local/amf-33-2026.yaml` → `agreements/local/amf-33-2026.clauses.md` (and `.annexes.md`). */
export function companionFile(recordFile: string, name: keyof typeof COMPANIONS): string {
  return recordFile.replace(/\.ya?ml$/, COMPANIONS[name]);
}

/** The companions of a record that exist, their text without trailing blank lines; or why one cannot be read. */
export function readCompanions(say: Say, root: string, recordFile: string): { ok: true; companions: Companions } | { ok: false; message: string } {
  const companions: { clauses_locales?: string; annexes?: string } = {};
  for (const name of Object.keys(COMPANIONS) as (keyof typeof COMPANIONS)[]) {
    const file = companionFile(recordFile, name);
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return { ok: false, message: say('render.companionUnreadable', { file, reason: (error as Error).message }) };
    }
    const trimmed = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    if (trimmed !== '') companions[name] = trimmed;
  }
  return { ok: true, companions };
}

/** SHA-256 (hex) of a text as it is written (UTF-8): `provenance.text_sha256`. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
