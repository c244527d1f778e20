import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, GIRONDE, PROJECT, accords } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-new-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;

/** A fresh copy of the bundled repository (agreements, templates, schemas). */
function freshRoot(): string {
  const root = join(base, String(count++));
  for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
  return root;
}


const draft = (root: string, ...args: string[]) => accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', ...args]);

describe('accords new (end to end)', () => {
  it('drafts a Gironde convention under the AMF framework in one command, and it validates', () => {
    const root = freshRoot();
    const run = draft(root, '--id', 'amf-33-2026', ...GIRONDE);
    expect(run.stderr).toContain('wrote agreements/local/amf-33-2026.yaml');
    expect(run.code).toBe(0);
    const record = readFileSync(join(root, 'agreements/local/amf-33-2026.yaml'), 'utf8');
    expect(record.startsWith('# yaml-language-server: $schema=../../schemas/agreement.schema.json\n')).toBe(true);
    expect(record).toContain('parent: amf-pole-emploi-2016');
    expect(record).toContain('- org: france-travail');
    expect(record).toMatch(/template_sha256: [0-9a-f]{64}/);
    // A draft (SPEC §6): no `signed`, no `effective`, the date left blank in the text.
    expect(record).not.toMatch(/^signed:/m);
    expect(record).not.toMatch(/^effective:/m);
    const text = readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8');
    expect(text).toContain('Fait à Bordeaux, le ……………, en deux exemplaires originaux.');
    expect(text).toContain('département de la Gironde (33)');
    expect(readFileSync(join(root, 'agreements/organizations.yaml'), 'utf8')).toContain('- id: ad-maires-33\n  name: Association des maires de la Gironde\n  kind: association\n');
    const validate = accords(['validate', '--root', root, '--format', 'json']);
    expect(JSON.parse(validate.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    expect(accords(['render', '--check', '--root', root]).code).toBe(0);
    const show = accords(['show', 'amf-33-2026', '--root', root, '--as-of', '2026-12-15', '--format', 'json']);
    expect(JSON.parse(show.stdout)).toMatchObject({ status: 'draft' });
    expect(accords(['list', '--status', 'draft', '--root', root, '--format', 'json']).stdout).toContain('"amf-33-2026"');
  });

  it('lists the variables in the SPEC json shape', () => {
    const run = draft(freshRoot(), '--list-vars', '--format', 'json');
    expect(run.code).toBe(0);
    const vars = JSON.parse(run.stdout) as { name: string; type: string; required: boolean; pattern?: string; example?: unknown; values?: string[] }[];
    expect(vars.find((v) => v.name === 'departement')).toMatchObject({ type: 'string', required: true, pattern: '^(\\d{2,3}|2A|2B)$', example: '33' });
    expect(vars.find((v) => v.name === 'reconduction')).toMatchObject({ type: 'enum', values: ['tacit', 'express', 'none'] });
    for (const v of vars) if (v.pattern) expect(String(v.example)).toMatch(new RegExp(v.pattern));
  });

  it('reads values from a --vars file, overridden by --set', () => {
    const root = freshRoot();
    const vars = join(root, 'gironde.yaml');
    writeFileSync(vars, 'partenaire_id: ad-maires-33\npartenaire_nom: "Maison de l\'emploi & de la formation"\npartenaire_signataire: Marie Dupont\npartenaire_signataire_civilite: Madame\ndirection_territoriale: DT Gironde\ndirecteur: Paul Martin\ndirecteur_civilite: M.\ndepartement: "33"\ndate_signature: 2026-12-01\nlieu_signature: Bordeaux\ncomite_reunions: 3\n');
    const run = draft(root, '--id', 'amf-33-2026', '--vars', vars, '--set', 'lieu_signature=Mérignac', '--dry-run');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("**La Maison de l'emploi & de la formation**");
    expect(run.stdout).toContain('Fait à Mérignac, le ……………');
    expect(run.stdout).not.toMatch(/^signed:/m);
    // A date_signature given to `new` is the planned date, said so on stderr, never `signed`.
    expect(run.stderr).toContain('`date_signature` is taken as the planned date (`date_prevue`)');
    expect(run.stdout).toContain('date_prevue: 2026-12-01');
    expect(run.stdout).toContain('Il se réunit trois fois par an');
    expect(existsSync(join(root, 'agreements/local/amf-33-2026.yaml'))).toBe(false);
  });

  it('lists every problem at once, exits 1 and writes nothing', () => {
    const root = freshRoot();
    const run = draft(root, '--id', 'amf-33-2026', '--set', 'date_prevue=2026-02-30', '--set', 'departemnt=33', '--set', '__proto__=x', '--set', 'duree=1 an');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/date_prevue.*not a calendar date/);
    expect(run.stderr).toMatch(/unknown variable `departemnt`.*did you mean `departement`/);
    expect(run.stderr).toMatch(/`__proto__` is not an allowed variable name/);
    expect(run.stderr).toMatch(/missing required variable `partenaire_nom`/);
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it.each(['../escape', 'AMF_33', 'a/b', '', '-x'])('refuses the id %j', (id) => {
    const root = freshRoot();
    const run = draft(root, '--id', id, ...GIRONDE);
    expect([1, 2]).toContain(run.code);
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => !f.startsWith('.'))).toEqual([]);
    expect(existsSync(join(root, 'escape.yaml'))).toBe(false);
  });

  it('never overwrites without --force, and replaces with it', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    const path = join(root, 'agreements/local/amf-33-2026.md');
    writeFileSync(path, 'hand-edited\n');
    const again = draft(root, '--id', 'amf-33-2026', ...GIRONDE);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exist');
    expect(readFileSync(path, 'utf8')).toBe('hand-edited\n');
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--force').code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('Convention locale de partenariat');
  });

  it('refuses to write through a local/ folder that links outside the root', () => {
    const root = freshRoot();
    const outside = mkdtempSync(join(base, 'outside-'));
    rmSync(join(root, 'agreements/local'), { recursive: true });
    symlinkSync(outside, join(root, 'agreements/local'));
    const run = draft(root, '--id', 'amf-33-2026', ...GIRONDE);
    expect(run.code).toBe(1);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('of two runs racing for one id, exactly one writes and the other refuses', async () => {
    const root = freshRoot();
    writeFileSync(join(root, 'agreements/organizations.yaml'), `${readFileSync(join(root, 'agreements/organizations.yaml'), 'utf8')}- id: ad-maires-33\n  name: Association des maires de la Gironde\n  kind: association\n`);
    const once = () =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, [BIN, 'new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', ...GIRONDE], { env: { ...process.env, NO_COLOR: '1' }, stdio: 'ignore' });
        child.on('exit', done);
      });
    const codes = await Promise.all([once(), once(), once()]);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 1)).toHaveLength(2);
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => f.includes('.tmp'))).toEqual([]);
    expect(accords(['validate', '--root', root]).code).toBe(0);
  });
});

