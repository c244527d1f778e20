import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChanges } from '../../src/commands/amend.js';
import mammoth from 'mammoth';
import { accords } from '../e2e.js';
import { HAND_FILE, HAND_WRITTEN, read, rootFactory } from './life-root.js';
import { en } from '../say.js';

const roots = rootFactory('accords-amend-');
const amend = (root: string, ...args: string[]) => accords(['amend', '--root', root, ...args]);
const AMENDMENT = 'agreements/local/amf-33-2025-avenant-1.yaml';

describe('parseChanges', () => {
  it('types each value by its path', () => {
    expect(parseChanges(en, ['term.end=2028-12-31', 'term.max_renewals=3', 'notice.applies=any-time', 'review_every=P2Y'])).toEqual({
      changes: { 'term.end': '2028-12-31', 'term.max_renewals': 3, 'notice.applies': 'any-time', review_every: 'P2Y' },
      problems: [],
    });
  });

  it('lists every problem at once, with suggestions', () => {
    const { problems } = parseChanges(en, ['term.duraton=P2Y', 'notice.period=2M', 'term.renewal=tacite', 'term.max_renewals=-1', 'term.end=2028-02-30', 'nothing', 'committee.meetings_per_year=0']);
    expect(problems).toHaveLength(7);
    expect(problems[0]).toContain('did you mean `term.duration`?');
    expect(problems[2]).toContain('did you mean `tacit`?');
  });

  it('refuses a new end and a new duration together', () => {
    expect(parseChanges(en, ['term.end=2028-12-31', 'term.duration=P2Y']).problems).toHaveLength(1);
  });
});

