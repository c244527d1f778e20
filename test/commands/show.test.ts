import { describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const root = fixture('minimal');

describe('accords show (end to end)', () => {
  it('prints the list object plus terms, reviews and final_end', () => {
    const run = accords(['show', 'amf-pole-emploi-2016', '--root', root, '--as-of', '2026-11-22', '--format', 'json']);
    expect(run.code).toBe(0);
    const detail = JSON.parse(run.stdout) as Record<string, unknown> & { terms: { start: string; end: string }[] };
    expect(detail).toMatchObject({ id: 'amf-pole-emploi-2016', status: 'in-force', end: '2027-11-15', next_renewal: '2027-11-16', notice_deadline: '2027-09-15', final_end: null, reviews: [] });
    expect(detail.terms).toHaveLength(11);
    expect(detail.terms[0]).toEqual({ start: '2016-11-16', end: '2017-11-15' });
    expect(detail.terms.at(-1)).toEqual({ start: '2026-11-16', end: '2027-11-15' });
  });

  it('explains the timeline in text with days left', () => {
    const run = accords(['show', 'amf-pole-emploi-2016', '--root', root, '--as-of', '2026-11-22']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2027-11-16 (in 359 days)');
    expect(run.stdout).toContain('2027-09-15 (in 297 days)');
    expect(run.stdout).toContain('France Travail');
  });

  it('explains the timeline in French with --lang fr, dates in words', () => {
    const run = accords(['show', 'amf-pole-emploi-2016', '--root', root, '--as-of', '2026-11-22', '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('accord-cadre · national · en vigueur au 22 novembre 2026');
    expect(run.stdout).toContain('16 novembre 2027 (dans 359 jours)');
    expect(run.stdout).toContain('date limite de préavis  15 septembre 2027 (dans 297 jours)');
    expect(run.stdout).toContain('→ désormais France Travail (depuis le 1er janvier 2024)');
  });

  it('suggests the closest id for an unknown one, exit 2', () => {
    const run = accords(['show', 'amf-pole-emploi-2061', '--root', root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean `amf-pole-emploi-2016`?');
  });
});

describe('accords show in French (end to end)', () => {
  it('suggests the closest id in French, exit 2', () => {
    const run = accords(['show', 'amf-pole-emploi-2061', '--root', root, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: aucun accord n’a l’identifiant `amf-pole-emploi-2061`\n  vouliez-vous dire `amf-pole-emploi-2016` ?\n');
  });

  it('points to `accords list` in French when no id is close', () => {
    const run = accords(['show', 'rien-de-tel', '--root', root, '--lang', 'fr']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('consultez `accords list` pour les identifiants');
  });

  it('says an invalid record is invalid, in French, exit 1', () => {
    const run = accords(['show', 'typo', '--root', fixture('broken'), '--lang', 'fr']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('accords: avertissement : agreements/local/typo.yaml contient des erreurs et a été laissé de côté (lancez `accords validate agreements/local/typo.yaml`)\n');
    expect(run.stderr).toContain('accords: typo n’est pas valide (agreements/local/typo.yaml) ; lancez `accords validate agreements/local/typo.yaml`\n');
  });
});
