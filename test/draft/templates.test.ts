import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftConvention } from '../../src/draft/convention.js';
import { checkTemplate } from '../../src/draft/render.js';
import { parseTemplate } from '../../src/draft/template.js';
import type { TemplateSpec } from '../../src/draft/template.js';
import { parseYaml } from '../../src/parse/yaml.js';
import type { Agreement, Organization } from '../../src/types.js';
import { en, fr } from '../say.js';

const dir = new URL('../../templates/', import.meta.url);
const names = readdirSync(dir).filter((name) => name.endsWith('.md.hbs'));
const registry = new Map<string, Organization>([
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
]);
const framework: Agreement = { id: 'amf-pole-emploi-2016', title: "Accord cadre national entre l'AMF et Pôle emploi", kind: 'framework', level: 'national', parties: [{ org: 'amf' }, { org: 'pole-emploi' }], signed: '2016-11-16' };

function spec(name: string): TemplateSpec {
  const parsed = parseTemplate(en, readFileSync(new URL(name, dir), 'utf8'));
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed;
}

/** Every variable set to its example, or its default. */
function examples(s: TemplateSpec): Map<string, unknown> {
  return new Map(s.variables.filter((v) => v.example !== undefined).map((v) => [v.name, v.example]));
}

/** The bundled national records, by the template they serve as a model with. */
const nationalDir = new URL('../../agreements/national/', import.meta.url);
const nationals = readdirSync(nationalDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parseYaml(readFileSync(new URL(f, nationalDir), 'utf8')).value as Agreement);
const pairs = names.flatMap((name) => nationals.filter((n) => n.template === `templates/${name}`).map((n) => [name, n] as const));

describe.each(names)('template %s', (name) => {
  it('declares what it uses and uses what it declares', () => expect(checkTemplate(en, spec(name))).toEqual([]));

  it('is the model of at least one bundled framework', () => expect(pairs.some(([n]) => n === name)).toBe(true));
});

