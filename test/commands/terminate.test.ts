import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { accords } from '../e2e.js';
import { HAND_FILE, HAND_WRITTEN, read, rootFactory } from './life-root.js';

const roots = rootFactory('accords-terminate-');
const terminate = (root: string, ...args: string[]) => accords(['terminate', '--root', root, ...args]);

/** The hand-written convention, signed on 2025-01-01 (it runs 2025-01-01 → 2025-12-31, renewed yearly; notice P2M). */
function signedRoot(): string {
  const root = roots.fresh();
  const run = accords(['sign', '--root', root, 'amf-33-2025', '--date', '2024-12-20', '--as-of', '2025-01-01']);
  if (run.code !== 0) throw new Error(run.stderr);
  return root;
}

describe('accords terminate (end to end)', () => {
  it('writes termination in place after territory, prints the last day and that the notice was in time', () => {
    const root = signedRoot();
    const before = read(root, HAND_FILE);
    const run = terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--as-of', '2026-09-20');
    expect(run.stderr).toContain('wrote agreements/local/amf-33-2025.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ termination: { notice_given: 2026-09-15, by: amf }');
    expect(run.stdout).toContain('last day in force: 2026-12-31');
    expect(run.stdout).toContain('notice in time: the renewal of 2027-01-01 will not happen (deadline 2026-10-31)');
    expect(read(root, HAND_FILE)).toBe(before.replace('territory: { departement: "33" }\n', 'territory: { departement: "33" }\ntermination:\n  notice_given: 2026-09-15\n  by: amf\n'));
    // show and due agree with the date SPEC §4 gives.
    const show = JSON.parse(accords(['show', 'amf-33-2025', '--root', root, '--as-of', '2026-09-20', '--format', 'json']).stdout);
    expect(show.final_end).toBe('2026-12-31');
    expect(JSON.parse(accords(['show', 'amf-33-2025', '--root', root, '--as-of', '2027-01-05', '--format', 'json']).stdout).status).toBe('terminated');
  });

  it('says when notice came too late for the next renewal', () => {
    const run = terminate(signedRoot(), 'amf-33-2025', '--notice-given', '2026-11-15', '--by', 'amf');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('last day in force: 2027-12-31');
    expect(run.stdout).toContain('notice too late for the renewal of 2027-01-01 (deadline 2026-10-31)');
  });

  it('takes a successor of a party (France Travail for Pôle emploi)', () => {
    expect(terminate(signedRoot(), 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'france-travail').code).toBe(0);
  });

  it('refuses an organization that is not a party, with the closest one', () => {
    const root = signedRoot();
    const before = read(root, HAND_FILE);
    const run = terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amff');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('`amff` is not a party to the agreement nor a successor of one');
    expect(run.stderr).toContain('did you mean `amf`?');
    expect(read(root, HAND_FILE)).toBe(before);
  });

  it('refuses a date before effective, a draft, and an unknown id (exit 2)', () => {
    const root = signedRoot();
    const early = terminate(root, 'amf-33-2025', '--ended', '2024-12-31');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('before the agreement took effect (2025-01-01)');
    const draft = terminate(roots.fresh(), 'amf-33-2025', '--ended', '2025-06-30');
    expect(draft.code).toBe(1);
    expect(draft.stderr).toContain('is a draft');
    const unknown = terminate(root, 'amf-33-205', '--ended', '2025-06-30');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean `amf-33-2025`?');
  });

  it('refuses a record already terminated unless --force, which replaces it', () => {
    const root = signedRoot();
    expect(terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf').code).toBe(0);
    const once = read(root, HAND_FILE);
    const again = terminate(root, 'amf-33-2025', '--ended', '2026-06-30');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already has a `termination`');
    expect(read(root, HAND_FILE)).toBe(once);
    const forced = terminate(root, 'amf-33-2025', '--ended', '2026-06-30', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('last day in force: 2026-06-30');
    expect(read(root, HAND_FILE)).toBe(once.replace('termination:\n  notice_given: 2026-09-15\n  by: amf\n', 'termination:\n  ended: 2026-06-30\n'));
  });

  it('is a usage error without exactly one of --notice-given and --ended, or --notice-given without --by', () => {
    const root = signedRoot();
    expect(terminate(root, 'amf-33-2025').code).toBe(2);
    expect(terminate(root, 'amf-33-2025', '--ended', '2026-06-30', '--notice-given', '2026-01-01', '--by', 'amf').code).toBe(2);
    expect(terminate(root, 'amf-33-2025', '--notice-given', '2026-01-01').code).toBe(2);
    expect(terminate(root, 'amf-33-2025', '--ended', '2026-13-01').code).toBe(2);
  });

  it('--dry-run writes nothing', () => {
    const root = signedRoot();
    const before = read(root, HAND_FILE);
    const run = terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--letter', '--dry-run');
    expect(run.code).toBe(0);
    expect(read(root, HAND_FILE)).toBe(before);
    expect(existsSync(join(root, 'agreements/local/amf-33-2025.denonciation.md'))).toBe(false);
  });

  it('--letter writes the notice letter beside the record, parties as of its date, dates in words', () => {
    const root = signedRoot();
    const run = terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--letter', '--place', 'Paris');
    expect(run.code).toBe(0);
    const letter = read(root, 'agreements/local/amf-33-2025.denonciation.md');
    expect(letter).toContain('**Association des maires de France et des présidents d\'intercommunalité**');
    expect(letter).toContain('**France Travail**'); // Pôle emploi signed; France Travail receives it in 2026
    expect(letter).not.toContain('Jean Martin'); // Pôle emploi's signatory does not stand for France Travail
    expect(letter).toContain('Paris, le 15 septembre 2026');
    expect(letter).toContain('« Convention locale AMF : Gironde » signée le 20 décembre 2024, conformément à ses stipulations (Article 5)');
    expect(letter).toContain('« conclue pour une durée d\'un an, renouvelée par tacite reconduction »');
    expect(letter).toContain('délai de préavis de deux (2) mois');
    expect(letter).toContain('à l’issue du 31 décembre 2026, dernier jour de son application');
    expect(letter).toContain('Signature et cachet');
    // Again: refused without --force (already terminated, the letter exists), done with it.
    expect(terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--letter').code).toBe(1);
    expect(terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--letter', '--force').code).toBe(0);
  });

  it('--letter --format docx also writes the letter as a Word document, with the same text and room to sign', async () => {
    const root = signedRoot();
    const run = terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--letter', '--place', 'Paris', '--format', 'docx');
    expect(run.code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(root, 'agreements/local/amf-33-2025.denonciation.docx') });
    const words = value.replace(/[\u00A0\u202F\s]+/g, ' ');
    expect(words).toContain('délai de préavis de deux (2) mois');
    expect(words).toContain('Signature et cachet');
    expect(terminate(root, 'amf-33-2025', '--notice-given', '2026-09-15', '--by', 'amf', '--format', 'pdf').code).toBe(2);
  });

  it('--letter for an agreed end says so, dated the as-of day', () => {
    const root = signedRoot();
    expect(terminate(root, 'amf-33-2025', '--ended', '2026-06-30', '--by', 'pole-emploi', '--letter', '--as-of', '2026-05-02').code).toBe(0);
    const letter = read(root, 'agreements/local/amf-33-2025.denonciation.md');
    expect(letter).toContain('Le 2 mai 2026');
    expect(letter).toContain('Comme les parties en sont convenues, la convention cessera de produire ses effets à l’issue du 30 juin 2026');
    expect(letter.indexOf('**France Travail**')).toBe(0); // Pôle emploi writes as France Travail in 2026
  });

  it('terminates the bundled AMF accord as of a date, and due agrees', () => {
    const root = roots.fresh();
    const run = terminate(root, 'amf-pole-emploi-2016', '--notice-given', '2027-09-01', '--by', 'amf', '--letter');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('last day in force: 2027-11-15');
    const due = JSON.parse(accords(['due', '--root', root, '--as-of', '2027-09-01', '--within', '1y', '--format', 'json']).stdout) as { id: string; event: string; date: string }[];
    expect(due.filter((e) => e.id === 'amf-pole-emploi-2016')).toEqual([expect.objectContaining({ event: 'expiry', date: '2027-11-15' })]);
    expect(read(root, 'agreements/national/amf-pole-emploi-2016.denonciation.md')).toContain('15 novembre 2027');
  });
});
