import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { accords } from '../e2e.js';
import { draftedConvention, HAND_FILE, HAND_WRITTEN, read, rootFactory } from './life-root.js';

const roots = rootFactory('accords-sign-');
const sign = (root: string, ...args: string[]) => accords(['sign', '--root', root, ...args]);
const errors = (root: string) => (JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { severity: string; rule: string; file: string; message: string }[]);

describe('accords sign (end to end)', () => {
  it('records the signature in place: every other byte of the record is kept', () => {
    const root = roots.fresh();
    const run = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--place', 'Bordeaux', '--as-of', '2025-02-01');
    expect(run.stderr).toContain('wrote agreements/local/amf-33-2025.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ signed: 2025-01-10');
    expect(run.stdout).toContain('+ place: Bordeaux');
    expect(read(root, HAND_FILE)).toBe(HAND_WRITTEN.replace("    signatory: { name: Jean Martin, role: Directeur territorial }\n", "    signatory: { name: Jean Martin, role: Directeur territorial }\nsigned: 2025-01-10\nplace: Bordeaux\n"));
    expect(errors(root).filter((d) => d.severity === 'error')).toEqual([]);
    // `effective` was stated: it is left alone.
    const show = JSON.parse(accords(['show', 'amf-33-2025', '--root', root, '--as-of', '2025-02-01', '--format', 'json']).stdout);
    expect(show).toMatchObject({ status: 'in-force', signed: '2025-01-10', effective: '2025-01-01' });
  });

  it('--dry-run prints the change and writes nothing', () => {
    const root = roots.fresh();
    const run = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--dry-run', '--as-of', '2025-02-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('+ signed: 2025-01-10');
    expect(run.stderr).toContain('nothing was written');
    expect(read(root, HAND_FILE)).toBe(HAND_WRITTEN);
  });

  it('refuses an unknown id (exit 2) with the closest id', () => {
    const run = sign(roots.fresh(), 'amf-33-2052', '--date', '2025-01-10');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no valid agreement has the id `amf-33-2052`');
    expect(run.stderr).toContain('did you mean `amf-33-2025`?');
  });

  it('refuses a record already signed unless --force', () => {
    const root = roots.fresh();
    expect(sign(root, 'amf-33-2025', '--date', '2025-01-10', '--as-of', '2025-02-01').code).toBe(0);
    const signed = read(root, HAND_FILE);
    const again = sign(root, 'amf-33-2025', '--date', '2025-01-12', '--as-of', '2025-02-01');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already signed (2025-01-10)');
    expect(read(root, HAND_FILE)).toBe(signed);
    const forced = sign(root, 'amf-33-2025', '--date', '2025-01-12', '--as-of', '2025-02-01', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('~ signed: 2025-01-10 → 2025-01-12');
    expect(read(root, HAND_FILE)).toBe(signed.replace('signed: 2025-01-10', 'signed: 2025-01-12'));
  });

  it('refuses a date after the as-of day, and a date that is not one', () => {
    const root = roots.fresh();
    const late = sign(root, 'amf-33-2025', '--date', '2025-03-01', '--as-of', '2025-02-01');
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('after the as-of day 2025-02-01');
    const bad = sign(root, 'amf-33-2025', '--date', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(accords(['sign', '--root', root, 'amf-33-2025']).code).toBe(2);
    expect(read(root, HAND_FILE)).toBe(HAND_WRITTEN);
  });

  it('refuses a record that does not validate, naming it (exit 1)', () => {
    const root = roots.fresh();
    const broken = HAND_WRITTEN.replace('kind: local', 'kind: local\nsigend: 2025-01-10');
    writeFileSync(join(root, HAND_FILE), broken);
    const run = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--as-of', '2025-02-01');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('agreements/local/amf-33-2025.yaml (`amf-33-2025`) has errors');
    expect(read(root, HAND_FILE)).toBe(broken);
  });

  it('refuses a signature the record would not validate with (after the notice it received)', () => {
    const root = roots.fresh();
    expect(sign(root, 'amf-33-2025', '--date', '2025-01-10', '--as-of', '2025-02-01').code).toBe(0);
    expect(accords(['terminate', '--root', root, 'amf-33-2025', '--notice-given', '2025-06-01', '--by', 'amf']).code).toBe(0);
    const before = read(root, HAND_FILE);
    const run = sign(root, 'amf-33-2025', '--date', '2025-07-01', '--as-of', '2025-08-01', '--force');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('would not validate');
    expect(read(root, HAND_FILE)).toBe(before);
  });

  it('says its refusals in French', () => {
    const run = accords(['sign', '--lang', 'fr', '--root', roots.fresh(), 'amf-33-2025', '--date', '2025-03-01', '--as-of', '2025-02-01']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('rien n’a été écrit');
  });

  it('records the signed copy, and validate checks its bytes', () => {
    const root = roots.fresh();
    mkdirSync(join(root, 'scans'));
    writeFileSync(join(root, 'scans/amf-33-2025.pdf'), '%PDF-1.4 signé');
    const run = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--copy', join(root, 'scans/amf-33-2025.pdf'), '--as-of', '2025-02-01');
    expect(run.code).toBe(0);
    const sha = createHash('sha256').update('%PDF-1.4 signé').digest('hex');
    expect(read(root, HAND_FILE)).toContain(`signed_copy:\n  file: scans/amf-33-2025.pdf\n  sha256: ${sha}\nterm:`);
    expect(errors(root).filter((d) => d.severity === 'error')).toEqual([]);
    // Another signed local convention without its copy: a warning, since this repository keeps them.
    writeFileSync(join(root, 'agreements/local/amf-40-2025.yaml'), HAND_WRITTEN.replace('amf-33-2025', 'amf-40-2025').replace('effective:', 'signed: 2025-01-01\neffective:'));
    expect(errors(root).filter((d) => d.rule === 'signed-copy-expected').map((d) => [d.file, d.severity])).toEqual([['agreements/local/amf-40-2025.yaml', 'warning']]);
    writeFileSync(join(root, 'scans/amf-33-2025.pdf'), '%PDF-1.4 modifié');
    const changed = accords(['validate', '--root', root]);
    expect(changed.code).toBe(1);
    expect(changed.stdout).toContain('no longer matches its SHA-256');
    expect(changed.stdout).toContain('signed-copy');
    rmSync(join(root, 'scans/amf-33-2025.pdf'));
    expect(accords(['validate', '--root', root]).stdout).toContain('the signed copy scans/amf-33-2025.pdf is missing');
  });

  it('refuses a copy outside the root or missing', () => {
    const root = roots.fresh();
    const outside = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--copy', join(root, '..', 'elsewhere.pdf'), '--as-of', '2025-02-01');
    expect(outside.code).toBe(1);
    expect(outside.stderr).toContain('is not inside the root');
    const missing = sign(root, 'amf-33-2025', '--date', '2025-01-10', '--copy', join(root, 'nope.pdf'), '--as-of', '2025-02-01');
    expect(missing.code).toBe(1);
    expect(read(root, HAND_FILE)).toBe(HAND_WRITTEN);
  });

  it('renders a drafted convention again with the date; without `effective` it starts that day', () => {
    const root = roots.fresh();
    const file = draftedConvention(root);
    expect(JSON.parse(accords(['show', 'amf-33-2026', '--root', root, '--format', 'json']).stdout).status).toBe('draft');
    const run = sign(root, 'amf-33-2026', '--date', '2026-12-05', '--place', 'Mérignac', '--as-of', '2026-12-10');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('agreements/local/amf-33-2026.md\n  text rendered again');
    expect(run.stderr).toContain('starts on the day of signature, 2026-12-05');
    const text = read(root, 'agreements/local/amf-33-2026.md');
    expect(text).toContain('Fait à Mérignac, le 5 décembre 2026');
    expect(text).toContain('prend effet le 5 décembre 2026');
    expect(read(root, file)).toContain('signed: 2026-12-05\nplace: Mérignac\n');
    expect(accords(['render', '--check', '--root', root]).code).toBe(0);
    // The record keeps the fingerprint of the text as signed (SPEC §7): a later render replaces it freely.
    expect(read(root, file)).toContain(`text_sha256: ${createHash('sha256').update(text).digest('hex')}`);
    expect(accords(['render', '--root', root, '--as-of', '2026-12-10']).code).toBe(0);
    const show = JSON.parse(accords(['show', 'amf-33-2026', '--root', root, '--as-of', '2026-12-10', '--format', 'json']).stdout);
    expect(show).toMatchObject({ status: 'in-force', effective: '2026-12-05', next_renewal: '2027-12-05' });
  });

  it('leaves a text edited by hand alone: refused without --force', () => {
    const root = roots.fresh();
    const file = draftedConvention(root);
    const textFile = 'agreements/local/amf-33-2026.md';
    const edited = `${read(root, textFile)}\nArticle négocié localement.\n`;
    writeFileSync(join(root, textFile), edited);
    const before = read(root, file);
    const run = sign(root, 'amf-33-2026', '--date', '2026-12-05', '--as-of', '2026-12-10');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('was edited since the tool wrote it');
    expect(read(root, file)).toBe(before);
    expect(read(root, textFile)).toBe(edited);
    expect(sign(root, 'amf-33-2026', '--date', '2026-12-05', '--as-of', '2026-12-10', '--force').code).toBe(0);
    expect(read(root, textFile)).toContain('le 5 décembre 2026');
  });
});

describe('accords sign on a record with CRLF line ends', () => {
  it('keeps them, and every other byte', () => {
    const root = roots.fresh();
    const crlf = HAND_WRITTEN.replace(/\n/g, '\r\n');
    writeFileSync(join(root, HAND_FILE), crlf);
    expect(sign(root, 'amf-33-2025', '--date', '2025-01-10', '--as-of', '2025-02-01').code).toBe(0);
    expect(read(root, HAND_FILE)).toBe(crlf.replace('Directeur territorial }\r\n', 'Directeur territorial }\r\nsigned: 2025-01-10\r\n'));
  });
});
