import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSchema as compileMessages } from '../../src/check/schema.js';
import { en, fr } from '../say.js';
import { wordedBy } from '../worded.js';

/** The schema's check, its findings worded in English (`compileSchemaFr`: in French). */
const compileSchema = (schema: object) => wordedBy(en, compileMessages(schema));
const compileSchemaFr = (schema: object) => wordedBy(fr, compileMessages(schema));

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as object;
const check = compileSchema(schema('agreement'));
const checkFr = wordedBy(fr, compileMessages(schema('agreement')));
const checkOrgs = compileSchema(schema('organizations'));

const valid = {
  id: 'amf-pole-emploi-2016',
  title: "Accord cadre national entre l'AMF et Pôle emploi",
  kind: 'framework',
  level: 'national',
  parties: [{ org: 'amf', signatory: { name: 'André Laignel', role: '1er Vice-président délégué' } }, { org: 'pole-emploi' }],
  signed: '2016-11-16',
  term: { duration: 'P1Y', renewal: 'tacit', renewal_period: 'P1Y' },
  notice: { period: 'P2M', applies: 'before-renewal' },
  territory: { departement: '2A', commune: '33063' },
};
const explain = (changes: Record<string, unknown>) => check({ ...valid, ...changes }, 'a.yaml');
const explainFr = (changes: Record<string, unknown>) => checkFr({ ...valid, ...changes }, 'a.yaml');

describe('the agreement schema, explained', () => {
  it('accepts the SPEC example', () => expect(explain({})).toEqual([]));

  it('accepts signed: null (signed, date unknown)', () => expect(explain({ signed: null })).toEqual([]));

  it('names an unknown key at the key, with the closest known one', () => {
    const { signed, ...rest } = valid;
    expect(check({ ...rest, sigend: signed }, 'a.yaml')).toEqual([
      expect.objectContaining({ path: ['sigend'], target: 'key', rule: 'unknown-key', message: 'unknown key `sigend`', hint: 'did you mean `signed`?' }),
    ]);
  });

  it('names an unknown nested key with its parent', () => {
    expect(explain({ term: { duration: 'P1Y', renewl: 'tacit' } })[0]).toMatchObject({ path: ['term', 'renewl'], message: 'unknown key `renewl` in `term`', hint: 'did you mean `renewal`?' });
  });

  it('reports a missing key at the mapping that lacks it', () => {
    const { title: _, ...rest } = valid;
    expect(check(rest, 'a.yaml')).toEqual([expect.objectContaining({ path: [], rule: 'missing-key', message: 'missing required key `title`' })]);
  });

  it('says which day does not exist', () => {
    expect(explain({ signed: '2021-02-30' })).toEqual([expect.objectContaining({ rule: 'invalid-date', message: '`signed`: 2021-02-30 is not a calendar date', hint: 'February 2021 has 28 days' })]);
    expect(explain({ signed: '2024-02-29' })).toEqual([]);
    expect(explain({ signed: '2021-13-01' })[0]!.hint).toBe('months run from 01 to 12');
  });

  it('rewrites a French date into the ISO form', () => {
    expect(explain({ signed: '16/11/2016' })).toEqual([expect.objectContaining({ rule: 'invalid-date', hint: 'write 2016-11-16' })]);
  });

  it('refuses a number where a date belongs, in words', () => {
    expect(explain({ signed: 20161116 })).toEqual([expect.objectContaining({ rule: 'invalid-type', message: '`signed` must be a date written YYYY-MM-DD, not a number (`20161116`)' })]);
  });

  it.each(['PT1H', 'P1DT2H', 'P1.5Y', '-P1Y', 'P', '1 an'])('refuses the duration %s', (duration) => {
    expect(explain({ term: { duration } })).toEqual([expect.objectContaining({ path: ['term', 'duration'], rule: 'invalid-duration' })]);
  });

  it.each(['P1Y', 'P2M', 'P6W', 'P90D', 'P1Y6M', 'P1Y2M3W4D'])('accepts the duration %s', (duration) => {
    expect(explain({ term: { duration } })).toEqual([]);
  });

  it('suggests the closest enum value', () => {
    expect(explain({ kind: 'frame' })[0]).toMatchObject({ rule: 'invalid-value', hint: 'did you mean `framework`?' });
  });

  it('turns a bad id into a slug suggestion', () => {
    expect(explain({ id: 'AMF_Pôle_2016' })[0]).toMatchObject({ rule: 'invalid-id', hint: 'write `amf-pole-2016`' });
  });

  it('asks for quotes around a numeric territory code', () => {
    expect(explain({ territory: { departement: 33 } })[0]).toMatchObject({ path: ['territory', 'departement'], hint: 'quote it: "33"' });
  });

  it('wants two parties at least', () => {
    expect(explain({ parties: [{ org: 'amf' }] })[0]).toMatchObject({ path: ['parties'], message: '`parties` must list at least 2 items' });
  });

  it('reports every problem at once', () => {
    expect(explain({ kind: 'x', level: 'y', signed: 'z' })).toHaveLength(3);
  });
});

