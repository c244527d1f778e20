import { describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const root = fixture('minimal');
const list = (...args: string[]) => accords(['list', '--root', root, '--as-of', '2026-11-22', ...args]);

describe('accords list (end to end)', () => {
  it('prints the SPEC json shape', () => {
    const run = list('--format', 'json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => r.id)).toEqual(['amf-33-2017', 'amf-pole-emploi-2016']);
    expect(rows[1]).toEqual({
      id: 'amf-pole-emploi-2016',
      title: "Accord cadre national entre l'AMF et Pôle emploi",
      kind: 'framework',
      level: 'national',
      parties: ['amf', 'pole-emploi'],
      signed: '2016-11-16',
      effective: '2016-11-16',
      status: 'in-force',
      end: '2027-11-15',
      next_renewal: '2027-11-16',
      notice_deadline: '2027-09-15',
      file: 'agreements/national/amf-pole-emploi-2016.yaml',
    });
    expect(rows[0]).toMatchObject({ status: 'expired', end: '2019-12-31', next_renewal: null, notice_deadline: null });
  });

  it('includes a predecessor\'s agreements under --party of its successor', () => {
    const rows = JSON.parse(list('--party', 'france-travail', '--format', 'json').stdout) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(['amf-33-2017', 'amf-pole-emploi-2016']);
  });

  it('filters by kind, status and territory', () => {
    const ids = (...args: string[]) => (JSON.parse(list(...args, '--format', 'json').stdout) as { id: string }[]).map((r) => r.id);
    expect(ids('--kind', 'local')).toEqual(['amf-33-2017']);
    expect(ids('--status', 'in-force')).toEqual(['amf-pole-emploi-2016']);
    expect(ids('--territory', '33')).toEqual(['amf-33-2017']);
    expect(ids('--level', 'regional')).toEqual([]);
  });

  it('refuses an unknown filter value with a suggestion, exit 2', () => {
    const run = list('--status', 'inforce');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did you mean `in-force`?');
  });

  it('prints an aligned table without colour when piped', () => {
    const run = list();
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(run.stdout.split('\n')[0]).toMatch(/^ID +KIND +LEVEL +PARTIES +SIGNED +STATUS +NEXT$/);
    expect(run.stdout).toContain('2027-09-15 notice deadline');
  });

  it('writes CSV a French spreadsheet opens', () => {
    const run = list('--format', 'csv', '--separator', ';', '--bom');
    expect(run.stdout.startsWith('\uFEFFid;title;kind;')).toBe(true);
    expect(run.stdout).toContain("amf-pole-emploi-2016;Accord cadre national entre l'AMF et Pôle emploi;framework;national;amf pole-emploi;2016-11-16;");
  });
});

describe('accords list in French (end to end)', () => {
  it('refuses an unknown filter value in French with --lang fr, exit 2', () => {
    const run = list('--status', 'in-forse', '--lang', 'fr');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'accords: --status : valeur inconnue `in-forse`\n  vouliez-vous dire `in-force` ? valeurs possibles : projet (draft), à venir (upcoming), en vigueur (in-force), expiré (expired), résilié (terminated), inconnu (unknown) (plusieurs, séparées par des virgules)\n',
    );
  });

  it('speaks French from a French locale, and --lang en wins over it', () => {
    const french = accords(['list', '--root', root, '--status', 'in-forse'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(french.code).toBe(2);
    expect(french.stderr).toContain('vouliez-vous dire `in-force` ?');
    const english = accords(['list', '--root', root, '--status', 'in-forse', '--lang', 'en'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(english.stderr).toContain('did you mean `in-force`?');
  });

  it('refuses a language it does not speak, exit 2', () => {
    const run = list('--lang', 'de');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown language `de`');
    expect(run.stdout).toBe('');
  });

  it('names the formats and explains --separator in French', () => {
    const format = list('--format', 'jsn', '--lang', 'fr');
    expect(format.code).toBe(2);
    expect(format.stderr).toBe('accords: format inconnu `jsn`\n  vouliez-vous dire `json` ? formats : table, json, csv\n');
    const separator = list('--format', 'csv', '--separator', ';;', '--lang', 'fr');
    expect(separator.code).toBe(2);
    expect(separator.stderr).toBe("accords: --separator attend un seul caractère\n  par ex. --separator ';'\n");
  });

  it('warns in French about a party missing from the registry', () => {
    const run = list('--party', 'pole-employ', '--lang', 'fr');
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('accords: avertissement : --party pole-employ n’est pas dans organizations.yaml (vouliez-vous dire `pole-emploi` ?)\n');
  });

  it('keeps codes and JSON keys as they are in French', () => {
    const rows = JSON.parse(list('--status', 'in-force', '--format', 'json', '--lang', 'fr').stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'amf-pole-emploi-2016', kind: 'framework', status: 'in-force', notice_deadline: '2027-09-15' });
  });
});
