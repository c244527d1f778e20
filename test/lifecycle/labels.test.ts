import { describe, expect, it } from 'vitest';
import { eventLabel, kindLabel, levelLabel, statusLabel } from '../../src/lifecycle/labels.js';
import { en, fr } from '../say.js';

describe('labels of the codes', () => {
  it('are the codes themselves in English for statuses, kinds and levels (as show has always printed them)', () => {
    expect(statusLabel(en, 'in-force')).toBe('in-force');
    expect(kindLabel(en, 'framework')).toBe('framework');
    expect(levelLabel(en, 'departmental')).toBe('departmental');
    expect(eventLabel(en, 'notice-deadline')).toBe('notice deadline');
  });

  it('are French words in French', () => {
    expect(statusLabel(fr, 'in-force')).toBe('en vigueur');
    expect(statusLabel(fr, 'terminated')).toBe('résilié');
    expect(eventLabel(fr, 'notice-deadline')).toBe('date limite de préavis');
    expect(eventLabel(fr, 'renewal')).toBe('reconduction tacite');
    expect(kindLabel(fr, 'framework')).toBe('accord-cadre');
    expect(kindLabel(fr, 'local')).toBe('convention locale');
    expect(levelLabel(fr, 'departmental')).toBe('départemental');
  });

  it('print a code they do not know as it is', () => {
    expect(statusLabel(fr, 'dormant')).toBe('dormant');
    expect(eventLabel(fr, 'toString')).toBe('toString');
  });
});
