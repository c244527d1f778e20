import { describe, expect, it } from 'vitest';
import { cellWord } from '../../src/format/cell-words.js';
import { proseDate } from '../../src/format/prose-date.js';
import { statusLabel } from '../../src/lifecycle/labels.js';
import { en, fr } from '../say.js';

describe('proseDate and cellWord', () => {
  it('write dates in words and codes as words in French, and leave English as it was', () => {
    expect(proseDate(en, '2024-01-01')).toBe('2024-01-01');
    expect(cellWord(en, statusLabel, 'in-force')).toBe('in-force');
    expect(proseDate(fr, '2024-01-01')).toBe('1er janvier 2024');
    expect(proseDate(fr, '2016-11-16')).toBe('16 novembre 2016');
    expect(proseDate(fr, '?')).toBe('?');
    expect(cellWord(fr, statusLabel, 'in-force')).toBe('en vigueur');
  });
});
