import { afterEach, describe, expect, it } from 'vitest';
import { cellWord } from '../../src/format/cell-words.js';
import { proseDate } from '../../src/format/prose-date.js';
import { statusLabel } from '../../src/lifecycle/labels.js';
import { useLanguage } from '../../src/text/say.js';

afterEach(() => useLanguage('en'));

describe('proseDate and cellWord', () => {
  it('write dates in words and codes as words in French, and leave English as it was', () => {
    expect(proseDate('2024-01-01')).toBe('2024-01-01');
    expect(cellWord(statusLabel, 'in-force')).toBe('in-force');
    useLanguage('fr');
    expect(proseDate('2024-01-01')).toBe('1er janvier 2024');
    expect(proseDate('2016-11-16')).toBe('16 novembre 2016');
    expect(proseDate('?')).toBe('?');
    expect(cellWord(statusLabel, 'in-force')).toBe('en vigueur');
  });
});
