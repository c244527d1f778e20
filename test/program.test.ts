import { describe, expect, it } from 'vitest';
import { accords } from './e2e.js';

// The help of `accords due` as commander 14 prints it in English, byte for byte.
const DUE_HELP = `Usage: accords due [options]

dated events (start, notice-deadline, renewal, expiry, review,
committee-meeting) from --as-of to --as-of + --within

Options:
  --within <period>  90d, 12w, 3m, 1y or ISO 8601 (P3M); default 3m, 2y with
                     --format ics
  --lead <period>    announce each date that much earlier (an internal lead
                     time; a record’s own \`lead:\` wins)
  --exit-code        exit 1 when any event is listed (for cron and CI)
  -h, --help         display help for command

Global Options:
  -V, --version      output the version number
  --root <dir>       the repository of agreements (default: $ACCORDS_ROOT, else
                     the nearest folder above with agreements/)
  --as-of <date>     the day to compute for, YYYY-MM-DD (default: today)
  --format <name>    output format (each command lists its own)
  --no-color         no colours (also NO_COLOR=1)
  --no-cache         parse every file again (also ACCORDS_CACHE=0); see README,
                     Performance
  --debug            show stack traces of internal errors
  --lang <language>  en or fr (default: from LC_ALL, LC_MESSAGES or LANG;
                     English unless French)

Formats: table (default), json, ics, github, sarif.

Examples:
  $ accords due
  $ accords due --as-of 2026-11-22 --within 1y
  $ accords due --within 90d --format ics > echeances.ics
  $ accords due --lead 1m --format github
`;