describe('the agreement schema, explained in French', () => {

  it('names an unknown key and the closest known one', () => {
    expect(explainFr({ term: { duration: 'P1Y', renewl: 'tacit' } })[0]).toMatchObject({ message: 'clé inconnue `renewl` dans `term`', hint: 'vouliez-vous dire `renewal` ?' });
  });

  it('says which day does not exist, with the month in French', () => {
    expect(explainFr({ signed: '2027-02-29' })).toEqual([expect.objectContaining({ message: '`signed` : 2027-02-29 n’est pas une date du calendrier', hint: 'février 2027 compte 28 jours' })]);
    expect(explainFr({ signed: '2021-13-01' })[0]).toMatchObject({ message: '`signed` : 2021-13-01 n’est pas une date du calendrier (il n’y a pas de mois 13)', hint: 'les mois vont de 01 à 12' });
  });

  it('keeps the English month name in English', () => {
    expect(explain({ signed: '2027-02-29' })[0]!.hint).toBe('February 2027 has 28 days');
  });

  it('says what a value should be and what it is, with their articles', () => {
    expect(explainFr({ signed: 20161116 })[0]!.message).toBe('`signed` doit être une date écrite AAAA-MM-JJ, pas un nombre (`20161116`)');
    expect(explainFr({ parties: 'amf' })[0]!.message).toBe('`parties` doit être une liste, pas le texte `amf`');
    expect(explainFr({ title: true })[0]!.message).toBe('`title` doit être un texte, pas un booléen (`true`)');
    expect(explainFr({ territory: { departement: 33 } })[0]).toMatchObject({ message: '`territory.departement` doit être un texte, pas un nombre (`33`)', hint: 'mettez-la entre guillemets : "33"' });
  });

  it('lists the allowed values with « ou »', () => {
    expect(explainFr({ kind: 'frame' })[0]).toMatchObject({ message: '`kind` doit être `framework`, `local`, `protocol` ou `amendment`, pas `frame`', hint: 'vouliez-vous dire `framework` ?' });
  });

  it('explains the forms of dates, durations and ids', () => {
    expect(explainFr({ signed: '16/11/2016' })[0]).toMatchObject({ message: '`signed` : `16/11/2016` n’est pas une date écrite AAAA-MM-JJ', hint: 'écrivez 2016-11-16' });
    expect(explainFr({ term: { duration: 'PT1H' } })[0]!.message).toBe('`term.duration` : `PT1H` n’est pas une durée ISO 8601 sans partie horaire');
    expect(explainFr({ id: 'AMF_Pôle_2016' })[0]).toMatchObject({ message: '`id` : `AMF_Pôle_2016` n’est pas un identifiant en minuscules', hint: 'écrivez `amf-pole-2016`' });
  });

  it('says in French what ajv says in English, and counts in French', () => {
    expect(explainFr({ title: '' })[0]!.message).toBe('`title` doit compter au moins 1 caractère');
    expect(explainFr({ parties: [{ org: 'amf' }] })[0]!.message).toBe('`parties` doit compter au moins 2 éléments');
    expect(explainFr({ supersedes: ['a', 'a'] })[0]!.message).toBe('`supersedes` ne doit pas contenir de doublons (les éléments 0 et 1 sont identiques)');
    expect(explainFr({ term: { duration: 'P1Y', max_renewals: -1 } })[0]!.message).toBe('`term.max_renewals` doit être supérieur ou égal à 0');
  });

  it('keeps ajv\'s words in English', () => {
    expect(explain({ title: '' })[0]!.message).toBe('`title` must NOT have fewer than 1 characters');
    expect(explain({ supersedes: ['a', 'a'] })[0]!.message).toBe('`supersedes` must NOT have duplicate items (items ## 0 and 1 are identical)');
    expect(explain({ term: { duration: 'P1Y', max_renewals: -1 } })[0]!.message).toBe('`term.max_renewals` must be >= 0');
  });

  it('names the types of a union by name, a/an as English wants', () => {
    const unionSchema = { type: 'object', properties: { x: { type: ['integer', 'string', 'null'] } } };
    expect(compileSchema(unionSchema)({ x: true }, 'a.yaml')[0]!.message).toBe('`x` must be an integer or string or null, not a boolean (`true`)');
    expect(compileSchemaFr(unionSchema)({ x: true }, 'a.yaml')[0]!.message).toBe('`x` doit être une valeur de type integer ou string ou null, pas un booléen (`true`)');
  });

  it('asks for a missing key', () => {
    const { title: _, ...rest } = valid;
    expect(checkFr(rest, 'a.yaml')[0]).toMatchObject({ message: 'clé obligatoire `title` manquante', hint: 'ajoutez `title:`' });
  });

  it('calls the whole record « la fiche »', () => {
    expect(compileSchemaFr({ type: 'object', minProperties: 1 })({}, 'a.yaml')[0]!.message).toMatch(/^`la fiche` n’est pas valide \(/);
    expect(compileSchema({ type: 'object', minProperties: 1 })({}, 'a.yaml')[0]!.message).toBe('`the record` must NOT have fewer than 1 properties');
  });
});

describe('the organizations schema', () => {
  it('accepts a registry with a succession', () => {
    expect(checkOrgs([{ id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }, { id: 'france-travail', name: 'France Travail', kind: 'public-body' }], 'o.yaml')).toEqual([]);
  });

  it('points at the entry with a problem', () => {
    expect(checkOrgs([{ id: 'x', name: 'X', kind: 'company' }], 'o.yaml')[0]).toMatchObject({ path: [0, 'kind'], rule: 'invalid-value' });
  });
});

describe('the examples editors show', () => {
  /** Every `examples` entry with the subschema it belongs to (a `$ref` sibling or the definition). */
  function* examplesIn(node: unknown, path: string): Generator<[string, object, unknown]> {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (Array.isArray(record.examples)) for (const example of record.examples) yield [path, record, example];
    for (const [key, child] of Object.entries(record)) if (key !== 'examples') yield* examplesIn(child, `${path}/${key}`);
  }

  for (const name of ['agreement', 'organizations']) {
    it(`are each valid against their own part of ${name}.schema.json`, () => {
      const whole = schema(name) as { definitions?: object };
      const found = [...examplesIn(whole, '#')];
      expect(found.length).toBeGreaterThan(name === 'agreement' ? 20 : 1);
      for (const [path, subschema, example] of found) {
        const { examples, ...rest } = subschema as Record<string, unknown>;
        const checkOne = compileSchema({ ...rest, definitions: whole.definitions });
        expect([path, checkOne(example, 'example.yaml')]).toEqual([path, []]);
      }
    });
  }
});
