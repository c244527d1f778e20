import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

/** French all the way (issue 21): words in French tables and prose, codes kept by JSON, CSV cells and filters. */
const root = fixture('minimal');
const territories = fixture('territories');
const asOf = ['--as-of', '2026-11-22'];

describe('--lang fr: words in tables and prose, codes in machine formats (end to end)', () => {
  it('list: a French table says words, JSON and CSV cells keep the codes, the CSV headings are French', () => {
    const table = accords(['list', '--root', root, ...asOf, '--lang', 'fr']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^amf-pole-emploi-2016 {2}accord-cadre {7}national {7}.* en vigueur {2}2027-09-15 date limite de préavis$/m);
    expect(table.stdout).toMatch(/^amf-33-2017 {11}convention locale {2}départemental .* expiré {6}—$/m);
    expect(table.stdout).not.toMatch(/framework|in-force|expired|departmental/);
    const csv = accords(['list', '--root', root, ...asOf, '--lang', 'fr', '--format', 'csv']).stdout.split('\r\n');
    expect(csv[0]).toBe('identifiant,intitulé,type,niveau,parties,date de signature,date d’effet,statut,fin,prochaine reconduction,date limite de préavis,fichier');
    expect(csv[2]).toMatch(/^amf-pole-emploi-2016,.*,framework,national,amf pole-emploi,2016-11-16,2016-11-16,in-force,2027-11-15,2027-11-16,2027-09-15,/);
    // English headings are the JSON keys, as they always were.
    expect(accords(['list', '--root', root, ...asOf, '--format', 'csv']).stdout.split('\r\n')[0]).toBe('id,title,kind,level,parties,signed,effective,status,end,next_renewal,notice_deadline,file');
  });

  it('keeps every JSON output the same byte for byte whatever the language', () => {
    for (const args of [
      ['list', '--format', 'json'],
      ['show', 'amf-pole-emploi-2016', '--format', 'json'],
      ['due', '--within', '2y', '--format', 'json'],
      ['validate', '--format', 'json'],
    ]) {
      const english = accords([...args, '--root', root, ...asOf]);
      const french = accords([...args, '--root', root, ...asOf, '--lang', 'fr']);
      expect(french.stdout, args.join(' ')).toBe(english.stdout);
      expect(english.stdout.length).toBeGreaterThan(2);
    }
  });

  it('list filters take the codes and the words, in either language', () => {
    const ids = (...args: string[]) => (JSON.parse(accords(['list', '--root', root, ...asOf, '--format', 'json', ...args]).stdout) as { id: string }[]).map((r) => r.id);
    expect(ids('--status', 'en vigueur')).toEqual(['amf-pole-emploi-2016']);
    expect(ids('--status', 'in-force')).toEqual(['amf-pole-emploi-2016']);
    expect(ids('--status', 'Expiré', '--lang', 'fr')).toEqual(['amf-33-2017']);
    expect(ids('--kind', 'accord-cadre')).toEqual(['amf-pole-emploi-2016']);
    expect(ids('--kind', 'convention locale,accord cadre')).toEqual(['amf-33-2017', 'amf-pole-emploi-2016']);
    expect(ids('--level', 'departemental')).toEqual(['amf-33-2017']);
    const wrong = accords(['list', '--root', root, '--kind', 'acord-cadre', '--lang', 'fr']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('vouliez-vous dire `accord-cadre` ? valeurs possibles : accord-cadre (framework), convention locale (local), protocole (protocol), avenant (amendment)');
  });

  it('due: a French table says the events in words, the nothing-due sentence its dates in words', () => {
    const run = accords(['due', '--root', root, ...asOf, '--within', '1y', '--lang', 'fr']);
    expect(run.stdout).toContain('2027-09-15  297 j  date limite de préavis  amf-pole-emploi-2016');
    expect(run.stdout).toContain('2027-11-16  359 j  reconduction tacite     amf-pole-emploi-2016');
    expect(accords(['due', '--root', root, '--as-of', '2026-01-01', '--within', '1m', '--lang', 'fr']).stdout).toBe('Aucune échéance entre le 1er janvier 2026 et le 1er février 2026.\n');
    // English keeps the codes in its tables, as the filters and JSON say them.
    expect(accords(['due', '--root', root, ...asOf, '--within', '1y']).stdout).toContain('2027-09-15  297 d  notice-deadline  amf-pole-emploi-2016');
  });

  it('show: dates in words in French prose, never a past date under « À venir »', () => {
    const run = accords(['show', 'amf-33-2017', '--root', root, ...asOf, '--lang', 'fr']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('convention locale · départemental · expiré au 22 novembre 2026');
    expect(run.stdout).toMatch(/\nÀ venir\n {2}rien à venir\n\nPassé\n {2}a pris fin {2}le 31 décembre 2019 \(il y a \d+ jours\), dernier jour en vigueur/);
    expect(run.stdout).not.toMatch(/\d{4}-\d{2}-\d{2} \(/);
    const english = accords(['show', 'amf-33-2017', '--root', root, ...asOf]);
    expect(english.stdout).toMatch(/\nNext\n {2}nothing ahead\n\nPast\n {2}ended {2}on 2019-12-31 \(\d+ days ago\), its last day in force/);
  });

  it('show: a notice deadline that has passed is said in the past tense, apart from what comes', () => {
    const run = accords(['show', 'amf-pole-emploi-2016', '--root', root, '--as-of', '2027-10-01', '--lang', 'fr']);
    const [ahead, past] = run.stdout.split('\nPassé\n');
    expect(ahead).toContain('reconduction  16 novembre 2027 (dans 46 jours)');
    expect(ahead).not.toContain('date limite de préavis');
    expect(past).toMatch(/^ {2}date limite de préavis {2}15 septembre 2027 \(il y a 16 jours\) — dépassée : un préavis donné maintenant n’empêche que la reconduction suivante/);
  });
});

describe('--as-of in the wrong form (end to end)', () => {
  it('is a usage error with the form to write, as validate says it', () => {
    const run = accords(['list', '--root', root, '--as-of', '16/11/2016']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: --as-of: `16/11/2016` is not a calendar date\n  write 2016-11-16\n');
    const french = accords(['due', '--root', root, '--as-of', '1.2.2026', '--lang', 'fr']);
    expect(french.code).toBe(2);
    expect(french.stderr).toBe('accords: --as-of : `1.2.2026` n’est pas une date du calendrier\n  écrivez 2026-02-01\n');
    expect(accords(['show', 'amf-33-2017', '--root', root, '--as-of', 'demain']).stderr).toContain('write YYYY-MM-DD, e.g. --as-of 2026-11-22');
  });
});

describe('list --territory (end to end)', () => {
  const ids = (...args: string[]) => accords(['list', '--root', territories, ...asOf, '--format', 'json', '--territory', ...args]);

  it('says on stderr which kinds a bare code matched, and how to keep one', () => {
    const run = ids('75');
    expect((JSON.parse(run.stdout) as { id: string }[]).map((r) => r.id)).toEqual(['na-2020', 'paris-2024']);
    expect(run.stderr).toBe('accords: --territory 75 matches the région Nouvelle-Aquitaine (1 agreement) and the département Paris (1 agreement)\n  write --territory region:75 or --territory departement:75 to keep one\n');
    expect(accords(['list', '--root', territories, ...asOf, '--territory', '75', '--lang', 'fr']).stderr).toContain('correspond à la région Nouvelle-Aquitaine (1 accord) et au département Paris (1 accord)');
    expect(ids('75056').stderr).toBe('');
  });

  it('takes the kind before a colon', () => {
    const of = (code: string) => (JSON.parse(ids(code).stdout) as { id: string }[]).map((r) => r.id);
    expect(of('departement:75')).toEqual(['paris-2024']);
    expect(of('département:75')).toEqual(['paris-2024']);
    expect(of('dep:75')).toEqual(['paris-2024']);
    expect(of('region:75')).toEqual(['na-2020']);
    expect(of('commune:75056')).toEqual(['paris-2024']);
    expect(of('epci:75')).toEqual([]);
    expect(ids('region:75').stderr).toBe('');
  });

  it('refuses an unknown kind, exit 2, with a suggestion', () => {
    const run = ids('comune:75056');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: --territory: unknown kind of code `comune`\n  did you mean `commune`? (one of region, departement, commune, epci, e.g. --territory departement:33)\n');
  });
});

describe('validate: known-territory (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'accords-territory-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(territories, dir, { recursive: true });
  writeFileSync(
    join(dir, 'agreements/local/landes-2024.yaml'),
    'id: landes-2024\ntitle: Convention\nkind: protocol\nlevel: departmental\nparties: [{ org: ville-paris }, { org: france-travail }]\nsigned: 2024-01-01\nterritory:\n  departement: "40"\n  commune: "33063"\n',
  );

  it('passes real codes that fit together', () => {
    expect(accords(['validate', '--root', territories]).code).toBe(0);
  });

  it('flags a commune outside the stated département at the code, naming its real one, in both languages', () => {
    const run = accords(['validate', '--root', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        file: 'agreements/local/landes-2024.yaml',
        line: 9,
        column: 12,
        endLine: 9,
        endColumn: 19,
        severity: 'error',
        rule: 'known-territory',
        message: 'the commune Bordeaux (33063) is in the département Gironde (33), not in Landes (40)',
        hint: 'check both codes: for this one, write departement: "33"',
      },
    ]);
    const french = accords(['validate', '--root', dir, '--lang', 'fr']);
    expect(french.stdout).toContain('9:12  erreur  la commune Bordeaux (33063) appartient au département Gironde (33), pas au département Landes (40) — vérifiez les deux codes : pour celui-ci, écrivez departement: "33"  known-territory');
    // list leaves the invalid record out, as for any error.
    expect(accords(['list', '--root', dir, ...asOf]).stderr).toContain('landes-2024.yaml');
  });
});
