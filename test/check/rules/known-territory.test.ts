import { describe, expect, it } from 'vitest';
import { knownTerritory } from '../../../src/check/rules/known-territory.js';
import type { EtalabLists } from '../../../src/check/territories.js';
import { communeName, compactTerritories, departementOfCommune } from '../../../src/check/territories.js';
import { loadTerritories } from '../../../src/load/territories.js';
import { en, fr } from '../../say.js';
import { worded } from '../../worded.js';
import type { Territory } from '../../../src/types.js';
import { agreement, input } from './input.js';


/** A few real entries of Etalab's lists, in their own shape. */
const LISTS: EtalabLists = {
  version: 'test',
  regions: [
    { code: '75', nom: 'Nouvelle-Aquitaine' },
    { code: '11', nom: 'Île-de-France' },
    { code: '94', nom: 'Corse' },
  ],
  departements: [
    { code: '33', nom: 'Gironde', region: '75' },
    { code: '40', nom: 'Landes', region: '75' },
    { code: '75', nom: 'Paris', region: '11' },
    { code: '2A', nom: 'Corse-du-Sud', region: '94' },
  ],
  communes: [
    { code: '33063', nom: 'Bordeaux', type: 'commune-actuelle', departement: '33', anciensCodes: ['33110'], codesPostaux: ['33000', '33100'] },
    { code: '40192', nom: 'Mont-de-Marsan', type: 'commune-actuelle', departement: '40', codesPostaux: ['40000'] },
    { code: '75056', nom: 'Paris', type: 'commune-actuelle', departement: '75', codesPostaux: ['75001'] },
    { code: '75101', nom: 'Paris 1er Arrondissement', type: 'arrondissement-municipal', departement: '75', commune: '75056' },
    { code: '2A004', nom: 'Ajaccio', type: 'commune-actuelle', departement: '2A' },
    { code: '40001', nom: 'Ancienne commune', type: 'commune-deleguee', departement: '40', chefLieu: '40192' },
  ],
  epci: [{ code: '243300316', nom: 'Bordeaux Métropole', membres: [{ code: '33063' }] }],
};
const DATA = compactTerritories(LISTS);

const checkIn = (say: typeof en) => (territory: Territory, territories: (() => typeof DATA | undefined) | null = () => DATA) =>
  worded(say, [...knownTerritory.check({ ...input([agreement({ id: 'amf-33-2017', territory })]), ...(territories ? { territories } : {}) })]).map((p) => ({ path: p.path.join('.'), message: p.message, hint: p.hint }));
const check = checkIn(en);
const checkFr = checkIn(fr);


describe('the compact lists', () => {
  it('find a commune by its code, and its département by the code', () => {
    expect(communeName(DATA, '33063')).toBe('Bordeaux');
    expect(communeName(DATA, '75101')).toBe('Paris 1er Arrondissement');
    expect(communeName(DATA, '33064')).toBeUndefined();
    expect(communeName(DATA, '40001')).toBeUndefined();
    expect(departementOfCommune('2A004')).toBe('2A');
    expect(departementOfCommune('97411')).toBe('974');
  });

  it('keep former codes and postcodes that are no commune’s code', () => {
    expect(DATA.former).toEqual({ '40001': '40192', '33110': '33063' });
    expect(DATA.postcodes).toEqual({ '33000': '33063', '33100': '33063', '40000': '40192', '75001': '75056' });
    expect(DATA.epci['243300316']).toEqual(['Bordeaux Métropole', '33']);
  });

  it('are built from the installed Etalab package and hold every commune of France', () => {
    const data = loadTerritories()!;
    expect(communeName(data, '33063')).toBe('Bordeaux');
    expect(data.departements['33']).toEqual(['75', 'Gironde']);
    expect(data.regions['75']).toBe('Nouvelle-Aquitaine');
    expect(data.epci['243300316']![0]).toMatch(/Bordeaux Métropole/);
    const communes = Object.values(data.communes).reduce((n, text) => n + text.split('\n').length - 2, 0);
    expect(communes).toBeGreaterThan(34_000);
  });
});

