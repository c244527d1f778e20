import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftConvention } from '../../src/draft/convention.js';
import { frameworkWarnings } from '../../src/draft/framework.js';
import { partnerProblems } from '../../src/draft/partner.js';
import { parseTemplate } from '../../src/draft/template.js';
import type { TemplateSpec } from '../../src/draft/template.js';
import { parseIsoDate } from '../../src/lifecycle/date.js';
import type { Agreement, IsoDate, Organization } from '../../src/types.js';
import { en, fr } from '../say.js';

const registry = new Map<string, Organization>([
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
  ['amf', { id: 'amf', name: 'AMF', kind: 'association' }],
  ['ad-maires-33', { id: 'ad-maires-33', name: 'Association des maires de la Gironde', kind: 'association' }],
]);
const amf: Agreement = { id: 'amf-pole-emploi-2016', title: 'Accord cadre national', kind: 'framework', level: 'national', parties: [{ org: 'amf' }, { org: 'pole-emploi' }], signed: '2016-11-16', term: { duration: 'P1Y', renewal: 'tacit' }, template: 'templates/amf-convention-locale.md.hbs' };

function spec(): TemplateSpec {
  const parsed = parseTemplate(en, readFileSync(new URL('../../templates/amf-convention-locale.md.hbs', import.meta.url), 'utf8'));
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed;
}
const BASE = {
  partenaire_id: 'ad-maires-33',
  partenaire_nom: 'Association des maires de la Gironde',
  partenaire_signataire: 'Marie Dupont',
  partenaire_signataire_civilite: 'Madame',
  direction_territoriale: 'Direction territoriale de la Gironde',
  directeur: 'Paul Martin',
  directeur_civilite: 'Monsieur',
  departement: '33',
  lieu_signature: 'Bordeaux',
};
const draft = (values: Record<string, unknown>, asOf = '2026-12-03', origins?: Map<string, string>) =>
  draftConvention(en, { id: 'x', framework: amf, spec: spec(), raw: new Map(Object.entries({ ...BASE, ...values }).filter(([, v]) => v !== undefined)), origins, registry, asOf, provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' } });
const ok = (d: ReturnType<typeof draft>) => {
  if (!d.ok) throw new Error(d.problems.join('\n'));
  return d;
};
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the French of a drafted convention', () => {
  it('names the département from its code, with its article', () => {
    expect(plain(ok(draft({})).document)).toContain('département de la Gironde (33)');
    expect(plain(ok(draft({ departement: '59' })).document)).toContain('département du Nord (59)');
    expect(plain(ok(draft({ departement: '40' })).document)).toContain('département des Landes (40)');
    expect(ok(draft({ departement: '40' })).record.title).toBe("Convention locale de partenariat entre l'Association des maires de la Gironde et France Travail (Landes)");
  });

  it('refuses a département code the official list does not have', () => {
    const d = draft({ departement: '999' });
    expect(d.ok ? [] : d.problems).toEqual(['département `999` is not in the official list of départements (INSEE, Etalab): give its INSEE code, e.g. 33 for Gironde']);
  });

  it('agrees roles and participles with each signatory’s civility, never « (e) »', () => {
    const woman = plain(ok(draft({})).document);
    expect(woman).toContain('représentée par Madame Marie Dupont, présidente, dûment habilitée');
    const man = plain(ok(draft({ partenaire_signataire: 'Jean Dupuis', partenaire_signataire_civilite: 'M.', directeur: 'Anne Morel', directeur_civilite: 'Mme' })).document);
    expect(man).toContain('représentée par Monsieur Jean Dupuis, président, dûment habilité');
    expect(man).toContain('représenté par Madame Anne Morel, directrice territoriale');
    expect(man).not.toMatch(/\(e\)/);
  });

  it('gives the partner its article: la Commune, le Syndicat, l’Association', () => {
    const commune = ok(draft({ partenaire_id: 'bordeaux', partenaire_nom: 'Commune de Bordeaux', partenaire_type: 'local-authority', partenaire_signataire_civilite: 'Monsieur', partenaire_signataire: 'Pierre Hurmic' }));
    const text = plain(commune.document);
    expect(text).toContain('**La Commune de Bordeaux**, collectivité territoriale');
    expect(text).toContain('Monsieur Pierre Hurmic, maire, dûment habilité à signer la présente convention par délibération du conseil municipal');
    expect(text).toContain('**Pour la Commune de Bordeaux**');
    const syndicat = plain(ok(draft({ partenaire_id: 'sivu', partenaire_nom: 'Syndicat intercommunal', partenaire_genre: 'masculin' })).document);
    expect(syndicat).toContain('**Le Syndicat intercommunal**');
    expect(syndicat).toContain('ci-après dénommé « le partenaire »');
  });

  it('writes « une fois » and « deux fois », and refuses a zero notice', () => {
    expect(plain(ok(draft({ comite_reunions: '1' })).document)).toContain('se réunit une fois par an');
    expect(plain(ok(draft({ comite_reunions: '21' })).document)).toContain('se réunit vingt et une fois par an');
    const zero = draft({ preavis: 'P0M' });
    expect(zero.ok ? [] : zero.problems).toEqual(['`preavis`: `P0M` is a zero duration: give a real one (P2M, P1Y), or choose none']);
  });

  it('refuses a convention with every axis of cooperation left out', () => {
    const d = draft({ axe_marche_travail: 'false', axe_projets: 'non', axe_indemnisation: false });
    expect(d.ok ? [] : d.problems).toEqual([expect.stringContaining('every axis of cooperation is set to false')]);
    expect(ok(draft({ axe_marche_travail: 'false', axe_projets: 'non' })).document).toContain('Axe 3');
  });

  it('names France Travail and says it succeeded Pôle emploi, as of the as-of day when no date is planned', () => {
    const d = ok(draft({}));
    expect(d.record.parties.map((p) => p.org)).toEqual(['ad-maires-33', 'france-travail']);
    expect(plain(d.document)).toContain('Pôle emploi, signataire de l\'accord-cadre national, est devenu France Travail le 1er janvier 2024');
    const before = ok(draft({ date_prevue: '2023-06-01' }, '2023-05-01'));
    expect(before.record.parties.map((p) => p.org)).toEqual(['ad-maires-33', 'pole-emploi']);
    expect(before.document).not.toContain('France Travail');
    expect(before.record.signed).toBeUndefined();
  });

  it('uses the record’s signature and start dates when it is rendered from a signed record', () => {
    const d = ok(draft({ date_signature: '2026-12-01', date_effet: '2027-01-01' }));
    expect(d.record).toMatchObject({ signed: '2026-12-01', effective: '2027-01-01' });
    expect(d.document).toContain('Fait à Bordeaux, le 1er décembre 2026, en deux exemplaires originaux.');
    expect(d.document).toContain('prend effet le 1er janvier 2027');
  });
});

