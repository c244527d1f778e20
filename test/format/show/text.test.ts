import { describe, expect, it } from 'vitest';
import { PLAIN } from '../../../src/format/paint.js';
import { text } from '../../../src/format/show/text.js';
import type { AgreementDetail } from '../../../src/format/show/types.js';
import { nextDates } from '../../../src/query/next.js';
import { viewOf } from '../../../src/query/summary.js';
import type { Agreement, IsoDate, Organization } from '../../../src/types.js';
import { en, fr } from '../../say.js';

const registry = new Map<string, Organization>([
  ['amf', { id: 'amf', name: 'AMF', kind: 'association' }],
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
]);
const asOf = '2026-11-22';

/** What `accords show` hands the formatter for a record, as of 2026-11-22 (built as src/commands/show.ts builds it). */
function show(agreement: Agreement, { warnings = [] as string[], say = en } = {}): string {
  const { timeline: t, summary, fields } = viewOf({ agreement, file: 'agreements/national/amf.yaml' }, asOf as IsoDate, true);
  const detail: AgreementDetail = { ...summary, terms: t.terms, reviews: t.reviews, final_end: t.final_end, events: nextDates(fields, t, asOf as IsoDate), amendments: [] };
  return text({ detail, agreement, warnings: [...t.warnings.map((w) => say.message(w)), ...warnings], children: ['amf-33-2017'], supersededBy: [], fields }, { say, paint: PLAIN, asOf, registry });
}

const amf: Agreement = {
  id: 'amf-2016',
  title: 'Accord cadre',
  kind: 'framework',
  level: 'national',
  parties: [{ org: 'amf' }, { org: 'pole-emploi' }],
  signed: '2016-11-16',
  place: 'Paris',
  term: { duration: 'P1Y', renewal: 'tacit', renewal_period: 'P1Y', max_renewals: 20 },
  notice: { period: 'P2M' },
  review_every: 'P3Y',
  committee: { name: 'comité de pilotage', meetings_per_year: 2 },
  sources: [
    { document: 'convention.pdf', clause: 'Article 5', quote: 'renouvelée par tacite reconduction' },
    { document: 'convention.pdf', clause: 'Article 6', quote: 'un préavis de deux mois' },
  ],
};
const ended: Agreement = { ...amf, id: 'amf-ended', term: { end: '2020-12-31', renewal: 'express' }, termination: { notice_given: '2020-06-01', by: 'amf', ended: '2020-09-30' }, sources: undefined };

describe('show as text', () => {
  it('is in English by default', () => {
    const out = show(amf);
    expect(out).toContain('framework · national · in-force as of 2026-11-22\n');
    expect(out).toContain('Pôle emploi [pole-emploi] → now France Travail (since 2024-01-01)');
    expect(out).toContain('  term       1 year from the first day in force, renewed tacitly for 1 year, at most 20 times\n');
    expect(out).toContain('  notice     2 months before each renewal\n');
    expect(out).toContain('  review     every 3 years\n');
    expect(out).toContain('  committee  comité de pilotage, 2 meetings a year\n');
    expect(out).toContain('  derived    1: amf-33-2017\n');
    expect(out).toContain('  notice deadline  2027-09-15 (in 297 days) — last day to give notice against that renewal [Article 6: « un préavis de deux mois »]\n');
    expect(out).toContain('  end              2037-11-15 (in 4011 days) (last day in force) [Article 5: « renouvelée par tacite reconduction »] — non-working day: the last working day before it is 2037-11-13\n');
    // Two meetings a year from 2016-11-16, none recorded: the first was due on 2017-05-16.
    expect(out).toContain('overdue since 2017-05-16');
    expect(out).toContain('\nSources\n  convention.pdf, Article 5: « renouvelée par tacite reconduction »\n');
    expect(out.endsWith('\nfile: agreements/national/amf.yaml\n')).toBe(true);
  });

  it('is in French in French, dates in words but in the table of terms', () => {
    expect(show(amf, { say: fr }).replace(/\n {2}\d+ .*/g, '')).toBe(
      [
        'amf-2016 — Accord cadre',
        'accord-cadre · national · en vigueur au 22 novembre 2026',
        '',
        '  parties    AMF [amf]',
        '             Pôle emploi [pole-emploi] → désormais France Travail (depuis le 1er janvier 2024)',
        '  signature  16 novembre 2016, Paris',
        '  durée      1 an à compter de l’entrée en vigueur, reconduction tacite pour 1 an, 20 fois au plus',
        '  préavis    2 mois avant chaque reconduction',
        '  réexamen   tous les 3 ans',
        '  comité     comité de pilotage, 2 réunions par an',
        '  dérivés    1 : amf-33-2017',
        '',
        'Périodes',
        '',
        'À venir',
        '  reconduction            16 novembre 2027 (dans 359 jours) [Article 5 : « renouvelée par tacite reconduction »]',
        '  date limite de préavis  15 septembre 2027 (dans 297 jours) — dernier jour pour notifier un préavis avant cette reconduction [Article 6 : « un préavis de deux mois »]',
        '  réexamen                16 novembre 2028 (dans 725 jours)',
        '  fin                     15 novembre 2037 (dans 4011 jours) (dernier jour en vigueur) [Article 5 : « renouvelée par tacite reconduction »] — jour non ouvré : dernier jour ouvré avant 13 novembre 2037',
        '',
        'Passé',
        '  réunion du comité  en retard depuis le 16 mai 2017',
        '',
        'Sources',
        '  convention.pdf, Article 5 : « renouvelée par tacite reconduction »',
        '  convention.pdf, Article 6 : « un préavis de deux mois »',
        '',
        'fichier : agreements/national/amf.yaml',
        '',
      ].join('\n'),
    );
    expect(show(amf, { say: fr })).toContain('  11  2026-11-16 → 2027-11-15  en cours\n');
  });

  it('explains an ended agreement in French, in the past tense', () => {
    const out = show(ended, { say: fr });
    expect(out).toContain('accord-cadre · national · résilié au 22 novembre 2026\n');
    expect(out).toContain('jusqu’au 31 décembre 2020, reconduction uniquement sur décision expresse\n');
    expect(out).toContain('préavis reçu le 1er juin 2020, de la part de amf, fin le 30 septembre 2020\n');
    expect(out).toContain('\nÀ venir\n  rien à venir\n\nPassé\n  a pris fin  le 30 septembre 2020 (il y a 2244 jours), dernier jour en vigueur\n');
    expect(out).not.toMatch(/À venir\n(  .*\n)*.*il y a/);
    const unknown = show({ ...amf, signed: null }, { say: fr });
    expect(unknown).toContain('oui, date inconnue');
    expect(unknown).toContain('⚠ statut inconnu : signé, mais la date de signature n’est pas connue');
  });
});
