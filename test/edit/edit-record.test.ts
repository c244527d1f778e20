import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editRecordText } from '../../src/edit/edit-record.js';
import { PROJECT } from '../e2e.js';

const DRAFTED = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
id: amf-33-2026 # the Gironde one
title: Convention locale
parties:
  - org: ad-maires-33
    signatory: { name: Marie Dupont, role: Présidente }
  - org: france-travail
# signed when the mayor is back
place: Bordeaux
notes: >-
  A folded note that a person wrote
  over two lines.
provenance:
  template: templates/amf-convention-locale.md.hbs
  template_sha256: ${'a'.repeat(64)}
  tool_version: 0.1.0
  variables:
    partenaire_id: ad-maires-33
    departement: "33"
`;

function edited(text: string, ...edits: Parameters<typeof editRecordText>[1]): string {
  const result = editRecordText(text, edits);
  if (!result.ok) throw new Error(result.message);
  return result.text;
}

describe('editRecordText', () => {
  it('adds a key at the end of a nested block mapping, after its last nested block, and changes no other byte', () => {
    const text = edited(DRAFTED, { path: ['provenance', 'text_sha256'], value: 'b'.repeat(64) });
    expect(text).toBe(`${DRAFTED}  text_sha256: ${'b'.repeat(64)}\n`);
  });

  it('replaces a scalar where it stands, comments kept', () => {
    const once = edited(DRAFTED, { path: ['provenance', 'text_sha256'], value: 'b'.repeat(64) });
    const twice = edited(once, { path: ['provenance', 'text_sha256'], value: 'c'.repeat(64) });
    expect(twice).toBe(`${DRAFTED}  text_sha256: ${'c'.repeat(64)}\n`);
    expect(edited(DRAFTED, { path: ['id'], value: 'amf-33-2027' })).toBe(DRAFTED.replace('id: amf-33-2026 # the', 'id: amf-33-2027 # the'));
  });

  it('adds a top-level key after the last one, and a key inside a flow mapping', () => {
    expect(edited(DRAFTED, { path: ['signed'], value: '2026-12-01' })).toBe(`${DRAFTED}signed: 2026-12-01\n`);
    const flow = edited(DRAFTED, { path: ['parties', 0, 'signatory', 'civility'], value: 'Mme' });
    expect(flow).toBe(DRAFTED.replace('role: Présidente }', 'role: Présidente, civility: "Mme" }'));
    expect(edited(DRAFTED, { path: ['parties', 0, 'signatory', 'name'], value: 'Anne, Marie' })).toContain('{ name: "Anne, Marie", role: Présidente }');
  });

  it('creates the missing mappings on the way (termination.notice_given)', () => {
    const text = edited(DRAFTED, { path: ['termination', 'notice_given'], value: '2027-01-10' }, { path: ['termination', 'by'], value: 'ad-maires-33' });
    expect(text.startsWith(DRAFTED)).toBe(true);
    expect(parse(text).termination).toEqual({ notice_given: '2027-01-10', by: 'ad-maires-33' });
  });

  it('removes a key and its lines, a folded text included', () => {
    const text = edited(DRAFTED, { path: ['notes'], value: undefined });
    expect(text).toBe(DRAFTED.replace('notes: >-\n  A folded note that a person wrote\n  over two lines.\n', ''));
    expect(edited(DRAFTED, { path: ['nothing', 'here'], value: undefined })).toBe(DRAFTED);
  });

  it('keeps the data of every bundled record but the edited field', () => {
    for (const name of ['amf-pole-emploi-2016', 'ave-pole-emploi-2010', 'ave-pole-emploi-2020', 'etat-pole-emploi-cnml-2010']) {
      const source = readFileSync(join(PROJECT, 'agreements/national', `${name}.yaml`), 'utf8');
      const text = edited(source, { path: ['place'], value: 'Bordeaux' }, { path: ['review_every'], value: 'P1Y' });
      const before = parse(source) as Record<string, unknown>;
      expect(parse(text)).toEqual({ ...before, place: 'Bordeaux', review_every: 'P1Y' });
      // Every comment line a person wrote is still there.
      for (const line of source.split('\n').filter((l) => l.trim().startsWith('#'))) expect(text).toContain(line);
    }
  });

  it('refuses a text that is not YAML, or not a mapping', () => {
    expect(editRecordText('a: [', [{ path: ['a'], value: 1 }])).toMatchObject({ ok: false });
    expect(editRecordText('- a\n', [{ path: ['a'], value: 1 }])).toMatchObject({ ok: false });
  });
});

describe('editRecordText on what it cannot do', () => {
  it('refuses a path through a scalar', () => {
    expect(editRecordText(DRAFTED, [{ path: ['place', 'x'], value: 1 }])).toMatchObject({ ok: false, message: '`place.x` goes through a value that is not a mapping' });
  });

  it('falls back to the Document API for a list item it cannot splice, comments kept', () => {
    const result = editRecordText(DRAFTED, [{ path: ['parties', 2], value: { org: 'etat' } }]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(parse(result.text).parties[2]).toEqual({ org: 'etat' });
    expect(result.text).toContain('# signed when the mayor is back');
    expect(result.text).toContain('# the Gironde one');
  });
});

describe('editRecordText at the edges of a file', () => {
  it('adds a key to a mapping that ends the file without a newline', () => {
    expect(edited('id: a\nprovenance:\n  template: t', { path: ['provenance', 'text_sha256'], value: 'f'.repeat(64) })).toBe(`id: a\nprovenance:\n  template: t\n  text_sha256: ${'f'.repeat(64)}\n`);
  });

  it('keeps a comment at the end of the last line where it is', () => {
    expect(edited('provenance:\n  template: t # mine\nid: a\n', { path: ['provenance', 'text_sha256'], value: 'ab' })).toBe('provenance:\n  template: t # mine\n  text_sha256: ab\nid: a\n');
  });
});