describe('values a newcomer gets wrong', () => {
  it('reports a date in the French form once, with what to write', () => {
    const d = draft({ date_prevue: '01/12/2026' });
    expect(d.ok ? [] : d.problems).toEqual(['`date_prevue`: `01/12/2026` is not written YYYY-MM-DD: write 2026-12-01']);
  });

  it('reports a required value in a wrong form once, not also as missing', () => {
    const d = draft({ partenaire_signataire_civilite: 'Mademoiselle' });
    const problems = d.ok ? [] : d.problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('`Mademoiselle` is not one of Madame, Monsieur');
  });

  it('refuses an empty --set rather than taking the default silently', () => {
    const d = draft({ preavis: '' }, '2026-12-03', new Map([['preavis', '--set']]));
    expect(d.ok ? [] : d.problems).toEqual(['`preavis` is given empty: give a value, or leave the variable out to take its default']);
  });
});

describe('partnerProblems', () => {
  it('refuses a partner that is a party to the framework, or a successor of one', () => {
    expect(partnerProblems(en, amf, { id: 'pole-emploi', name: 'Pôle emploi' }, registry)).toEqual([expect.stringContaining('the partner `pole-emploi` is already a party to amf-pole-emploi-2016')]);
    expect(partnerProblems(en, amf, { id: 'france-travail', name: 'France Travail' }, registry)).toEqual([expect.stringContaining('the partner `france-travail` succeeded `pole-emploi`, a party to amf-pole-emploi-2016: it would be under contract with itself')]);
    expect(partnerProblems(en, amf, { id: 'amf', name: 'AMF' }, registry)).toHaveLength(1);
  });

  it('refuses a partner whose registry name differs from the name the text gives', () => {
    expect(partnerProblems(en, amf, { id: 'ad-maires-33', name: 'AD maires 33' }, registry)).toEqual(['the registry names `ad-maires-33` “Association des maires de la Gironde”, but the text would say “AD maires 33”: give `partenaire_nom=Association des maires de la Gironde`, or another `partenaire_id`']);
    expect(partnerProblems(en, amf, { id: 'ad-maires-33', name: 'Association des maires de la Gironde' }, registry)).toEqual([]);
    expect(partnerProblems(en, amf, { id: 'ad-maires-40', name: 'Association des maires des Landes' }, registry)).toEqual([]);
  });
});

