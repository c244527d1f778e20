import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editRecordText } from '../../src/edit/edit-record.js';
import { en } from '../say.js';

const RECORD = `# yaml-language-server: $schema=../../schemas/agreement.schema.json
# A convention drafted for the Gironde.
id: amf-33-2026 # the file's stem
title: "Convention locale AMF 33"
kind: local
level: departmental
parties:
  # the partner first
  - org: ad-maires-33
    signatory: { name: Marie Dupont, role: Présidente }
  - org: france-travail
# planned start, agreed with the partner
effective: 2027-01-01
term:
  duration: P1Y # one year, as the national accord
  renewal: tacit
committee: { name: comité de pilotage, meetings_per_year: 1 }
parent: amf-pole-emploi-2016
territory: { departement: "33" }

# kept for the record
notes: 'Rédigée en novembre'
`;

function edit(text: string, ...edits: { path: (string | number)[]; value: unknown }[]): string {
  const result = editRecordText(text, edits);
  if (!result.ok) throw new Error(en.message(result.message));
  return result.text;
}

describe('editRecordText', () => {
  it('puts a new top-level key where SPEC §2 orders it, every other byte kept', () => {
    const out = edit(RECORD, { path: ['signed'], value: '2026-12-01' });
    expect(out).toBe(RECORD.replace('  - org: france-travail\n', '  - org: france-travail\nsigned: 2026-12-01\n'));
    expect(parse(out).signed).toBe('2026-12-01');
  });

  it('puts signed and place together after parties, termination after territory', () => {
    const out = edit(RECORD, { path: ['signed'], value: '2026-12-01' }, { path: ['place'], value: 'Bordeaux' }, { path: ['termination'], value: { notice_given: '2027-06-01', by: 'ad-maires-33' } });
    expect(out).toContain('  - org: france-travail\nsigned: 2026-12-01\nplace: Bordeaux\n# planned start');
    expect(out).toContain('territory: { departement: "33" }\ntermination:\n  notice_given: 2027-06-01\n  by: ad-maires-33\n\n# kept for the record\n');
  });

  it('replaces a scalar in place, keeping the comment beside it', () => {
    const out = edit(RECORD, { path: ['term', 'duration'], value: 'P2Y' });
    expect(out).toBe(RECORD.replace('duration: P1Y # one year', 'duration: P2Y # one year'));
  });

  it('replaces a quoted value and keeps the rest', () => {
    const out = edit(RECORD, { path: ['title'], value: 'Convention: AMF 33' });
    expect(parse(out).title).toBe('Convention: AMF 33');
    expect(out.replace(/^title: .*$/m, '')).toBe(RECORD.replace(/^title: .*$/m, ''));
  });

  it('adds a key inside a nested block mapping in its order', () => {
    const out = edit(RECORD, { path: ['term', 'renewal_period'], value: 'P1Y' });
    expect(out).toContain('  renewal: tacit\n  renewal_period: P1Y\ncommittee:');
  });

  it('edits and extends a flow mapping in its own style', () => {
    const out = edit(RECORD, { path: ['committee', 'meetings_per_year'], value: 2 }, { path: ['territory', 'commune'], value: '33063' });
    expect(out).toContain('committee: { name: comité de pilotage, meetings_per_year: 2 }\n');
    expect(out).toContain('territory: { departement: "33", commune: "33063" }\n');
  });

  it('deletes a key with its line, keeping the comments around it', () => {
    const out = edit(RECORD, { path: ['parent'], value: undefined });
    expect(out).toBe(RECORD.replace('parent: amf-pole-emploi-2016\n', ''));
  });

  it('writes a whole nested mapping under a new key', () => {
    const out = edit(RECORD, { path: ['signed_copy', 'file'], value: 'scans/a b.pdf' }, { path: ['signed_copy', 'sha256'], value: 'ab'.repeat(32) });
    expect(parse(out).signed_copy).toEqual({ file: 'scans/a b.pdf', sha256: 'ab'.repeat(32) });
    expect(out.indexOf('signed_copy')).toBeGreaterThan(out.indexOf('effective:'));
    expect(out.indexOf('signed_copy')).toBeLessThan(out.indexOf('term:'));
  });

  it('keeps CRLF line ends', () => {
    const crlf = RECORD.replace(/\n/g, '\r\n');
    const out = edit(crlf, { path: ['signed'], value: '2026-12-01' }, { path: ['termination'], value: { ended: '2027-03-31' } });
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
    expect(out).toContain('\r\nsigned: 2026-12-01\r\n');
    expect(parse(out).termination).toEqual({ ended: '2027-03-31' });
  });

  it('replaces a whole mapping value (termination --force)', () => {
    const once = edit(RECORD, { path: ['termination'], value: { notice_given: '2027-06-01', by: 'ad-maires-33' } });
    const twice = edit(once, { path: ['termination'], value: { ended: '2027-03-31' } });
    expect(parse(twice).termination).toEqual({ ended: '2027-03-31' });
    expect(twice).toContain('# kept for the record');
  });

  it('fills an empty value', () => {
    const out = edit('id: a\ntitle: T\nkind: local\nlevel: local\nparties: []\nparent:\ntags: [x]\n', { path: ['parent'], value: 'amf' });
    expect(out).toBe('id: a\ntitle: T\nkind: local\nlevel: local\nparties: []\nparent: amf\ntags: [x]\n');
  });

  it('adds at the end of a file without a final line end', () => {
    const out = edit('id: a\nkind: local', { path: ['tags'], value: ['x'] });
    expect(parse(out)).toEqual({ id: 'a', kind: 'local', tags: ['x'] });
  });

  it('refuses what it cannot do without losing a comment', () => {
    const text = 'id: a\nterm:\n  duration: P1Y # why one year\n  renewal: tacit\n';
    const result = editRecordText(text, [{ path: ['term'], value: 'x' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(en.message(result.message)).toContain('why one year');
  });

  it('refuses a text that is not YAML or not a mapping', () => {
    expect(editRecordText('id: [', [{ path: ['id'], value: 'b' }]).ok).toBe(false);
    expect(editRecordText('- a\n', [{ path: ['id'], value: 'b' }]).ok).toBe(false);
  });
});

describe('editRecordText with nothing to change', () => {
  it('touches no byte when the value is already there (a quoted date stays quoted)', () => {
    const text = 'id: a\nsigned: "2026-12-01" # signé\n';
    expect(editRecordText(text, [{ path: ['signed'], value: '2026-12-01' }, { path: ['place'], value: undefined }])).toEqual({ ok: true, text });
  });
});

describe('editRecordText with keys that need quotes', () => {
  it('quotes a new key as YAML must', () => {
    const out = editRecordText('id: a\nprovenance:\n  variables:\n    x: 1\n', [{ path: ['provenance', 'variables', 'a: b'], value: 'c' }]);
    expect(out.ok && parse(out.text).provenance.variables).toEqual({ x: 1, 'a: b': 'c' });
  });
});
