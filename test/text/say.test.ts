import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/text/catalogue/index.js';
import * as areas from '../../src/text/catalogue/areas.js';
import type { Forms } from '../../src/text/catalogue/index.js';
import { message, sayer, sayIn } from '../../src/text/say.js';
import { en, fr } from '../say.js';

const forms = (f: Forms): string[] => (typeof f === 'string' ? [f] : [f.one, f.other]);
const names = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const entries = Object.entries(CATALOGUE) as [string, { en: Forms; fr: Forms }][];

describe('the catalogue', () => {
  it('names keys `area.what`', () => {
    for (const [key] of entries) expect(key).toMatch(/^[a-z]+(\.[a-zA-Z0-9]+)+$/);
  });

  it('keeps each area to its own keys, so no area can override another', () => {
    const seen = new Set<string>();
    for (const [area, module] of Object.entries(areas)) {
      for (const key of Object.keys(module)) {
        expect(key.startsWith(`${area}.`) || (area === 'common' && /^(list|count)\./.test(key)), key).toBe(true);
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
    expect(seen.size).toBe(entries.length);
  });

  it.each(entries)('%s: both languages use the same placeholders', (key, entry) => {
    const en = [...new Set(forms(entry.en).flatMap(names))].sort();
    const fr = [...new Set(forms(entry.fr).flatMap(names))].sort();
    expect(fr, key).toEqual(en);
  });

  it.each(entries)('%s: braces only ever mark a placeholder', (key, entry) => {
    for (const text of [...forms(entry.en), ...forms(entry.fr)]) expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
  });

  it.each(entries)('%s: plural forms come in both languages, with a count', (key, entry) => {
    expect(typeof entry.fr, key).toBe(typeof entry.en);
    if (typeof entry.en !== 'string') expect(forms(entry.en).flatMap(names), key).toContain('count');
  });

  it('has a French text for every key, translated (not copied) unless it is a word both languages share', () => {
    const copied = entries.filter(([, e]) => JSON.stringify(e.en) === JSON.stringify(e.fr) && /[a-z]{4,}/.test(JSON.stringify(e.en))).map(([k]) => k);
    expect(copied.filter((k) => !SHARED.has(k))).toEqual([]);
  });
});

/** Keys whose English and French texts are rightly the same (proper names, codes, universal words). */
const SHARED = new Set<string>([
  'lifecycle.level.national', // « national »: the same adjective
  'lifecycle.level.local',
  'format.report.column.date', // « date »
  'format.show.label.parties', // « parties »
  'format.show.heading.sources', // « sources »
  'newcomer.csv.parties', // « parties », a CSV heading
]);

describe('say', () => {
  it('fills placeholders in its language', () => {
    expect(en('list.or', { items: 'a, b', last: 'c' })).toBe('a, b or c');
    expect(fr('list.or', { items: 'a, b', last: 'c' })).toBe('a, b ou c');
  });

  it('inserts values as they are, never as placeholders', () => {
    expect(en('list.or', { items: '{last}', last: '$&' })).toBe('{last} or $&');
  });

  it('knows its language, and is made once per language', () => {
    expect([en.language, fr.language]).toEqual(['en', 'fr']);
    expect(sayer('fr')).toBe(fr);
  });

  it('chooses plural forms by the rules of its language (0 is singular in French)', () => {
    expect(en('format.count.problem', { count: 0 })).toBe('0 problems');
    expect(fr('format.count.problem', { count: 0 })).toBe('0 problème');
    expect(fr('format.count.problem', { count: 2 })).toBe('2 problèmes');
  });

  it('sayIn says one sentence in a given language', () => {
    expect(sayIn('fr', 'list.and', { items: 'a', last: 'b' })).toBe('a et b');
  });
});

describe('messages', () => {
  it('are a key and its parameters, worded by whichever say is given them', () => {
    const m = message('list.and', { items: 'a', last: 'b' });
    expect(m).toEqual({ key: 'list.and', params: { items: 'a', last: 'b' } });
    expect(en.message(m)).toBe('a and b');
    expect(fr.message(m)).toBe('a et b');
  });

  it('take a message as a parameter, worded in the same language', () => {
    const m = message('git.failed', { command: 'log', detail: message('yamlsuite.gitLogUnreadable') });
    expect(en.message(m)).toBe(`git log failed: ${en('yamlsuite.gitLogUnreadable')}`);
    expect(fr.message(m)).toContain(fr('yamlsuite.gitLogUnreadable'));
  });

  it('need no parameters when the sentence has none', () => {
    expect(message('git.record')).toEqual({ key: 'git.record' });
    expect(fr.message(message('git.record'))).toBe(fr('git.record'));
  });
  it('take what only the language can word: a month, a list, a decimal', () => {
    const days = message('check.date.daysInMonth', { month: { month: 2 }, year: 2023, days: 28 });
    expect(en.message(days)).toBe('February 2023 has 28 days');
    expect(fr.message(days)).toBe('février 2023 compte 28 jours');
    expect(en.message(message('check.date.daysInMonth', { month: { month: 13 }, year: 2023, days: 0 }))).toBe('13 2023 has 0 days');
    const allowed = message('check.schema.notAllowed', { field: 'kind', allowed: { or: ['`a`', '`b`', '`c`'] }, value: 'd' });
    expect(en.message(allowed)).toBe('`kind` must be `a`, `b` or `c`, not `d`');
    expect(fr.message(allowed)).toBe('`kind` doit être `a`, `b` ou `c`, pas `d`');
    expect(fr.message(message('common.didYouMean', { guess: { and: ['x', message('check.path.record')] } }))).toBe(fr('common.didYouMean', { guess: `x et ${fr('check.path.record')}` }));
    const size = message('load.mebibytes', { size: { decimal: 1.25, digits: 1 } });
    expect([en.message(size), fr.message(size)]).toEqual(['1.3 MiB', '1,3 Mio']);
    expect(fr.message(message('load.mebibytes', { size: { decimal: 12345.5, digits: 1 } }))).toBe('12345,5 Mio');
  });
});

describe('orList and andList', () => {
  it('join in English without a serial comma', () => {
    expect(en.orList(['a', 'b', 'c'])).toBe('a, b or c');
    expect(en.andList(['a', 'b'])).toBe('a and b');
  });
  it('keep one item as it is', () => expect(en.orList(['a'])).toBe('a'));
  it('join in French', () => {
    expect(fr.orList(['a', 'b', 'c'])).toBe('a, b ou c');
    expect(fr.andList(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
