import { describe, expect, it } from 'vitest';
import { durationWords, everyWords } from '../../src/format/duration-words.js';
import { en, fr } from '../say.js';

describe('durationWords', () => {
  it('says an ISO duration in words, unit by unit', () => {
    expect(['P1Y', 'P2M', 'P1Y6M', 'P6W', 'P90D', 'P1Y2M3W4D'].map((text) => durationWords(en, text))).toEqual(['1 year', '2 months', '1 year and 6 months', '6 weeks', '90 days', '1 year, 2 months, 3 weeks and 4 days']);
  });

  it('says it in French', () => {
    expect(['P1Y', 'P2Y', 'P1M', 'P1Y6M', 'P1W', 'P90D'].map((text) => durationWords(fr, text))).toEqual(['1 an', '2 ans', '1 mois', '1 an et 6 mois', '1 semaine', '90 jours']);
  });

  it('leaves what is not a duration as written', () => {
    expect(['PT1H', '?', 'P0D'].map((text) => durationWords(en, text))).toEqual(['PT1H', '?', 'P0D']);
  });
});

describe('everyWords', () => {
  it('says how often, without "1"', () => {
    expect(['P1Y', 'P3Y', 'P1M', 'P6M', 'P2W', 'P1D', 'P1Y6M'].map((text) => everyWords(en, text))).toEqual(['every year', 'every 3 years', 'every month', 'every 6 months', 'every 2 weeks', 'every day', 'every 1 year and 6 months']);
  });

  it('says it in French, with the gender of the unit', () => {
    expect(['P1Y', 'P3Y', 'P6M', 'P1W', 'P2W', 'P90D', 'P1Y6M'].map((text) => everyWords(fr, text))).toEqual(['chaque année', 'tous les 3 ans', 'tous les 6 mois', 'chaque semaine', 'toutes les 2 semaines', 'tous les 90 jours', 'à intervalles de 1 an et 6 mois']);
  });
});
