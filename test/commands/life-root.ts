import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { GIRONDE, PROJECT, accords } from '../e2e.js';

/** A hand-written local convention, with comments above, beside and after keys, flow mappings and quotes. */
export const HAND_WRITTEN = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
# Convention locale écrite à la main : chaque commentaire doit survivre.
id: amf-33-2025
title: "Convention locale AMF : Gironde"
kind: local
level: departmental
parties:   # les deux signataires
  - org: amf
  - org: pole-emploi
    signatory: { name: Jean Martin, role: Directeur territorial }
# prise d'effet convenue avec l'AMF
effective: 2025-01-01
term:
  duration: P1Y   # un an, comme l'accord national
  renewal: tacit
  renewal_period: P1Y
notice: { period: P2M, applies: before-renewal }
committee: { name: comité local de pilotage, meetings_per_year: 2 }
parent: amf-pole-emploi-2016
territory: { departement: "33" }

# d'où viennent les faits
sources:
  - { document: convention-33.pdf, clause: "Article 5", quote: "conclue pour une durée d'un an, renouvelée par tacite reconduction", fields: [term, notice] }
tags: [gironde] # fin
`;

export const HAND_FILE = 'agreements/local/amf-33-2025.yaml';

/** Fresh copies of the bundled repository, removed after the file's tests. */
export function rootFactory(prefix: string): { fresh(): string } {
  const base = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  let count = 0;
  return {
    fresh() {
      const root = join(base, String(count++));
      for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
      writeFileSync(join(root, HAND_FILE), HAND_WRITTEN);
      return root;
    },
  };
}

export const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');


/**
 * A drafted convention as `new` writes a draft (SPEC §6: no `signed`, no `effective`): drafted
 * with the planned date, then those two keys taken out, as the drafting branch writes it.
 */
export function draftedConvention(root: string): string {
  const run = accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', ...GIRONDE]);
  if (run.code !== 0) throw new Error(run.stderr);
  const file = 'agreements/local/amf-33-2026.yaml';
  writeFileSync(join(root, file), read(root, file).replace(/^signed: .*\n/m, '').replace(/^effective: .*\n/m, ''));
  return file;
}