describe('accords amend (end to end)', () => {
  it('drafts an amendment beside its parent, with its text in French words, and it validates', () => {
    const root = roots.fresh();
    const run = amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y', '--set', 'committee.meetings_per_year=1', '--as-of', '2025-06-01');
    expect(run.stderr).toContain('wrote agreements/local/amf-33-2025-avenant-1.yaml, agreements/local/amf-33-2025-avenant-1.md');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ changes.term.duration: P2Y');
    const record = read(root, AMENDMENT);
    expect(record.startsWith('# yaml-language-server: $schema=../../schemas/agreement.schema.json\n')).toBe(true);
    expect(record).toContain('kind: amendment\n');
    expect(record).toContain('parent: amf-33-2025\nchanges:\n  term.duration: P2Y\n  committee.meetings_per_year: 1\n');
    expect(record).not.toContain('signed:');
    expect(record).toContain('- org: france-travail'); // the parties as of its date
    const text = read(root, 'agreements/local/amf-33-2025-avenant-1.md');
    expect(text).toContain('# Avenant n° 1 à la convention « Convention locale AMF : Gironde »');
    expect(text).toContain('## Article 1 – Durée\n\nLa durée de la convention est portée à deux ans.');
    expect(text).toContain('Le comité local de pilotage se réunit une fois par an.');
    expect(text).toContain('**France Travail**');
    expect(text).toContain('Fait à ……………, le ……………, en deux exemplaires originaux.');
    const validate = JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { severity: string; file: string }[];
    expect(validate.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.parse(accords(['show', 'amf-33-2025-avenant-1', '--root', root, '--format', 'json']).stdout).status).toBe('draft');
    // The parent is untouched.
    expect(read(root, HAND_FILE)).toBe(HAND_WRITTEN);
  });

  it('--format docx also writes the amendment as a Word document, one signature block per party', async () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y', '--as-of', '2025-06-01', '--format', 'docx').code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(root, 'agreements/local/amf-33-2025-avenant-1.docx') });
    const words = value.replace(/[\u00A0\u202F\s]+/g, ' ');
    expect(words).toContain('Avenant n° 1');
    expect(words.match(/Signature et cachet/g)).toHaveLength(2);
  });

  it('numbers the next amendment of the same parent, and sign renders it with the date', () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y').code).toBe(0);
    expect(amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-2', '--set', 'term.end=2029-06-30', '--set', 'notice.period=P3M').code).toBe(0);
    const second = read(root, 'agreements/local/amf-33-2025-avenant-2.md');
    expect(second).toContain('# Avenant n° 2 à la convention');
    expect(second).toContain('La convention prend fin le 30 juin 2029, dernier jour de son application.');
    expect(second).toContain('Le délai de préavis de dénonciation est fixé à trois mois.');
    const signed = accords(['sign', '--root', root, 'amf-33-2025-avenant-2', '--date', '2025-03-01', '--place', 'Bordeaux', '--as-of', '2025-03-02']);
    expect(signed.code).toBe(0);
    expect(read(root, 'agreements/local/amf-33-2025-avenant-2.md')).toContain('Fait à Bordeaux, le 1er mars 2025, en deux exemplaires originaux.');
    expect(read(root, 'agreements/local/amf-33-2025-avenant-2.yaml')).toContain('signed: 2025-03-01\nplace: Bordeaux\n');
  });

  it('refuses every wrong change at once, writing nothing (exit 1)', () => {
    const root = roots.fresh();
    const run = amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duraton=P2Y', '--set', 'notice.period=2M');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nothing was written; 2 problems');
    expect(run.stderr).toContain('did you mean `term.duration`?');
    expect(existsSync(join(root, AMENDMENT))).toBe(false);
  });

  it('refuses no change, a bad id, an id taken, and an existing file without --force', () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1').code).toBe(1);
    expect(amend(root, 'amf-33-2025', '--id', 'Avenant 1', '--set', 'term.duration=P2Y').code).toBe(1);
    const taken = amend(root, 'amf-33-2025', '--id', 'amf-pole-emploi-2016', '--set', 'term.duration=P2Y');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('amf-pole-emploi-2016');
    writeFileSync(join(root, 'agreements/local/amf-33-2025-avenant-1.md'), 'notes\n');
    const exists = amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y');
    expect(exists.code).toBe(1);
    expect(read(root, 'agreements/local/amf-33-2025-avenant-1.md')).toBe('notes\n');
  });

  it('amends a national accord as « l’accord »', () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-pole-emploi-2016', '--id', 'amf-pole-emploi-2016-avenant-1', '--set', 'term.renewal=express', '--set', 'term.max_renewals=2').code).toBe(0);
    const text = read(root, 'agreements/national/amf-pole-emploi-2016-avenant-1.md');
    expect(text).toContain('# Avenant n° 1 à l’accord « Accord cadre national entre l\'AMF et Pôle emploi » du 16 novembre 2016');
    expect(text).toContain('L’accord ne peut être reconduit que de manière expresse');
    expect(text).toContain('L’accord peut être reconduit tacitement deux fois au plus.');
    expect(text).toContain('Les autres stipulations de l’accord demeurent inchangées.');
  });

  it('is a usage error (exit 2) without --id or with an unknown parent', () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-33-2025', '--set', 'term.duration=P2Y').code).toBe(2);
    const unknown = amend(root, 'amf-33-2024', '--id', 'x', '--set', 'term.duration=P2Y');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean `amf-33-2025`?');
  });

  it('--dry-run writes nothing', () => {
    const root = roots.fresh();
    const run = amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y', '--dry-run');
    expect(run.code).toBe(0);
    expect(existsSync(join(root, AMENDMENT))).toBe(false);
  });

  it('validate reports a wrong path or value under changes at its position', () => {
    const root = roots.fresh();
    expect(amend(root, 'amf-33-2025', '--id', 'amf-33-2025-avenant-1', '--set', 'term.duration=P2Y').code).toBe(0);
    writeFileSync(join(root, AMENDMENT), read(root, AMENDMENT).replace('  term.duration: P2Y\n', '  term.duraton: P2Y\n  term.renewal: tacite\n'));
    const found = JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { file: string; line: number; rule: string; hint?: string; message: string }[];
    const here = found.filter((d) => d.file === AMENDMENT);
    const lineOf = (text: string) => read(root, AMENDMENT).split('\n').findIndex((line) => line.includes(text)) + 1;
    expect(here.map((d) => [d.line, d.rule])).toEqual([
      [lineOf('term.duraton'), 'unknown-key'],
      [lineOf('term.renewal: tacite'), 'invalid-value'],
    ]);
    expect(here[0]!.hint).toContain('term.duration');
  });
});