describe('accords render (end to end)', () => {
  it('renders a signed record with its signature and start dates (what `accords sign` does through src/draft/)', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    const recordPath = join(root, 'agreements/local/amf-33-2026.yaml');
    writeFileSync(recordPath, readFileSync(recordPath, 'utf8').replace('place: Bordeaux', 'signed: 2026-12-05\nplace: Bordeaux\neffective: 2027-01-01'));
    expect(accords(['render', 'amf-33-2026', '--root', root]).code).toBe(0);
    const text = readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8');
    expect(text).toContain('Fait à Bordeaux, le 5 décembre 2026, en deux exemplaires originaux.');
    expect(text).toContain('prend effet le 1er janvier 2027.');
    expect(accords(['render', '--check', '--root', root]).code).toBe(0);
  });

  it('detects a text that no longer matches its record, and re-renders it', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    const recordPath = join(root, 'agreements/local/amf-33-2026.yaml');
    writeFileSync(recordPath, readFileSync(recordPath, 'utf8').replace('place: Bordeaux', 'place: Mérignac').replace('lieu_signature: Bordeaux', 'lieu_signature: Bordeaux'));
    const check = accords(['render', '--check', '--root', root]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('differs   agreements/local/amf-33-2026.md');
    expect(accords(['render', 'amf-33-2026', '--root', root]).code).toBe(0);
    expect(readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8')).toContain('Fait à Mérignac');
    expect(accords(['render', '--check', '--root', root]).code).toBe(0);
  });

  it('says which conventions were drafted from an older version of their template', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    const template = join(root, 'templates/amf-convention-locale.md.hbs');
    writeFileSync(template, readFileSync(template, 'utf8').replace('en deux exemplaires originaux', 'en deux exemplaires'));
    const check = accords(['render', '--check', '--root', root]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('drafted from an older version of its template');
  });

  it('renders several conventions of one template, each with its own values (the template is compiled once)', () => {
    const root = freshRoot();
    const landes = GIRONDE.map((arg) => arg.replace('ad-maires-33', 'ad-maires-40').replace('de la Gironde', 'des Landes').replace('departement=33', 'departement=40').replace('Bordeaux', 'Mont-de-Marsan'));
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    expect(draft(root, '--id', 'amf-40-2026', ...landes).code).toBe(0);
    for (const id of ['amf-33-2026', 'amf-40-2026']) rmSync(join(root, `agreements/local/${id}.md`));
    expect(accords(['render', '--root', root]).stdout).toBe('rendered  agreements/local/amf-33-2026.md\nrendered  agreements/local/amf-40-2026.md\n');
    expect(readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8')).toContain('Fait à Bordeaux');
    expect(readFileSync(join(root, 'agreements/local/amf-40-2026.md'), 'utf8')).toContain('Fait à Mont-de-Marsan');
    // A template that cannot be read is reported for each convention, by its own name.
    rmSync(join(root, 'templates/amf-convention-locale.md.hbs'));
    const errors = accords(['render', '--check', '--root', root]).stdout.split('\n').filter((line) => line.startsWith('error'));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('amf-33-2026');
    expect(errors[1]).toContain('amf-40-2026');
  });

  it('reports a missing text', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    rmSync(join(root, 'agreements/local/amf-33-2026.md'));
    expect(accords(['render', '--check', '--root', root]).stdout).toContain('missing   agreements/local/amf-33-2026.md');
    mkdirSync(join(root, 'x'));
  });
});

