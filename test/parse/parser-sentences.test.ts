import { describe, expect, it } from 'vitest';
import { parserSentence } from '../../src/parse/parser-sentences.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { en, fr } from '../say.js';

const sentenceIn = (say: typeof en, sentence: string) => say.message(parserSentence(sentence));

/** Sentences as the `yaml` parser writes them (first letter lower-cased by the caller). */
const KNOWN = [
  'all mapping items must start at the same column',
  'all sequence items must start at the same column',
  'implicit keys need to be on a single line',
  'implicit map keys need to be followed by map values',
  'nested mappings are not allowed in compact mappings',
  'a block sequence may not be used as an implicit map key',
  'sequence item without - indicator',
  'plain value cannot start with a tab character',
  'plain value cannot start with reserved character @',
  'plain value cannot start with block scalar indicator |',
  'block collections are not allowed within flow collections',
  'block scalar header includes extra characters: |x',
  'comments must be separated from other tokens by white space characters',
  'tags and anchors must be separated from the next token by white space',
  'invalid escape sequence \\q',
  'missing , between flow sequence items',
  'missing , between flow map items',
  'missing , or : between flow map items',
  'unexpected scalar at node end',
  'unexpected flow-map-end token',
  'unexpected flow-seq-end token in YAML stream: "]"',
  'unexpected block-seq-ind on same line with key',
  'unresolved tag: !foo',
];

describe('parserSentence', () => {
  it.each(KNOWN)('keeps the parser’s English: %s', (sentence) => expect(sentenceIn(en, sentence)).toBe(sentence));

  it.each(KNOWN)('says in French: %s', (sentence) => {
    const french = sentenceIn(fr, sentence);
    expect(french).not.toBe(sentence);
    expect(french).not.toMatch(/^YAML invalide/);
  });

  it('frames a sentence it does not know, in French, and leaves it as it is in English', () => {
    expect(sentenceIn(en, 'map comment with trailing content')).toBe('map comment with trailing content');
    expect(sentenceIn(fr, 'map comment with trailing content')).toBe('YAML invalide : map comment with trailing content');
  });

  it('is what a French user reads for real mistakes', () => {
    expect(fr.message(parseYaml('a: b: c\n').problems[0]!.message)).toBe('un bloc imbriqué ne peut pas commencer sur la ligne de sa clé');
    expect(fr.message(parseYaml('titre\nsigned: 2016-11-16\n').problems[0]!.message)).toBe('une clé doit tenir sur une seule ligne');
    expect(fr.message(parseYaml('a: @x\n').problems[0]!.message)).toBe('une valeur sans guillemets ne peut pas commencer par le caractère réservé @');
    expect(fr.message(parseYaml('a: ]\n').problems[0]!.message)).toBe('"]" inattendu à cet endroit (flow-seq-end)');
  });
});
