import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, fixture } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-cache-e2e-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the result cache (end to end)', () => {
  it('gives every command the same output cold and warm', () => {
    const env = { ACCORDS_CACHE: undefined, ACCORDS_CACHE_DIR: join(base, 'warm') };
    for (const args of [
      ['validate', '--root', fixture('broken'), '--format', 'json'],
      ['validate', '--root', fixture('minimal')],
      ['list', '--root', fixture('minimal'), '--format', 'json', '--as-of', '2026-11-22'],
      ['due', '--root', fixture('broken'), '--format', 'json', '--as-of', '2026-11-22', '--within', '2y'],
      ['show', 'amf-pole-emploi-2016', '--root', fixture('minimal'), '--as-of', '2026-11-22'],
    ]) {
      const uncached = accords(args);
      const cold = accords(args, { env });
      const warm = accords(args, { env });
      expect(cold).toEqual(uncached);
      expect(warm).toEqual(uncached);
    }
    expect(readdirSync(join(base, 'warm')).length).toBeGreaterThan(0);
  });

  it('answers in the language asked for, whatever language filled the cache', () => {
    const env = { ACCORDS_CACHE: undefined, ACCORDS_CACHE_DIR: join(base, 'languages') };
    for (const args of [
      ['validate', '--root', fixture('broken')],
      ['show', 'typo', '--root', fixture('broken')],
    ]) {
      const english = accords(args);
      const french = accords([...args, '--lang', 'fr']);
      expect(french.stdout + french.stderr).not.toBe(english.stdout + english.stderr);
      expect(accords(args, { env })).toEqual(english);
      expect(accords([...args, '--lang', 'fr'], { env })).toEqual(french);
      expect(accords(args, { env })).toEqual(english);
    }
  });

  it('serves a French run from the cache an English run filled, without rewriting it', () => {
    // The cache holds problems as messages (keys and parameters), worded when printed: one cache for every language.
    const folder = join(base, 'one-for-all');
    const env = { ACCORDS_CACHE: undefined, ACCORDS_CACHE_DIR: folder };
    const runs = [
      ['validate', '--root', fixture('broken')],
      ['validate', '--root', fixture('broken'), '--format', 'sarif'],
      ['list', '--root', fixture('broken'), '--as-of', '2026-11-22'],
      ['show', 'typo', '--root', fixture('broken'), '--as-of', '2026-11-22'],
    ];
    for (const args of runs) accords(args, { env });
    const files = () => readdirSync(folder).sort().map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8'), mtime: statSync(join(folder, name)).mtimeMs }));
    const filled = files();
    expect(filled.length).toBeGreaterThan(0);
    for (const args of runs) {
      const french = accords([...args, '--lang', 'fr'], { env });
      expect(french).toEqual(accords([...args, '--no-cache', '--lang', 'fr']));
      expect(french.stdout + french.stderr).not.toEqual(accords([...args, '--no-cache']).stdout + accords([...args, '--no-cache']).stderr);
    }
    expect(files()).toEqual(filled);
  });

  it('writes nothing with --no-cache or ACCORDS_CACHE=0', () => {
    const folder = join(base, 'off');
    accords(['validate', '--root', fixture('minimal'), '--no-cache'], { env: { ACCORDS_CACHE: undefined, ACCORDS_CACHE_DIR: folder } });
    accords(['list', '--root', fixture('minimal')], { env: { ACCORDS_CACHE: '0', ACCORDS_CACHE_DIR: folder } });
    expect(existsSync(folder)).toBe(false);
  });
});