describe('known-territory', () => {
  it('passes codes that exist and fit together', () => {
    expect(check({ region: '75', departement: '33', commune: '33063', epci: '243300316' })).toEqual([]);
    expect(check({ departement: '2A', commune: '2A004' })).toEqual([]);
    expect(check({ commune: '75101' })).toEqual([]);
  });

  it('flags a commune that is not in the stated département, at the commune, naming its real one', () => {
    expect(check({ departement: '40', commune: '33063' })).toEqual([
      { path: 'territory.commune', message: 'the commune Bordeaux (33063) is in the département Gironde (33), not in Landes (40)', hint: 'check both codes: for this one, write departement: "33"' },
    ]);
  });

  it('flags a département that is not in the stated région, and a commune outside the région when no département is stated', () => {
    expect(check({ region: '11', departement: '33' })).toEqual([
      { path: 'territory.departement', message: 'the département Gironde (33) is in the région Nouvelle-Aquitaine (75), not in Île-de-France (11)', hint: 'check both codes: for this one, write region: "75"' },
    ]);
    expect(check({ region: '11', commune: '33063' })[0]!.message).toBe('the commune Bordeaux (33063) is in the région Nouvelle-Aquitaine (75), not in Île-de-France (11)');
  });

  it('says what an unknown code may be: Corsica, a postcode, a merged commune, the région of the département', () => {
    expect(check({ departement: '20' })[0]).toEqual({ path: 'territory.departement', message: 'no département has the INSEE code 20', hint: 'Corsica has two départements: 2A (Corse-du-Sud) and 2B (Haute-Corse)' });
    expect(check({ commune: '33000' })[0]!.hint).toBe('33000 is a postcode, of Bordeaux (33063): write the INSEE code');
    expect(check({ commune: '40001' })[0]!.hint).toBe('40001 is no longer a commune: it is part of Mont-de-Marsan (40192) now');
    expect(check({ commune: '33999' })[0]!.hint).toBe('no such commune in Gironde (33): the INSEE code is not the postcode');
    expect(check({ region: '12', departement: '33' })[0]).toEqual({ path: 'territory.region', message: 'no région has the INSEE code 12', hint: 'the département Gironde (33) is in the région Nouvelle-Aquitaine (75)' });
    expect(check({ region: '75', departement: '99' })[0]!.hint).toBe('the départements of Nouvelle-Aquitaine (75): 33 Gironde, 40 Landes');
  });

  it('checks an EPCI exists and has members in the stated département', () => {
    expect(check({ epci: '200000000' })[0]!.message).toBe('no EPCI has the SIREN 200000000');
    expect(check({ departement: '40', epci: '243300316' })[0]!.message).toBe('Bordeaux Métropole (243300316) has no member commune in the département Landes (40) (its départements: 33)');
  });

  it('speaks French', () => {
    expect(checkFr({ departement: '40', commune: '33063' })[0]!.message).toBe('la commune Bordeaux (33063) appartient au département Gironde (33), pas au département Landes (40)');
  });

  it('asks for the lists only when a record has a territory, and once', () => {
    let asked = 0;
    const territories = () => (asked++, DATA);
    expect([...knownTerritory.check({ ...input([agreement({ id: 'a' }), agreement({ id: 'b' })]), territories })]).toEqual([]);
    expect(asked).toBe(0);
    const records = [agreement({ id: 'a', territory: { commune: '33064' } }), agreement({ id: 'b', territory: { commune: '33065' } })];
    expect([...knownTerritory.check({ ...input(records), territories })]).toHaveLength(2);
    expect(asked).toBe(1);
  });

  it('stays silent without the lists', () => {
    expect(check({ commune: '99999' }, null)).toEqual([]);
    expect(check({ commune: '99999' }, () => undefined)).toEqual([]);
  });
});
