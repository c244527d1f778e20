import { describe, expect, it } from 'vitest';
import { departement, region, withArticle } from '../../src/draft/territory.js';

describe('the official list of territories (Etalab)', () => {
  it.each([
    ['33', 'Gironde', 'la Gironde', 'de la Gironde'],
    ['59', 'Nord', 'le Nord', 'du Nord'],
    ['40', 'Landes', 'les Landes', 'des Landes'],
    ['01', 'Ain', "l'Ain", "de l'Ain"],
    ['75', 'Paris', 'Paris', 'de Paris'],
    ['2A', 'Corse-du-Sud', 'la Corse-du-Sud', 'de la Corse-du-Sud'],
    ['971', 'Guadeloupe', 'la Guadeloupe', 'de la Guadeloupe'],
  ])('names département %s with its article', (code, nom, le, de) => {
    const found = departement(code);
    expect(found?.nom).toBe(nom);
    expect(withArticle(found!)).toEqual({ le, de });
  });

  it('knows no département 999, 20 or 96', () => {
    for (const code of ['999', '20', '96', '00']) expect(departement(code)).toBeUndefined();
  });

  it('names régions', () => {
    expect(region('75')?.nom).toBe('Nouvelle-Aquitaine');
    expect(withArticle(region('11')!).de).toBe("d'Île-de-France");
    expect(region('99')).toBeUndefined();
  });
});
