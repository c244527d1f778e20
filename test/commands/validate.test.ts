import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

describe('accords validate (end to end)', () => {
  it('passes the bundled agreements', () => {
    const run = accords(['validate']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/checked, no problems|0 errors/);
  });

  it('passes a minimal valid root', () => {
    const run = accords(['validate', '--root', fixture('minimal'), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('reports a typo, an impossible date and a syntax error with positions, in json', () => {
    const run = accords(['validate', '--root', fixture('broken'), '--format', 'json']);
    expect(run.code).toBe(1);
    const problems = JSON.parse(run.stdout) as { file: string; line: number; column: number; rule: string; message: string; severity: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ file: 'agreements/local/typo.yaml', line: 6, column: 1, severity: 'error', rule: 'unknown-key', hint: 'did you mean `signed`?' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'agreements/local/impossible-date.yaml', line: 6, column: 9, rule: 'invalid-date', hint: 'February 2021 has 28 days' }));
    expect(problems.filter((p) => p.file === 'agreements/local/syntax.yaml').length).toBeGreaterThan(0);
    expect(run.stderr).toBe('');
  });

  it('reports the same problems in stylish and github formats', () => {
    const stylish = accords(['validate', '--root', fixture('broken')]);
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/agreements\/local\/typo\.yaml\n {2}6:1 +error +unknown key `sigend` — did you mean `signed`\? +unknown-key/);
    const github = accords(['validate', '--root', fixture('broken'), '--format', 'github'], { cwd: fixture('broken') });
    expect(github.code).toBe(1);
    expect(github.stdout).toContain('::error file=agreements/local/typo.yaml,line=6,col=1,');
  });

  it('limits the report to the given paths but checks references against the whole tree', () => {
    const run = accords(['validate', 'agreements/local/amf-33-2017.yaml', '--format', 'json'], { cwd: fixture('minimal') });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });

  it('exits 2 on a missing root, an unknown format or an unknown command, without a stack trace', () => {
    for (const args of [['validate', '--root', '/nonexistent'], ['validate', '--format', 'xml'], ['valdate']]) {
      const run = accords(args, { cwd: fixture('minimal') });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(accords(['valdate']).stderr).toContain('validate');
  });
});

describe('accords validate in French (end to end)', () => {
  const base = mkdtempSync(join(tmpdir(), 'accords-validate-fr-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('explains its usage errors in French, exit 2', () => {
    const cwd = fixture('minimal');
    const expectations: [string[], string][] = [
      [['--max-warnings', 'beaucoup'], 'accords: --max-warnings attend un nombre entier, pas `beaucoup`\n'],
      [['--base', 'HEAD'], 'accords: --base ne s’emploie qu’avec --changed\n'],
      [['agreements/nulle-part'], 'accords: agreements/nulle-part : fichier ou dossier introuvable\n  indiquez des fiches ou des dossiers sous agreements/\n'],
      [['.'], 'accords: . n’est pas sous ./agreements\n  les fiches se trouvent dans le dossier agreements/ de la racine (voir --root)\n'],
      [['--format', 'xml'], 'accords: format inconnu `xml`\n  formats : stylish, json, github, sarif, junit\n'],
    ];
    for (const [args, stderr] of expectations) {
      const run = accords(['validate', ...args, '--lang', 'fr'], { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toBe(stderr);
    }
  });

  it('counts the warnings over --max-warnings in French, and in English', () => {
    const root = join(base, 'sans-parent');
    cpSync(fixture('minimal'), root, { recursive: true });
    const file = join(root, 'agreements/local/amf-33-2017.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('parent: amf-pole-emploi-2016\n', ''));
    const french = accords(['validate', '--root', root, '--max-warnings', '0', '--lang', 'fr']);
    expect(french.code).toBe(1);
    expect(french.stderr).toBe('accords: 1 avertissement, plus que --max-warnings 0\n');
    expect(accords(['validate', '--root', root, '--max-warnings', '0']).stderr).toBe('accords: 1 warning, more than --max-warnings 0\n');
    expect(accords(['validate', '--root', root, '--max-warnings', '1', '--lang', 'fr']).code).toBe(0);
  });
});