describe('accords new and render in French (end to end)', () => {
  const fr = (root: string, ...args: string[]) => draft(root, ...args, '--lang', 'fr');

  it('lists the variables under French headings, names and types as written', () => {
    const run = fr(freshRoot(), '--list-vars');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^NOM +TYPE +VALEUR +DESCRIPTION$/m);
    expect(run.stdout).toMatch(/^departement +string +obligatoire +Code INSEE du département couvert \(son nom vient de la liste officielle\) \(par ex\. 33\)$/m);
    expect(run.stdout).toMatch(/^reconduction +tacit\|express\|none +/m);
  });

  it('lists every problem in French and writes nothing', () => {
    const root = freshRoot();
    const run = fr(root, '--id', 'AMF_33', '--set', 'date_prevue=2026-02-30', '--set', 'departemnt=33', '--set', 'lieu');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^accords: rien n’a été écrit ; \d+ problèmes :$/m);
    expect(run.stderr).toContain('  - --id `AMF_33` n’est pas un identifiant en minuscules (a-z, 0-9 et tirets simples, par ex. amf-33-2026)\n');
    expect(run.stderr).toContain('  - --set lieu : écrivez nom=valeur\n');
    expect(run.stderr).toContain('  - variable inconnue `departemnt` (provenant de --set) : vouliez-vous dire `departement` ?\n');
    expect(run.stderr).toContain('  - `date_prevue` (provenant de --set) : `2026-02-30` n’est pas une date du calendrier écrite AAAA-MM-JJ\n');
    expect(run.stderr).toContain('  - variable obligatoire manquante `lieu_signature` : Lieu de signature (par ex. --set lieu_signature=Bordeaux)\n');
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('says in French what it wrote, and drafts the same French convention', () => {
    const root = freshRoot();
    const run = fr(root, '--id', 'amf-33-2026', ...GIRONDE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('accords: `ad-maires-33` (Association des maires de la Gironde) ajouté à agreements/organizations.yaml\naccords: agreements/local/amf-33-2026.yaml et agreements/local/amf-33-2026.md écrits\n');
    expect(readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8')).toContain('Fait à Bordeaux, le ……………');
    const again = fr(root, '--id', 'amf-33-2026', ...GIRONDE);
    expect(again.stderr).toContain('agreements/local/amf-33-2026.yaml et agreements/local/amf-33-2026.md existent déjà (utilisez --force pour les remplacer)');
  });

  it('drafts the very same record and convention text in either language', () => {
    const root = freshRoot();
    const en = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--dry-run').stdout;
    const french = fr(root, '--id', 'amf-33-2026', ...GIRONDE, '--dry-run').stdout;
    expect(en).toContain('# agreements/organizations.yaml: entry to add\n');
    expect(french).toBe(en.replace('# agreements/organizations.yaml: entry to add', '# agreements/organizations.yaml : entrée à ajouter'));
  });

  it('reports render outcomes with French words, and JSON with its codes', () => {
    const root = freshRoot();
    expect(draft(root, '--id', 'amf-33-2026', ...GIRONDE).code).toBe(0);
    expect(accords(['render', '--check', '--root', root, '--lang', 'fr']).stdout).toBe('ok        agreements/local/amf-33-2026.md\n');
    rmSync(join(root, 'agreements/local/amf-33-2026.md'));
    const check = accords(['render', '--check', '--root', root, '--lang', 'fr']);
    expect(check.stdout).toBe('manquant  agreements/local/amf-33-2026.md : texte absent (lancez `accords render amf-33-2026`)\n');
    expect(JSON.parse(accords(['render', '--check', '--root', root, '--format', 'json', '--lang', 'fr']).stdout)).toMatchObject([{ status: 'missing' }]);
    expect(accords(['render', 'amf-33-2026', '--root', root, '--lang', 'fr']).stdout).toBe('régénéré  agreements/local/amf-33-2026.md\n');
    const unknown = accords(['render', 'amf-33-202', '--root', root, '--lang', 'fr']);
    expect(unknown.stderr).toBe('accords: `amf-33-202` n’est pas une convention rédigée (aucune fiche valide avec un bloc `provenance`)\n  vouliez-vous dire `amf-33-2026` ?\n');
  });
});

describe('accords new: drafting checks (SPEC §6)', () => {
  const AVE = [
    'partenaire_id=mde-bordeaux',
    "partenaire_nom=Maison de l'emploi de Bordeaux",
    'partenaire_signataire=Yohan David',
    'partenaire_signataire_civilite=Monsieur',
    'direction_territoriale=Direction territoriale de la Gironde',
    'directeur=Paul Martin',
    'directeur_civilite=Monsieur',
    'departement=33',
    'lieu_signature=Bordeaux',
  ].flatMap((s) => ['--set', s]);

  it('drafts from a framework that has ended, with a warning; validate warns once the convention is signed', () => {
    const root = freshRoot();
    const run = accords(['new', '--root', root, '--as-of', '2026-12-03', '--from', 'ave-pole-emploi-2020', '--id', 'ave-33-2026', ...AVE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: ave-pole-emploi-2020 is expired as of 2026-12-03; the convention is drafted from it all the same');
    const text = readFileSync(join(root, 'agreements/local/ave-33-2026.md'), 'utf8');
    expect(text).toContain('protocole de coopération conclu le 16 juillet 2020');
    const path = join(root, 'agreements/local/ave-33-2026.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('place: Bordeaux', 'signed: 2026-12-01\nplace: Bordeaux'));
    const validate = JSON.parse(accords(['validate', '--root', root, '--format', 'json']).stdout) as { rule: string; file: string; severity: string }[];
    expect(validate).toContainEqual(expect.objectContaining({ rule: 'parent-in-force', file: 'agreements/local/ave-33-2026.yaml', severity: 'warning' }));
  });

  it('refuses France Travail (or Pôle emploi) as its own partner, and a partner the registry names otherwise', () => {
    const root = freshRoot();
    const self = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--set', 'partenaire_id=france-travail', '--set', 'partenaire_nom=France Travail');
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('the partner `france-travail` succeeded `pole-emploi`, a party to amf-pole-emploi-2016');
    const renamed = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--set', 'partenaire_id=amf', '--set', 'partenaire_nom=AMF Gironde');
    expect(renamed.code).toBe(1);
    expect(renamed.stderr).toContain('already a party to amf-pole-emploi-2016');
    expect(renamed.stderr).toContain('the registry names `amf` “Association des maires de France et des présidents d\'intercommunalité”');
    expect(readdirSync(join(root, 'agreements/local')).filter((f) => !f.startsWith('.'))).toEqual([]);
  });

  it('takes French words for enums, refuses an empty --set, and reports a French date once with its ISO form', () => {
    const root = freshRoot();
    const french = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--set', 'reconduction=aucune', '--dry-run');
    expect(french.code).toBe(0);
    expect(french.stdout).toContain('renewal: none');
    expect(french.stdout).toContain('applies: any-time');
    const empty = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--set', 'directeur_qualite=', '--set', 'date_prevue=01/12/2026');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('  - `directeur_qualite` is given empty: give a value, or leave the variable out to take its default\n');
    expect(empty.stderr).toContain('  - `date_prevue` (from --set): `01/12/2026` is not written YYYY-MM-DD: write 2026-12-01\n');
    expect(empty.stderr).toMatch(/nothing was written; 2 problems/);
    const dep = draft(root, '--id', 'amf-33-2026', ...GIRONDE, '--set', 'departement=999');
    expect(dep.code).toBe(1);
    expect(dep.stderr).toContain('département `999` is not in the official list');
  });
});
