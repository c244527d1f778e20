import { describe, expect, it } from 'vitest';
import { parseYaml as parseMessages } from '../../src/parse/yaml.js';
import { en, fr } from '../say.js';
import { wordedBy } from '../worded.js';

const parseYaml = wordedBy(en, parseMessages);
const parseYamlFr = wordedBy(fr, parseMessages);

const at = (line: number, column: number) => ({ line, column });

describe('parseYaml', () => {
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    const parsed = parseYaml('signed: 2016-11-16\nflag: yes\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({ signed: '2016-11-16', flag: 'yes' });
  });

  it('locates a key and its value, 0-based', () => {
    const parsed = parseYaml('id: a\nterm:\n  duration: P1Y\n  end: 2020-12-31\n');
    expect(parsed.locate(['term', 'end'], 'key').start).toEqual(at(3, 2));
    expect(parsed.locate(['term', 'end'], 'value').start).toEqual(at(3, 7));
    expect(parsed.locate(['term', 'end'], 'value').end).toEqual(at(3, 17));
  });

  it('locates items of a sequence and flow mappings', () => {
    const parsed = parseYaml('parties:\n  - org: amf\n  - { org: pole-emploi, signatory: { name: X } }\n');
    expect(parsed.locate(['parties', 0, 'org']).start).toEqual(at(1, 9));
    expect(parsed.locate(['parties', 1, 'org']).start).toEqual(at(2, 11));
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    const parsed = parseYaml('id: a\nterm:\n  renewal: tacit\n');
    expect(parsed.locate(['term', 'duration']).start).toEqual(at(2, 2));
    expect(parsed.locate(['nothing', 'here']).start).toEqual(at(0, 0));
  });

  it('points a key with an empty value at the key', () => {
    const parsed = parseYaml('id: a\nsigned:\n');
    expect(parsed.locate(['signed']).start).toEqual(at(1, 0));
  });

  it('reports a duplicate key where it is repeated', () => {
    const { problems, value } = parseYaml('id: a\ntitle: b\nid: c\n');
    expect(value).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'yaml-duplicate-key', range: { start: at(2, 0) } });
  });

  it('reports a tab used for indentation', () => {
    const { problems } = parseYaml('term:\n\tduration: P1Y\n');
    expect(problems[0]).toMatchObject({ rule: 'yaml-syntax', message: 'a tab is used for indentation', hint: 'indent with spaces', range: { start: at(1, 0) } });
  });

  it('reports a syntax error with its line', () => {
    const { problems } = parseYaml('id: a\nparties: [amf, pole-emploi\ntitle: x\n');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.range.start.line).toBeGreaterThanOrEqual(1);
  });

  it('refuses several documents in one file', () => {
    const { problems } = parseYaml('id: a\n---\nid: b\n');
    expect(problems[0]!.message).toContain('several YAML documents');
  });

  it('calls an empty file or a file of comments empty', () => {
    expect(parseYaml('').problems[0]!.rule).toBe('empty-file');
    expect(parseYaml('# yaml-language-server: $schema=x\n').problems[0]!.rule).toBe('empty-file');
  });

  it('stops an alias bomb at the first alias', () => {
    const bomb = ['a: &a [1,1,1,1,1,1,1,1,1]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n');
    const { problems, value } = parseYaml(bomb);
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ rule: 'yaml-alias', range: { start: at(1, 7) } });
  });

  it('refuses 10,000 nested brackets before the parser sees them', () => {
    const { problems } = parseYaml(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(problems[0]).toMatchObject({ rule: 'yaml-nesting', range: { start: at(0, 103) } });
  });

  it('does not count brackets inside quotes or after an apostrophe in a plain value', () => {
    const text = `title: "${'['.repeat(500)}"\nnote: l'AMF ${'['.repeat(50)}\n`;
    expect(parseYaml(text).problems).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the reserved key %s, even nested', (key) => {
    const { problems, value } = parseYaml(`id: a\nterm:\n  ${key}: { polluted: true }\n`);
    expect(value).toBeUndefined();
    expect(problems[0]).toMatchObject({ rule: 'reserved-key', range: { start: at(2, 2) } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseYaml on unclosed quotes and brackets', () => {
  it('points at the quote that was opened, not at the end of the file', () => {
    const { problems } = parseYaml('id: syntax\ntitle: "an unclosed quote\nkind: local\n');
    expect(problems[0]).toMatchObject({ message: 'the " opened here is never closed', range: { start: at(1, 7) } });
  });

  it('points at the bracket that was opened', () => {
    const { problems } = parseYaml('id: a\nparties: [amf, pole-emploi\ntitle: x\n');
    expect(problems[0]).toMatchObject({ message: 'the [ opened here is never closed', range: { start: at(1, 9) } });
  });
});

describe('parseYaml in French', () => {

  it('says the problems it knows in French', () => {
    expect(parseYamlFr('term:\n\tduration: P1Y\n').problems[0]).toMatchObject({ message: "une tabulation sert à l’indentation", hint: 'indentez avec des espaces' });
    expect(parseYamlFr('id: a\ntitle: b\nid: c\n').problems[0]).toMatchObject({ rule: 'yaml-duplicate-key', message: 'clé en double' });
    expect(parseYamlFr('id: a\n---\nid: b\n').problems[0]!.hint).toBe('gardez une fiche par fichier (supprimez le séparateur `---`)');
    expect(parseYamlFr('').problems[0]).toMatchObject({ rule: 'empty-file', message: 'le fichier ne contient aucun document YAML' });
  });

  it('points at an unclosed bracket in French', () => {
    expect(parseYamlFr('id: a\nparties: [amf, pole-emploi\ntitle: x\n').problems[0]).toMatchObject({
      message: "le [ ouvert ici n’est jamais fermé",
      hint: 'fermez-le avec ] sur la même ligne, ou écrivez les éléments en liste à tirets',
    });
    expect(parseYamlFr('title: "an unclosed quote\n').problems[0]!.hint).toBe('fermez-le avec " sur la même ligne');
  });

  it('keeps the key and the limits as they are, around French words', () => {
    expect(parseYamlFr('term:\n  __proto__: 1\n').problems[0]!.message).toBe('la clé `__proto__` est réservée');
    expect(parseYamlFr(`a: ${'['.repeat(200)}`).problems[0]!.message).toBe('collections imbriquées sur plus de 100 niveaux');
    expect(parseYamlFr(`a:\n${' '.repeat(401)}b: 1\n`).problems[0]!.message).toBe('indentation de plus de 400 colonnes');
  });

  it("says the parser's sentence in French", () => {
    const english = parseYaml('a: @b\n').problems[0]!;
    expect(english.message).toBe('plain value cannot start with reserved character @');
    const french = parseYamlFr('a: @b\n').problems[0]!;
    expect(french.message).toBe('une valeur sans guillemets ne peut pas commencer par le caractère réservé @');
    expect(french.hint).toBe('mettez entre guillemets les valeurs qui commencent par un caractère spécial (@ ` | > % ,)');
  });
});

describe('parseYaml on keys the plain value would lose or garble', () => {
  it('reports a list or a mapping used as a key, where it is, instead of a warning on stderr', () => {
    for (const [text, line, column] of [['id: a\n[x, y]: 1\n', 1, 0], ['id: a\n? - x\n: 1\n', 1, 2], ['id: a\nterm:\n  { a: 1 }: x\n', 2, 2]] as const) {
      const parsed = parseYaml(text);
      expect(parsed.value, text).toBeUndefined();
      expect(parsed.problems.map((p) => [p.rule, p.message, p.range.start]), text).toEqual([['yaml-syntax', 'a key is a list or a mapping', at(line, column)]]);
      expect(parsed.problems[0]!.hint).toMatch(/name: value/);
    }
  });

  it('reports two keys that become the same text as duplicates (`true` and "true", `1` and `\'1\'`, `null` and "")', () => {
    const cases = [
      ['true: 1\n"true": 2\n', '"true"', 'true'],
      ["1: a\n'1': b\n", "'1'", '1'],
      ['~: a\n"": b\n', '""', ''],
      ['a:\n  null: x\n  Null: y\n', 'Null', ''],
    ] as const;
    for (const [text, typed, key] of cases) {
      const parsed = parseYaml(text);
      expect(parsed.value, text).toBeUndefined();
      expect(parsed.problems.map((p) => p.rule), text).toEqual(['yaml-duplicate-key']);
      if (!text.startsWith('a:')) expect(parsed.problems[0]!.message, text).toBe(`duplicate key: \`${typed}\` is read as \`${key}\`, like the key on line 1`);
      expect(parsed.problems[0]!.range.start.line, text).toBe(text.startsWith('a:') ? 2 : 1);
    }
    // Keys that stay apart are kept as they are.
    expect(parseYaml('true: 1\n"True": 2\n1: a\n"01": b\n').value).toEqual({ true: 1, True: 2, 1: 'a', '01': 'b' });
  });

  it('says it in French too', () => {
    expect(parseYamlFr('[x]: 1\n').problems[0]!.message).toBe('une clé est une liste ou un bloc');
    expect(parseYamlFr('true: 1\n"true": 2\n').problems[0]!.message).toBe('clé en double : `"true"` se lit `true`, comme la clé de la ligne 1');
  });
});
