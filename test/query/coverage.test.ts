import { describe, expect, it } from 'vitest';
import type { Agreement, LoadedAgreement } from '../../src/types.js';
import { coverageOf, departementOfCommune, scaleOfTemplateRecord } from '../../src/query/coverage.js';
import { summary } from '../format/summary.js';

const record = (agreement: Partial<Agreement> & { id: string }): LoadedAgreement => ({ file: `agreements/local/${agreement.id}.yaml`, agreement: { title: agreement.id, kind: 'local', level: 'departmental', parties: [], ...agreement } as Agreement });
const departements = [
  { code: '33', name: 'Gironde', region: '75' },
  { code: '40', name: 'Landes', region: '75' },
  { code: '974', name: 'La Réunion', region: '04' },
];
const regions = [
  { code: '04', name: 'La Réunion' },
  { code: '75', name: 'Nouvelle-Aquitaine' },
];

describe('coverage', () => {
  const agreements = [
    record({ id: 'amf', kind: 'framework', level: 'national' }),
    record({ id: 'amf-33', parent: 'amf', territory: { departement: '33' } }),
    record({ id: 'amf-bordeaux', parent: 'amf', territory: { commune: '33063' } }),
    record({ id: 'amf-40', parent: 'amf', territory: { departement: '40' } }),
    record({ id: 'amf-33-avenant', kind: 'amendment', parent: 'amf', territory: { departement: '974' } }),
    record({ id: 'amf-nowhere', parent: 'amf' }),
    record({ id: 'cnml', kind: 'framework', level: 'national' }),
    record({ id: 'cnml-974', parent: 'cnml', level: 'regional', territory: { departement: '974' } }),
  ];
  const summaries = new Map(agreements.map((a) => [a.agreement.id, summary({ id: a.agreement.id, title: a.agreement.title, status: a.agreement.id === 'amf-40' ? 'draft' : 'in-force' })]));

  it('lists, for a département-level framework, the départements with a convention in force and those without', () => {
    const [amf] = coverageOf({ agreements, summaries, frameworks: [{ id: 'amf', scale: 'departement' }], departements, regions });
    expect(amf!.covered).toEqual([{ code: '33', name: 'Gironde', region: '75', in_force: ['amf-33', 'amf-bordeaux'], others: [] }]);
    // A draft is no coverage, but it is named; an amendment is not a convention.
    expect(amf!.uncovered).toEqual([
      { code: '40', name: 'Landes', region: '75', in_force: [], others: ['amf-40'] },
      { code: '974', name: 'La Réunion', region: '04', in_force: [], others: [] },
    ]);
  });

  it('lists regions for a regional framework, a convention placed by its département’s region', () => {
    const [cnml] = coverageOf({ agreements, summaries, frameworks: [{ id: 'cnml', scale: 'region' }], departements, regions });
    expect(cnml!.covered.map((p) => p.code)).toEqual(['04']);
    expect(cnml!.uncovered.map((p) => p.name)).toEqual(['Nouvelle-Aquitaine']);
  });

  it('finds a commune’s département and a template’s scale', () => {
    expect(['33063', '97411', '2A004', '98735'].map(departementOfCommune)).toEqual(['33', '974', '2A', '987']);
    expect(scaleOfTemplateRecord({ territory: { departement: '{{departement}}' } })).toBe('departement');
    expect(scaleOfTemplateRecord({ territory: { region: '{{region}}' } })).toBe('region');
    expect(scaleOfTemplateRecord({ kind: 'local' })).toBeUndefined();
  });
});
