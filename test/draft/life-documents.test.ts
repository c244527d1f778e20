import { describe, expect, it } from 'vitest';
import type { Agreement, ChangePath, Organization } from '../../src/types.js';
import { amendmentData, changeSentence, letterData, partiesOn, renderLifeDocument } from '../../src/draft/life-documents.js';

const registry = new Map<string, Organization>([
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
  ['amf', { id: 'amf', name: 'AMF', kind: 'association' }],
]);

const convention: Agreement = {
  id: 'c',
  title: 'Convention locale',
  kind: 'local',
  level: 'local',
  parties: [{ org: 'amf', signatory: { name: 'A. Maire', role: 'Président' } }, { org: 'pole-emploi', signatory: { name: 'P. Emploi' } }],
  signed: '2023-06-01',
  term: { duration: 'P1Y', renewal: 'tacit' },
  notice: { period: 'P2M' },
  committee: { name: 'comité de suivi', meetings_per_year: 2 },
  sources: [{ document: 'd.txt', clause: 'Article 4', quote: 'texte' }, { document: 'd.txt', clause: 'Article 5', quote: 'reconduction', fields: ['term'] } as never],
};

describe('changeSentence', () => {
  const cases: [ChangePath, string | number, string][] = [
    ['term.end', '2028-12-31', 'La convention prend fin le 31 décembre 2028, dernier jour de son application.'],
    ['term.duration', 'P2Y', 'La durée de la convention est portée à deux ans.'],
    ['term.duration', 'P1Y6M', 'La durée de la convention est portée à un an et six mois.'],
    ['term.renewal', 'express', 'La convention ne peut être reconduite que de manière expresse, par avenant signé des parties.'],
    ['term.renewal_period', 'P6M', 'La durée de chaque période de reconduction est fixée à six mois.'],
    ['term.max_renewals', 3, 'La convention peut être reconduite tacitement trois fois au plus.'],
    ['term.max_renewals', 1, 'La convention peut être reconduite tacitement une fois au plus.'],
    ['term.max_renewals', 0, 'La convention ne peut pas être reconduite tacitement.'],
    ['notice.period', 'P3M', 'Le délai de préavis de dénonciation est fixé à trois mois.'],
    ['review_every', 'P1Y', 'La convention fait l’objet d’un examen par les parties selon une périodicité d’un an.'],
    ['review_every', 'P2Y', 'La convention fait l’objet d’un examen par les parties selon une périodicité de deux ans.'],
  ];
  it.each(cases)('%s = %s', (path, value, sentence) => expect(changeSentence(path, value)).toBe(sentence));
  it('names the committee', () => expect(changeSentence('committee.meetings_per_year', 1, 'comité de suivi')).toBe('Le comité de suivi se réunit une fois par an.'));
  it('says each notice mode', () => {
    expect(changeSentence('notice.applies', 'any-time')).toContain('à tout moment');
    expect(changeSentence('notice.applies', 'before-renewal')).toContain('avant l’échéance');
  });
});

describe('partiesOn', () => {
  it('names the successor from its date, without the predecessor’s signatory', () => {
    expect(partiesOn(convention, '2023-12-31', registry).map((p) => p.nom)).toEqual(['AMF', 'Pôle emploi']);
    expect(partiesOn(convention, '2024-01-01', registry)).toEqual([
      { id: 'amf', nom: 'AMF', signataire: 'A. Maire', qualite: 'Président' },
      { id: 'france-travail', nom: 'France Travail' },
    ]);
  });
});

describe('letterData', () => {
  it('takes the clause from the source that supports the term or notice, dates and period in words', () => {
    const data = letterData({ agreement: convention, by: 'pole-emploi', date: '2025-09-01', lastDay: '2025-09-15', registry });
    expect(data).toMatchObject({ clause: 'Article 5', citation: 'reconduction', preavis: 'deux (2) mois', dernier_jour: '15 septembre 2025', date: '1er septembre 2025', convention_date: '1er juin 2023' });
    // Pôle emploi's notice is France Travail's in 2025; the other party receives it.
    expect((data.expediteur as { nom: string }).nom).toBe('France Travail');
    expect((data.destinataires as { nom: string }[]).map((p) => p.nom)).toEqual(['AMF']);
  });
});

describe('amendmentData and the template', () => {
  it('gives one article per change, then the closing article', () => {
    const amendment: Agreement = { ...convention, id: 'a', kind: 'amendment', signed: undefined, parent: 'c', changes: { 'term.duration': 'P2Y', 'notice.period': 'P1M' } };
    delete (amendment as { signed?: string }).signed;
    const data = amendmentData({ amendment, parent: convention, number: 2, date: '2025-01-01', registry });
    expect(data).toMatchObject({ numero: 2, article_final: 3, date: '', exemplaires: 'deux' });
    const rendered = renderLifeDocument('{{#each articles}}{{numero}}. {{texte}}\n{{/each}}', data);
    expect(rendered).toEqual({ text: '1. La durée de la convention est portée à deux ans.\n2. Le délai de préavis de dénonciation est fixé à un mois.\n' });
  });

  it('never escapes nor evaluates a value', () => {
    expect(renderLifeDocument('{{nom}}', { nom: "Maison de l'emploi & {{x}}" })).toEqual({ text: "Maison de l'emploi & {{x}}" });
  });
});