describe('frameworkWarnings', () => {
  const day = (d: string) => parseIsoDate(d) as IsoDate;
  const ave2010: Agreement = { id: 'ave-2010', title: 'AVE 2010', kind: 'framework', level: 'national', parties: [{ org: 'pole-emploi' }, { org: 'ave' }], signed: '2010-02-11', term: { end: '2014-12-31', renewal: 'none' } };
  const ave2020: Agreement = { id: 'ave-2020', title: 'AVE 2020', kind: 'protocol', level: 'national', parties: [{ org: 'pole-emploi' }, { org: 'ave' }], signed: '2020-07-16', term: { end: '2020-12-31', renewal: 'none' }, supersedes: ['ave-2010'] };

  it('says nothing of a framework in force', () => {
    expect(frameworkWarnings(en, amf, [amf], day('2026-12-03'))).toEqual([]);
  });

  it('warns of an expired framework, and names the one that superseded it', () => {
    expect(frameworkWarnings(en, ave2020, [ave2010, ave2020], day('2026-12-03'))).toEqual(['warning: ave-2020 is expired as of 2026-12-03; the convention is drafted from it all the same']);
    expect(frameworkWarnings(en, ave2010, [ave2010, ave2020], day('2026-12-03'))).toEqual([
      'warning: ave-2010 is expired as of 2026-12-03; the convention is drafted from it all the same',
      'warning: ave-2010 was superseded by ave-2020 (in effect from 2020-07-16); consider drafting from it: accords new --from ave-2020',
    ]);
    // Before its successor took effect, only the end is said.
    expect(frameworkWarnings(en, ave2010, [ave2010, ave2020], day('2016-01-01'))).toHaveLength(1);
  });

  it('speaks French', () => {
    expect(frameworkWarnings(fr, ave2020, [ave2020], day('2026-12-03'))).toEqual(['attention : ave-2020 est expiré au 2026-12-03 ; la convention en est rédigée quand même']);
  });
});

describe('negotiated articles and annexes (the render-docx contract)', () => {
  it('places the local articles before the signatures and the annexes after them', () => {
    const d = ok(
      draftConvention(en, {
        id: 'x',
        framework: amf,
        spec: spec(),
        raw: new Map(Object.entries(BASE)),
        registry,
        asOf: '2026-12-03',
        companions: { clauses_locales: '## Article 12 – Clause négociée\n\nTexte.', annexes: '## Annexe 1 – Communes\n\nBordeaux.' },
        provenance: { template: 't', template_sha256: '0'.repeat(64), tool_version: 't' },
      }),
    );
    const text = d.document;
    const [before, rest] = text.split('<!-- accords:signatures -->\n') as [string, string];
    const [signatures, after] = rest.split('<!-- /accords:signatures -->\n') as [string, string];
    expect(before).toMatch(/font partie intégrante de la présente convention\.\n\n## Article 12 – Clause négociée\n\nTexte\.\n\n$/);
    expect(signatures).toMatch(/^## Signatures\n\nFait à Bordeaux, le …………… ?, en deux exemplaires originaux\.\n[\s\S]*\n\n$/);
    expect(signatures).toContain('**Pour l\'Association des maires de la Gironde**');
    expect(after).toBe('\n## Annexe 1 – Communes\n\nBordeaux.\n');
    expect(d.record.parties.map((p) => p.signatory?.role)).toEqual(['Présidente', 'Directeur territorial, Direction territoriale de la Gironde']);
    const without = ok(draft({})).document;
    expect(without).toContain("La présente convention ne comporte pas d'annexe.\n\n<!-- accords:signatures -->\n## Signatures\n");
    expect(without.endsWith('<!-- /accords:signatures -->\n')).toBe(true);
  });
});