describe('accords --help (end to end)', () => {
  it('prints the English help unchanged', () => {
    const root = accords(['--help']);
    expect(root.code).toBe(0);
    expect(root.stdout).toMatch(/^Usage: accords \[options\] \[command\]\n\nValidate, track and draft partnership agreements \(accords-cadres\) kept as YAML\nin git\.\n\nOptions:\n {2}-V, --version {18}output the version number\n/);
    expect(root.stdout).toContain('\n  -h, --help                     display help for command\n\nCommands:\n  validate [options] [paths...]  check every record');
    expect(root.stdout).toMatch(/\n {2}help \[command\] {17}display help for command\n$/);
    expect(accords(['due', '--help']).stdout).toBe(DUE_HELP);
    expect(accords(['help', 'due']).stdout).toBe(DUE_HELP);
    expect(accords(['render', '--help']).stdout).toMatch(/\n\nExamples:\n {2}\$ accords render amf-33-2026\n {2}\$ accords render --check {8}# in CI: every committed convention matches its record\n {2}\$ accords render amf-33-2026 --format docx {3}# the Word document, beside the record\n$/);
    expect(accords(['new', '--help']).stdout).toContain('\nFormats (--list-vars): table (default), json.\n\nExamples:\n');
    expect(accords(['init', '--help']).stdout).toContain('\nArguments:\n  dir                the folder (default: the current one)\n\nOptions:\n');
  });

  it('prints it in French with --lang fr: titles, descriptions, defaults, formats; examples unchanged', () => {
    const run = accords(['--lang', 'fr', 'due', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Utilisation : accords due \[options\]\n\nles échéances datées \(start, notice-deadline, renewal, expiry, review,\ncommittee-meeting\) de --as-of à --as-of \+ --within\n\nOptions :\n/);
    expect(run.stdout).toContain('  --within <period>  90d, 12w, 3m, 1y ou ISO 8601 (P3M) ; par défaut 3m, 2y avec\n                     --format ics\n');
    // commander's own « (par défaut : …) », on an option that has a default.
    expect(accords(['--lang', 'fr', 'report', '--help']).stdout).toMatch(/\(par défaut :\s+"3m"\)/);
    expect(run.stdout).toContain('  -h, --help         afficher l’aide de la commande\n\nOptions globales :\n  -V, --version      afficher le numéro de version\n');
    expect(run.stdout).toContain('\nFormats : table (par défaut), json, ics, github, sarif.\n\nExemples :\n  $ accords due\n  $ accords due --as-of 2026-11-22 --within 1y\n  $ accords due --within 90d --format ics > echeances.ics\n  $ accords due --lead 1m --format github\n');
    expect(run.stdout).not.toMatch(/display help|Options:|default/);
  });

  it('prints the list of commands in French, with the help command, for a French locale', () => {
    const run = accords(['--help'], { env: { LANG: 'fr_FR.UTF-8' } });
    expect(run.stdout).toContain('\nCommandes :\n  validate [options] [paths...]  vérifier chaque fiche');
    expect(run.stdout).toMatch(/\n {2}help \[command\] {17}afficher l’aide de la commande\n$/);
    expect(accords(['init', '--help', '--lang', 'fr']).stdout).toContain('\nArguments :\n  dir                le dossier (par défaut : le dossier courant)\n');
  });
});

describe("commander's errors (end to end)", () => {
  const error = (args: string[]) => {
    const run = accords(args);
    expect(run.code, args.join(' ')).toBe(2);
    return run.stderr;
  };

  it('stay as commander writes them in English', () => {
    expect(error(['valdate'])).toBe("error: unknown command 'valdate'\n(Did you mean validate?)\n");
    expect(error(['list', '--bogus'])).toBe("error: unknown option '--bogus'\n");
    // The guess is the tool's own (`closest`, as for formats and ids): a word cut short is what was meant.
    expect(error(['list', '--form', 'json'])).toBe("error: unknown option '--form'\n(Did you mean --format?)\n");
    expect(error(['show'])).toBe("error: missing required argument 'id'\n");
    expect(error(['list', '--root'])).toBe("error: option '--root <dir>' argument missing\n");
    expect(error(['show', 'a', 'b'])).toBe("error: too many arguments for 'show'. Expected 1 argument but got 2.\n");
    expect(error(['list', 'a'])).toBe("error: too many arguments for 'list'. Expected 0 arguments but got 1.\n");
  });

  it('are said in French, with the suggestion', () => {
    expect(error(['valdate', '--lang', 'fr'])).toBe("erreur : commande inconnue 'valdate'\n(Vouliez-vous dire validate ?)\n");
    expect(error(['list', '--lang', 'fr', '--bogus'])).toBe("erreur : option inconnue '--bogus'\n");
    expect(error(['list', '--lang', 'fr', '--bo'])).toBe("erreur : option inconnue '--bo'\n(Vouliez-vous dire --bom ?)\n");
    expect(error(['list', '--lang', 'fr', '--form', 'json'])).toBe("erreur : option inconnue '--form'\n(Vouliez-vous dire --format ?)\n");
    expect(error(['show', '--lang', 'fr'])).toBe("erreur : argument obligatoire manquant 'id'\n");
    expect(error(['list', '--lang', 'fr', '--root'])).toBe("erreur : il manque l’argument de l’option '--root <dir>'\n");
    expect(error(['show', 'a', 'b', '--lang', 'fr'])).toBe("erreur : trop d’arguments pour 'show'. 1 argument attendu, nombre reçu : 2.\n");
    expect(error(['history', 'a', 'b', 'c', '--lang=fr'])).toBe("erreur : trop d’arguments pour 'history'. 1 argument attendu, nombre reçu : 3.\n");
  });
});

describe('accords --version (end to end)', () => {
  it('answers alone, in any language', () => {
    expect(accords(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
    expect(accords(['--lang', 'fr', '--version']).stdout).toBe(accords(['-V']).stdout);
  });
});

describe('--lang (end to end)', () => {
  it('wins over the locale, in either direction', () => {
    expect(accords(['due', '--as-of', '2026-11-22', '--within', '1y', '--lang', 'en'], { env: { LANG: 'fr_FR.UTF-8' } }).stdout).toMatch(/^DATE {8}IN /);
    expect(accords(['due', '--as-of', '2026-11-22', '--within', '1y', '--lang=fr']).stdout).toMatch(/^DATE {8}DANS /);
  });

  it('follows LC_ALL before LC_MESSAGES before LANG', () => {
    expect(accords(['due', '--as-of', '2026-11-22', '--within', '1y'], { env: { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_GB.UTF-8' } }).stdout).toMatch(/^DATE {8}DANS /);
    expect(accords(['due', '--as-of', '2026-11-22', '--within', '1y'], { env: { LC_MESSAGES: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' } }).stdout).toMatch(/^DATE {8}IN /);
  });

  it('needs a language it speaks: exit 2, with the list', () => {
    expect(accords(['due', '--lang'])).toEqual({ code: 2, stdout: '', stderr: 'accords: --lang needs a language\n  languages: en, fr\n' });
    expect(accords(['due', '--lang', 'de'], { env: { LANG: 'fr_FR.UTF-8' } })).toEqual({ code: 2, stdout: '', stderr: 'accords: langue inconnue `de`\n  langues : en, fr\n' });
  });
});
