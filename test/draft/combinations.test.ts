import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftConvention } from '../../src/draft/convention.js';
import { parseTemplate } from '../../src/draft/template.js';
import type { TemplateSpec } from '../../src/draft/template.js';
import { computeTimeline } from '../../src/lifecycle/timeline.js';
import { parseIsoDate } from '../../src/lifecycle/date.js';
import { parseYaml } from '../../src/parse/yaml.js';
import type { Agreement, IsoDate, Organization } from '../../src/types.js';
import { en } from '../say.js';

// Every renewal × notice combination, for every template: the text says what the record says,
// and the record (what `due` and `show` compute from) models what the text says.
const registry = new Map<string, Organization>([
  ['pole-emploi', { id: 'pole-emploi', name: 'Pôle emploi', kind: 'public-body', succeeded_by: { org: 'france-travail', on: '2024-01-01' } }],
  ['france-travail', { id: 'france-travail', name: 'France Travail', kind: 'public-body' }],
]);
const templates = new URL('../../templates/', import.meta.url);
const national = new URL('../../agreements/national/', import.meta.url);
const frameworks = readdirSync(national).map((f) => parseYaml(readFileSync(new URL(f, national), 'utf8')).value as Agreement);
const names = readdirSync(templates).filter((f) => f.endsWith('.md.hbs'));

function spec(name: string): TemplateSpec {
  const parsed = parseTemplate(en, readFileSync(new URL(name, templates), 'utf8'));
  if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
  return parsed;
}

function draftWith(name: string, extra: Record<string, string>) {
  const s = spec(name);
  const raw = new Map<string, unknown>(s.variables.filter((v) => v.example !== undefined).map((v) => [v.name, v.example]));
  for (const [k, v] of Object.entries(extra)) raw.set(k, v);
  const framework = frameworks.find((f) => f.template === `templates/${name}`)!;
  return draftConvention(en, { id: 'combinaison', framework, spec: s, raw, registry, asOf: '2026-12-03', provenance: { template: name, template_sha256: '0'.repeat(64), tool_version: 't' } });
}

const RENEWALS = ['tacit', 'express', 'none'] as const;
const NOTICES = ['before-renewal', 'any-time', 'none'] as const;
const cases = names.flatMap((name) => RENEWALS.flatMap((renewal) => NOTICES.map((notice) => [name, renewal, notice] as const)));

describe.each(cases)('%s with reconduction=%s, preavis_mode=%s', (name, renewal, notice) => {
  const extra = { reconduction: renewal, preavis_mode: notice, duree: 'P2Y', preavis: 'P3M' };

  it('drafts a text and a record that say the same thing', () => {
    const draft = draftWith(name, extra);
    if (notice === 'before-renewal' && renewal !== 'tacit') {
      // Notice before a renewal that is not tacit would stop nothing: refused, not drafted.
      expect(draft.ok).toBe(false);
      expect(draft.ok ? [] : draft.problems).toEqual([expect.stringContaining('has nothing to stop')]);
      return;
    }
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    const { record, document } = draft;
    const text = document.replace(/[\u00a0\u202f]/g, ' ');

    expect(record.term).toMatchObject({ duration: 'P2Y', renewal });
    expect(text).toContain('pour une durée de deux (2) ans.');
    if (renewal === 'tacit') {
      expect(record.term?.renewal_period).toBe('P2Y');
      expect(text).toContain('renouvelée par tacite reconduction pour des périodes successives de deux (2) ans');
    } else {
      expect(record.term?.renewal_period).toBeUndefined();
      expect(text).not.toContain('tacite reconduction');
    }
    if (renewal === 'express') expect(text).toContain('ne peut être renouvelée que par décision expresse');
    if (renewal === 'none') expect(text).toContain('prend fin au terme de cette durée, sans reconduction');

    if (notice === 'none') {
      expect(record.notice).toBeUndefined();
      expect(text).not.toMatch(/préavis|à tout moment|s'opposer à sa reconduction/);
      expect(text).toMatch(/ne peut prendre fin avant son terme que d'un commun accord/);
    } else {
      expect(record.notice).toEqual({ period: 'P3M', applies: notice });
      if (notice === 'before-renewal') {
        expect(text).toMatch(/peut s'opposer à sa reconduction par lettre recommandée avec accusé de réception adressée [^.]* au moins trois \(3\) mois avant l'échéance/);
        expect(text).not.toContain('à tout moment');
      } else {
        expect(text).toMatch(/peut la résilier à tout moment [^.]*préavis de trois \(3\) mois courant à compter de la réception/);
        expect(text).not.toContain("s'opposer à sa reconduction");
      }
    }

    // What the tool computes from the record, once signed, is what the text promises.
    const signed = { ...record, signed: '2027-01-04' } as Agreement;
    const timeline = computeTimeline(signed, parseIsoDate('2027-06-01') as IsoDate);
    expect(timeline.status).toBe('in-force');
    expect(timeline.next_renewal !== null).toBe(renewal === 'tacit');
    expect(timeline.notice_deadline !== null).toBe(renewal === 'tacit' && notice === 'before-renewal');
    if (renewal !== 'tacit') expect(timeline.final_end).toBe('2029-01-03');
  });
});

describe('the notice mode follows the renewal when it is not given', () => {
  it.each(names)('%s: reconduction=none without preavis_mode gives notice at any time, in the record and the text', (name) => {
    const draft = draftWith(name, { reconduction: 'none' });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.record.notice?.applies).toBe('any-time');
    expect(draft.document).toContain('à tout moment');
  });

  it.each(names)('%s: French words for the choices (tacite, expresse, aucune; a-tout-moment)', (name) => {
    const draft = draftWith(name, { reconduction: 'expresse', preavis_mode: 'a-tout-moment' });
    if (!draft.ok) throw new Error(draft.problems.join('\n'));
    expect(draft.record.term?.renewal).toBe('express');
    expect(draft.record.notice?.applies).toBe('any-time');
    const none = draftWith(name, { reconduction: 'Aucune', preavis_mode: 'aucun' });
    if (!none.ok) throw new Error(none.problems.join('\n'));
    expect(none.record.term?.renewal).toBe('none');
    expect(none.record.notice).toBeUndefined();
  });
});
