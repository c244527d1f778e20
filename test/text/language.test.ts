import { describe, expect, it } from 'vitest';
import { languageFromEnv, languageOf } from '../../src/text/language.js';

describe('languageOf', () => {
  it.each([
    ['fr', 'fr'],
    ['FR', 'fr'],
    ['fr_FR.UTF-8', 'fr'],
    ['fr-CA', 'fr'],
    ['en', 'en'],
    ['en_GB.UTF-8', 'en'],
    ['C', 'en'],
    ['C.UTF-8', 'en'],
    ['POSIX', 'en'],
    ['de_DE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => expect(languageOf(value)).toBe(expected));
});

describe('languageFromEnv', () => {
  it('is English when no locale is set', () => expect(languageFromEnv({})).toBe('en'));
  it('reads LANG', () => expect(languageFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('fr'));
  it('lets LC_MESSAGES override LANG', () => expect(languageFromEnv({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en'));
  it('lets LC_ALL override both', () => expect(languageFromEnv({ LANG: 'en_US', LC_MESSAGES: 'en_US', LC_ALL: 'fr_BE.UTF-8' })).toBe('fr'));
  it('skips empty variables', () => expect(languageFromEnv({ LC_ALL: '', LANG: 'fr_FR' })).toBe('fr'));
  it('speaks English for a language it does not know', () => expect(languageFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('en'));
});
