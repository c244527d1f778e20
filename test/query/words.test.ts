import { describe, expect, it } from 'vitest';
import { KINDS, LEVELS, parseTerritory, STATUSES } from '../../src/query/filter.js';
import { codeOf, wordsOf } from '../../src/query/words.js';
import { fr } from '../say.js';

describe('filter values in words', () => {
  it('take the code, or its word in either language, case, accents and hyphens aside', () => {
    expect(codeOf('status', 'in-force', STATUSES)).toBe('in-force');
    expect(codeOf('status', 'en vigueur', STATUSES)).toBe('in-force');
    expect(codeOf('status', 'En-Vigueur', STATUSES)).toBe('in-force');
    expect(codeOf('status', 'expire', STATUSES)).toBe('expired');
    expect(codeOf('kind', 'accord-cadre', KINDS)).toBe('framework');
    expect(codeOf('kind', 'avenant', KINDS)).toBe('amendment');
    expect(codeOf('level', 'départemental', LEVELS)).toBe('departmental');
    expect(codeOf('status', 'vigueur', STATUSES)).toBeUndefined();
  });

  it('keep the current language', () => {
    codeOf('status', 'nothing', STATUSES);
    expect(wordsOf(fr, 'status', ['in-force'])).toEqual(['en vigueur']);
  });
});

describe('parseTerritory', () => {
  it('reads an optional kind before a colon', () => {
    expect(parseTerritory('75')).toEqual({ code: '75' });
    expect(parseTerritory('departement:75')).toEqual({ kind: 'departement', code: '75' });
    expect(parseTerritory('Région: 75')).toEqual({ kind: 'region', code: '75' });
    expect(parseTerritory('dept:33')).toEqual({ kind: 'departement', code: '33' });
    expect(parseTerritory('epci:243300316')).toEqual({ kind: 'epci', code: '243300316' });
    expect(parseTerritory('canton:3301')).toEqual({ unknownKind: 'canton' });
    expect(parseTerritory('constructor:1')).toEqual({ unknownKind: 'constructor' });
  });
});
