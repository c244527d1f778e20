import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheFolder, openCache } from '../../src/load/cache.js';
import type { FileOutcome } from '../../src/check/validate.js';

const base = mkdtempSync(join(tmpdir(), 'accords-cache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const outcome: FileOutcome = { value: { id: 'a' }, valid: true, diagnostics: [] };

describe('cacheFolder', () => {
  it('is off with ACCORDS_CACHE=0 (or false, no, off)', () => {
    for (const value of ['0', 'false', 'no', 'OFF']) expect(cacheFolder('/repo', { ACCORDS_CACHE: value })).toBeUndefined();
  });

  it('takes ACCORDS_CACHE_DIR, then node_modules/.cache under the root, then the user cache', () => {
    expect(cacheFolder('/repo', { ACCORDS_CACHE_DIR: '/elsewhere' })).toBe('/elsewhere');
    const root = mkdtempSync(join(base, 'root-'));
    expect(cacheFolder(root, { HOME: '/home/u' })).toBe('/home/u/.cache/accords');
    expect(cacheFolder(root, { XDG_CACHE_HOME: '/xdg', HOME: '/home/u' })).toBe('/xdg/accords');
    writeFileSync(join(root, 'node_modules'), '');
    expect(cacheFolder(root, {})).toBe(join(root, 'node_modules', '.cache', 'accords'));
  });
});

describe('openCache', () => {
  it('recalls an outcome by content and kind, after a save, in a new process-like open', () => {
    const folder = join(base, 'one');
    const first = openCache(folder, '/repo', ['schema']);
    expect(first.memo.recall('id: a\n', 'record')).toBeUndefined();
    first.memo.remember('id: a\n', 'record', outcome);
    first.save();
    const second = openCache(folder, '/repo', ['schema']);
    expect(second.memo.recall('id: a\n', 'record')).toEqual(outcome);
    expect(second.memo.recall('id: a\n', 'registry')).toBeUndefined();
    expect(second.memo.recall('id: b\n', 'record')).toBeUndefined();
  });

  it('forgets everything when the schemas change', () => {
    const folder = join(base, 'schemas');
    const first = openCache(folder, '/repo', ['schema v1']);
    first.memo.remember('id: a\n', 'record', outcome);
    first.rememberTree('key', { diagnostics: [], files: [] });
    first.save();
    const second = openCache(folder, '/repo', ['schema v2']);
    expect(second.memo.recall('id: a\n', 'record')).toBeUndefined();
    expect(second.recallTree('key')).toBeUndefined();
  });

  it('keeps only the entries the last run used', () => {
    const folder = join(base, 'prune');
    const first = openCache(folder, '/repo', ['s']);
    first.memo.remember('old\n', 'record', outcome);
    first.save();
    const second = openCache(folder, '/repo', ['s']);
    second.memo.recall('new\n', 'record');
    second.memo.remember('new\n', 'record', outcome);
    second.save();
    const third = openCache(folder, '/repo', ['s']);
    expect(third.memo.recall('old\n', 'record')).toBeUndefined();
    expect(third.memo.recall('new\n', 'record')).toEqual(outcome);
  });

  it('keeps every entry after a run that checked some files without asking', () => {
    const folder = join(base, 'partial');
    const first = openCache(folder, '/repo', ['s']);
    first.memo.remember('old\n', 'record', outcome);
    first.save();
    const second = openCache(folder, '/repo', ['s']);
    second.memo.passed();
    second.memo.remember('new\n', 'record', outcome);
    second.save();
    const third = openCache(folder, '/repo', ['s']);
    expect(third.memo.recall('old\n', 'record')).toEqual(outcome);
    expect(third.memo.recall('new\n', 'record')).toEqual(outcome);
  });

  it('recalls the tree only under the same key', () => {
    const folder = join(base, 'tree');
    const first = openCache(folder, '/repo', ['s']);
    first.rememberTree('k1', { diagnostics: [], files: ['agreements/a.yaml'] });
    first.save();
    const second = openCache(folder, '/repo', ['s']);
    expect(second.recallTree('k1')).toEqual({ diagnostics: [], files: ['agreements/a.yaml'] });
    expect(second.recallTree('k2')).toBeUndefined();
  });

  it('ignores a damaged cache file and replaces it', () => {
    const folder = join(base, 'damaged');
    const first = openCache(folder, '/repo', ['s']);
    first.memo.remember('id: a\n', 'record', outcome);
    first.save();
    for (const name of readdirSync(folder)) writeFileSync(join(folder, name), '{"namespace": tru');
    const second = openCache(folder, '/repo', ['s']);
    expect(second.memo.recall('id: a\n', 'record')).toBeUndefined();
    second.memo.remember('id: a\n', 'record', outcome);
    second.save();
    expect(openCache(folder, '/repo', ['s']).memo.recall('id: a\n', 'record')).toEqual(outcome);
  });

  it('stays whole when two runs save at once: the last one wins', () => {
    const folder = join(base, 'race');
    const a = openCache(folder, '/repo', ['s']);
    const b = openCache(folder, '/repo', ['s']);
    a.memo.recall('a\n', 'record');
    b.memo.recall('b\n', 'record');
    a.memo.remember('a\n', 'record', outcome);
    b.memo.remember('b\n', 'record', outcome);
    a.save();
    b.save();
    const after = openCache(folder, '/repo', ['s']);
    expect(after.memo.recall('b\n', 'record')).toEqual(outcome);
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is skipped, without an exception, when its folder cannot be written', () => {
    const blocked = join(base, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const cache = openCache(join(blocked, 'accords'), '/repo', ['s']);
    cache.memo.remember('id: a\n', 'record', outcome);
    expect(() => cache.save()).not.toThrow();
    expect(existsSync(join(blocked, 'accords'))).toBe(false);
  });
});
