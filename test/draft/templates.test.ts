import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftConvention } from '../../src/draft/convention.js';
import { checkTemplate } from '../../src/draft/render.js';
import { parseTemplate } from '../../src/draft/template.js';
import type { TemplateSpec } from '../../src/draft/template.js';
import type { Agreement, Organization } from '../../src/types.js';

const dir = new URL('../../templates/', import.meta.url);
const names = readdirSync(dir).filter((name) => name.endsWith('.md.hbs'));
const registry = new Map<string, Organization>([
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
]);
const framework: Agreement = { id: 'amf-pole-emploi-2016', title: "Accord cadre national entre l'AMF et Pôle emploi", kind: 'framework', level: 'national', parties: [{ org: 'amf' }, { org: 'pole-emploi' }], signed: '2016-11-16' };

function spec(name: string): TemplateSpec {
  const parsed = parseTemplate(readFileSync(new URL(name, dir), 'utf8'));
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed;
}

/** Every variable set to its example, or its default. */
function examples(s: TemplateSpec): Map<string, unknown> {
  return new Map(s.variables.filter((v) => v.example !== undefined).map((v) => [v.name, v.example]));
}

describe.each(names)('template %s', (name) => {
  it('declares what it uses and uses what it declares', () => expect(checkTemplate(spec(name))).toEqual([]));

  it('renders with its examples: no undefined, no {{, no HTML entity', () => {
    const draft = draftConvention({ id: 'exemple', framework, spec: spec(name), raw: examples(spec(name)), registry, provenance: { template: `templates/${name}`, template_sha256: '0'.repeat(64), tool_version: 'test' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    for (const text of [draft.document, JSON.stringify(draft.record)]) {
      expect(text).not.toMatch(/undefined|null|\{\{|&amp;|&#|&lt;|&quot;/);
    }
    expect(draft.record.parties.map((p) => p.org)).toContain('france-travail');
    expect(draft.document).toContain('France Travail');
    expect(draft.document).not.toContain('Pôle emploi,');
  });

  it('matches its golden file', () => {
    const draft = draftConvention({ id: 'exemple', framework, spec: spec(name), raw: examples(spec(name)), registry, provenance: { template: `templates/${name}`, template_sha256: '0'.repeat(64), tool_version: 'test' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    const golden = new URL(`./golden/${name.replace(/\.hbs$/, '')}`, import.meta.url);
    if (!existsSync(golden) && process.env.UPDATE_GOLDEN) {
      mkdirSync(new URL('./golden/', import.meta.url), { recursive: true });
      writeFileSync(golden, draft.document);
    }
    expect(draft.document).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('drafting with values that look like code', () => {
  it('keeps & and {{ exactly as typed', () => {
    const s = spec('amf-convention-locale.md.hbs');
    const raw = examples(s);
    raw.set('partenaire_nom', "Maison de l'emploi & de la formation {{directeur}} <b>");
    const draft = draftConvention({ id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.document).toContain("**Maison de l'emploi & de la formation {{directeur}} <b>**");
    expect(draft.record.title).toContain("Maison de l'emploi & de la formation {{directeur}} <b>");
  });

  it('names Pôle emploi for a convention signed before 2024', () => {
    const s = spec('amf-convention-locale.md.hbs');
    const raw = examples(s);
    raw.set('date_signature', '2017-03-02');
    const draft = draftConvention({ id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.record.parties.map((p) => p.org)).toEqual(['ad-maires-33', 'pole-emploi']);
    expect(draft.document).toContain('**Pôle emploi**, Direction territoriale de la Gironde');
    expect(draft.document).toContain('le 2 mars 2017');
  });

  it('lists every problem at once', () => {
    const s = spec('amf-convention-locale.md.hbs');
    const raw = new Map<string, unknown>([['date_signature', '2026-02-30'], ['duree', '1 an'], ['comite_reunions', 'deux'], ['departemnt', '33'], ['__proto__', 'x']]);
    const draft = draftConvention({ id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
    expect(draft.ok).toBe(false);
    const problems = draft.ok ? [] : draft.problems;
    expect(problems.join('\n')).toMatch(/date_signature.*not a calendar date/);
    expect(problems.join('\n')).toMatch(/duree.*ISO 8601/);
    expect(problems.join('\n')).toMatch(/comite_reunions.*whole number/);
    expect(problems.join('\n')).toMatch(/unknown variable `departemnt`.*did you mean `departement`/);
    expect(problems.join('\n')).toMatch(/`__proto__` is not an allowed variable name/);
    expect(problems.join('\n')).toMatch(/missing required variable `partenaire_nom`/);
  });
});
