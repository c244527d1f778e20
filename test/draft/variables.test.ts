import { describe, expect, it } from 'vitest';
import { coerce, coerceValues } from '../../src/draft/variables.js';
import type { VariableSpec } from '../../src/draft/variables.js';
import { en, fr } from '../say.js';

const variable = (spec: Partial<VariableSpec> & Pick<VariableSpec, 'name' | 'type'>): VariableSpec => ({ required: false, description: 'une variable', ...spec });
const problem = (spec: VariableSpec, given: unknown, say = en): string => {
  const checked = coerce(say, spec, given);
  return typeof checked === 'object' ? checked.problem : `accepted ${String(checked)}`;
};

describe('coerce', () => {
  it('says "a" or "an" before the expected type', () => {
    expect(problem(variable({ name: 'n', type: 'integer' }), [1])).toBe('expected an integer, not a list');
    expect(problem(variable({ name: 'd', type: 'date' }), { a: 1 })).toBe('expected a date, not a mapping');
  });

  it('names what a value should look like', () => {
    expect(problem(variable({ name: 'd', type: 'date' }), '2026-02-30')).toBe('`2026-02-30` is not a calendar date written YYYY-MM-DD');
    expect(problem(variable({ name: 'e', type: 'enum', values: ['tacit', 'express'] }), 'tacite')).toBe('`tacite` is not one of tacit, express (did you mean `tacit`?)');
    expect(problem(variable({ name: 's', type: 'string', pattern: '^\\d+$', example: '33' }), 'x')).toBe('`x` does not have the expected form (e.g. 33)');
  });

  it('speaks French, with the types and values as written', () => {
    expect(problem(variable({ name: 'n', type: 'integer' }), [1], fr)).toBe('une valeur de type integer est attendue, pas une liste');
    expect(problem(variable({ name: 'd', type: 'date' }), { a: 1 }, fr)).toBe('une valeur de type date est attendue, pas un bloc de clés');
    expect(problem(variable({ name: 'd', type: 'date' }), '2026-02-30', fr)).toBe('`2026-02-30` n’est pas une date du calendrier écrite AAAA-MM-JJ');
    expect(problem(variable({ name: 'p', type: 'duration' }), '1 an', fr)).toBe('`1 an` n’est pas une durée ISO 8601 comme P1Y, P2M, P6W ou P90D');
    expect(problem(variable({ name: 'n', type: 'integer' }), 'deux', fr)).toBe('`deux` n’est pas un nombre entier');
    expect(problem(variable({ name: 'b', type: 'boolean' }), 'peut-être', fr)).toBe('`peut-être` n’est pas oui/non (true/false)');
    expect(problem(variable({ name: 'e', type: 'enum', values: ['tacit', 'express'] }), 'tacite', fr)).toBe('`tacite` n’est pas l’une des valeurs tacit, express (vouliez-vous dire `tacit` ?)');
    expect(problem(variable({ name: 's', type: 'string', pattern: '^\\d+$', example: '33' }), 'x', fr)).toBe('`x` n’a pas la forme attendue (par ex. 33)');
  });
});

describe('coerceValues', () => {
  const specs = [
    variable({ name: 'departement', type: 'string', required: true, description: 'Code INSEE du département', example: '33' }),
    variable({ name: 'lieu', type: 'string', required: true, description: 'Lieu de signature' }),
    variable({ name: 'reunions', type: 'integer', default: 2 }),
  ];

  it('lists every problem in French, keeping names and the template’s descriptions as written', () => {
    const raw = new Map<string, unknown>([['departemnt', '33'], ['zzzzzzzz', '1'], ['reunions', 'deux'], ['__proto__', 'x']]);
    const origins = new Map([['departemnt', '--set'], ['reunions', 'vars.yaml']]);
    expect(coerceValues(fr, specs, raw, origins).problems).toEqual([
      'variable inconnue `departemnt` (provenant de --set) : vouliez-vous dire `departement` ?',
      'variable inconnue `zzzzzzzz` ; variables : departement, lieu, reunions',
      '`__proto__` n’est pas un nom de variable autorisé',
      '`reunions` (provenant de vars.yaml) : `deux` n’est pas un nombre entier',
      'variable obligatoire manquante `departement` : Code INSEE du département (par ex. --set departement=33)',
      'variable obligatoire manquante `lieu` : Lieu de signature',
    ]);
  });

  it('says the same in English', () => {
    const raw = new Map<string, unknown>([['zzzzzzzz', '1'], ['reunions', 'deux']]);
    expect(coerceValues(en, specs, raw).problems).toEqual([
      'unknown variable `zzzzzzzz`; variables: departement, lieu, reunions',
      '`reunions`: `deux` is not a whole number',
      'missing required variable `departement`: Code INSEE du département (e.g. --set departement=33)',
      'missing required variable `lieu`: Lieu de signature',
    ]);
  });

  it('says when a template has no variables at all, rather than listing none', () => {
    expect(coerceValues(en, [], new Map([['lieu', 'Bordeaux']]), new Map([['lieu', '--set']])).problems).toEqual(['unknown variable `lieu` (from --set): this template has no variables']);
    expect(coerceValues(fr, [], new Map([['lieu', 'Bordeaux']])).problems).toEqual(['variable inconnue `lieu` : ce modèle n’a aucune variable']);
  });
});
