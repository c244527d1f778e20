import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../src/git/diff-records.js';
import { en, fr } from '../say.js';

const frenchTexts = (before: unknown, after: unknown, say = en) => diffRecords(say, before, after).map((c) => c.text);
const texts = (before: unknown, after: unknown) => frenchTexts(before, after, en);

describe('diffRecords', () => {
  it('says a changed date in words', () => expect(texts({ term: { end: '2020-12-31' } }, { term: { end: '2021-12-31' } })).toEqual(['term.end: 2020-12-31 → 2021-12-31']));
  it('says a field set or removed', () => {
    expect(texts({}, { signed: '2016-11-16' })).toEqual(['signed: set to 2016-11-16']);
    expect(texts({ place: 'Paris' }, {})).toEqual(['place: removed (was Paris)']);
  });
  it('compares parties by organization, not by position', () => {
    expect(texts({ parties: [{ org: 'amf' }, { org: 'pole-emploi' }] }, { parties: [{ org: 'france-travail' }, { org: 'amf' }] })).toEqual(['party added: france-travail', 'party removed: pole-emploi']);
  });
  it('names a signatory change inside a party', () => {
    expect(texts({ parties: [{ org: 'amf', signatory: { name: 'A' } }] }, { parties: [{ org: 'amf', signatory: { name: 'B' } }] })).toEqual(['parties.amf.signatory.name: A → B']);
  });
  it('counts sources', () => expect(texts({ sources: [{ document: 'a' }] }, { sources: [{ document: 'a' }, { document: 'b' }] })).toEqual(['sources: 1 added']));
  it('shows a list of words as a list', () => expect(texts({ tags: ['a'] }, { tags: ['a', 'b'] })).toEqual(['tags: [a] → [a, b]']));
  it('finds nothing between equal records', () => expect(texts({ id: 'a', term: { duration: 'P1Y' } }, { id: 'a', term: { duration: 'P1Y' } })).toEqual([]));
});

describe('diffRecords in French', () => {
  const texts = (before: unknown, after: unknown) => frenchTexts(before, after, fr);
  it('says changes in French, field paths and values as they are', () => {
    expect(texts({ term: { end: '2020-12-31' } }, { term: { end: '2021-12-31' } })).toEqual(['term.end : 2020-12-31 → 2021-12-31']);
    expect(texts({ place: 'Paris' }, { signed: '2016-11-16' })).toEqual(['place : supprimé (valait Paris)', 'signed : défini à 2016-11-16']);
    expect(texts({ parties: [{ org: 'amf' }, { org: 'pole-emploi' }] }, { parties: [{ org: 'france-travail' }, { org: 'amf' }] })).toEqual([
      'partie ajoutée : france-travail',
      'partie retirée : pole-emploi',
    ]);
  });

  it('counts sources with French plurals (0 and 1 are singular)', () => {
    expect(texts({ sources: [{ document: 'a' }] }, { sources: [{ document: 'b' }, { document: 'c' }] })).toEqual(['sources : 2 ajouts', 'sources : 1 retrait']);
  });

  it('names the whole record in words, and keeps its path a code', () => {
    expect(diffRecords(fr, 'a', 'b')).toEqual([{ path: 'record', kind: 'changed', before: 'a', after: 'b', text: 'fiche : a → b' }]);
  });
});
