import { afterEach, describe, expect, it } from 'vitest';
import { eventLabel, kindLabel, levelLabel, statusLabel } from '../../src/lifecycle/labels.js';
import { useLanguage } from '../../src/text/say.js';

afterEach(() => useLanguage('en'));

describe('labels of the codes', () => {
  it('are the codes themselves in English for statuses, kinds and levels (as show has always printed them)', () => {
    expect(statusLabel('in-force')).toBe('in-force');
    expect(kindLabel('framework')).toBe('framework');
    expect(levelLabel('departmental')).toBe('departmental');
    expect(eventLabel('notice-deadline')).toBe('notice deadline');
  });

  it('are French words in French', () => {
    useLanguage('fr');
    expect(statusLabel('in-force')).toBe('en vigueur');
    expect(statusLabel('terminated')).toBe('résilié');
    expect(eventLabel('notice-deadline')).toBe('date limite de préavis');
    expect(eventLabel('renewal')).toBe('reconduction tacite');
    expect(kindLabel('framework')).toBe('accord-cadre');
    expect(kindLabel('local')).toBe('convention locale');
    expect(levelLabel('departmental')).toBe('départemental');
  });

  it('print a code they do not know as it is', () => {
    useLanguage('fr');
    expect(statusLabel('dormant')).toBe('dormant');
    expect(eventLabel('toString')).toBe('toString');
  });
});