describe.each(pairs.map(([name, national]) => [name, national.id, national] as const))('template %s from %s', (name, _id, national) => {
  const drafted = () => {
    const draft = draftConvention(en, { id: 'exemple', framework: national, spec: spec(name), raw: examples(spec(name)), registry, provenance: { template: `templates/${name}`, template_sha256: '0'.repeat(64), tool_version: 'test' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    return draft;
  };

  it('renders with its examples: no undefined, no {{, no HTML entity, no « (e) »', () => {
    const draft = drafted();
    for (const text of [draft.document, JSON.stringify(draft.record)]) {
      expect(text).not.toMatch(/undefined|null|\{\{|&amp;|&#|&lt;|&quot;|\(e\)/);
    }
    expect(draft.record.parties.map((p) => p.org)).toContain('france-travail');
    expect(draft.document).toContain('France Travail');
    expect(draft.document).not.toContain('**Pôle emploi**');
  });

  it('is a draft: no signed, no effective, the date left blank', () => {
    const draft = drafted();
    expect(draft.record.signed).toBeUndefined();
    expect(draft.record.effective).toBeUndefined();
    expect(draft.document).toMatch(/Fait à Bordeaux, le …………… ?, en (deux|trois) exemplaires originaux\./);
    expect(draft.document).not.toContain('1er décembre 2026');
    expect(draft.document).toContain('prend effet à la date de sa signature');
  });

  it('matches its golden file', () => {
    const draft = drafted();
    const golden = new URL(`./golden/${name.replace(/\.md\.hbs$/, '')}--${national.id}.md`, import.meta.url);
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
    const draft = draftConvention(en, { id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.document).toContain("**La Maison de l'emploi & de la formation {{directeur}} <b>**");
    expect(draft.record.title).toContain("Maison de l'emploi & de la formation {{directeur}} <b>");
  });

  it('names Pôle emploi for a convention signed before 2024', () => {
    const s = spec('amf-convention-locale.md.hbs');
    const raw = examples(s);
    raw.set('date_signature', '2017-03-02');
    const draft = draftConvention(en, { id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.record.parties.map((p) => p.org)).toEqual(['ad-maires-33', 'pole-emploi']);
    expect(draft.document).toContain('**Pôle emploi**, institution nationale publique');
    expect(draft.document).not.toContain('France Travail');
    // Rendered from a signed record: the text carries its signature date.
    expect(draft.record.signed).toBe('2017-03-02');
    expect(draft.document).toContain('Fait à Bordeaux, le 2 mars 2017');
    expect(draft.document).toContain('prend effet le 2 mars 2017, date de sa signature');
  });

  it('lists every problem at once', () => {
    const s = spec('amf-convention-locale.md.hbs');
    const raw = new Map<string, unknown>([['date_signature', '2026-02-30'], ['duree', '1 an'], ['comite_reunions', 'deux'], ['departemnt', '33'], ['__proto__', 'x']]);
    const draft = draftConvention(en, { id: 'x', framework, spec: s, raw, registry, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
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

describe('problems in French', () => {
  const provenance = { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' };

  it('lists a convention’s problems in French', () => {
    const raw = new Map<string, unknown>([['date_signature', '2026-02-30'], ['departemnt', '33']]);
    const draft = draftConvention(fr, { id: 'x', framework, spec: spec('amf-convention-locale.md.hbs'), raw, registry, provenance });
    const problems = draft.ok ? [] : draft.problems;
    expect(problems).toContain('variable inconnue `departemnt` : vouliez-vous dire `departement` ?');
    expect(problems).toContain('`date_signature` : `2026-02-30` n’est pas une date du calendrier écrite AAAA-MM-JJ');
    expect(problems.some((p) => p.startsWith('variable obligatoire manquante `partenaire_nom` : '))).toBe(true);
  });

  it('checks a template’s front matter in French', () => {
    expect(parseTemplate(fr, 'pas d’en-tête')).toEqual({ problems: ['le modèle doit commencer par un en-tête YAML entre deux lignes `---` (description, variables, record)'] });
    const text = '---\nvariables:\n  - name: Bad\n    type: texte\n  - name: n\n    type: integer\n    description: nombre\n    default: deux\n    couleur: bleu\n---\ncorps\n';
    expect(parseTemplate(fr, text)).toEqual({
      problems: [
        'variables[0] : le nom `Bad` doit être fait de lettres minuscules, de chiffres et de _',
        'variables[0] (Bad) : type doit être l’un de string, date, duration, integer, boolean, enum',
        'variables[0] (Bad) : il manque une description',
        'variables[1] (n) : clé inconnue `couleur`',
        'variables[1] (n) : default `deux` n’est pas un nombre entier',
        'il manque à l’en-tête YAML un bloc `record:` (la fiche de l’accord à rédiger)',
      ],
    });
  });

  it('says in French what a template uses without declaring, and what fails to render', () => {
    const parsed = parseTemplate(fr, '---\nvariables:\n  - name: lieu\n    type: string\n    description: Lieu\n  - name: inutile\n    type: string\n    description: Rien\nrecord:\n  place: "{{inconnu}}"\n---\nFait à {{lieu}}\n');
    if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
    expect(checkTemplate(fr, parsed)).toEqual(['`inconnu` est utilisé mais pas déclaré', 'la variable `inutile` est déclarée mais jamais utilisée']);
    const draft = draftConvention(fr, { id: 'x', framework, spec: parsed, raw: new Map([['lieu', 'Bordeaux']]), registry, provenance });
    expect(draft.ok ? [] : draft.problems).toEqual(['impossible d’appliquer le modèle : `inconnu` ne fait pas partie de ses variables (déclarez-la sous `variables:` ou corrigez le nom)']);
  });
});

describe('a name the template does not declare', () => {
  const provenance = { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' };
  const template = (body: string) => {
    const parsed = parseTemplate(en, `---\nvariables:\n  - name: lieu\n    type: string\n    description: Lieu\nrecord:\n  place: "{{lieu}}"\n---\n${body}`);
    if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
    return parsed;
  };

  it('is placed at its line and column in the template file', () => {
    const draft = draftConvention(en, { id: 'x', framework, spec: template('Convention\n\nFait à {{lieux}}\n'), raw: new Map([['lieu', 'Bordeaux']]), registry, provenance });
    expect(draft.ok ? [] : draft.problems).toEqual(['the template cannot be rendered: line 11, column 10: `lieux` is not one of its variables (declare it under `variables:` or correct the name)']);
  });

  it('may be called like an Object method without reaching the prototype', () => {
    const draft = draftConvention(en, { id: 'x', framework, spec: template('{{constructor}}\n'), raw: new Map([['lieu', 'Bordeaux']]), registry, provenance });
    expect(draft.ok ? [] : draft.problems).toEqual(['the template cannot be rendered: line 9, column 3: `constructor` is not one of its variables (declare it under `variables:` or correct the name)']);
  });
});
