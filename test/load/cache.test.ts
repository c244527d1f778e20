import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it('ignores a cache file of the right name but the wrong JSON shape, and replaces it', () => {
    const folder = join(base, 'shapes');
    const diagnostic = { range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, severity: 'error' as const, rule: 'yaml-syntax', message: 'x' };
    const fill = () => {
      const cache = openCache(folder, '/repo', ['s']);
      cache.memo.remember('id: a\n', 'record', outcome);
      cache.memo.remember('[\n', 'record', { valid: false, diagnostics: [diagnostic] });
      cache.rememberTree('key', { diagnostics: [{ ...diagnostic, file: 'agreements/a.yaml' }], files: ['agreements/a.yaml'] });
      cache.save();
      const [files, tree] = ['.files.jsonl', '.tree.json'].map((end) => join(folder, readdirSync(folder).find((name) => name.endsWith(end))!));
      return { files: files!, tree: tree!, namespace: (JSON.parse(readFileSync(tree!, 'utf8')) as { namespace: string }).namespace, lines: readFileSync(files!, 'utf8').split('\n') };
    };
    const { files, tree, namespace, lines } = fill();
    const hash = (i: number) => (JSON.parse(lines[i]!) as { h: string }).h;
    const whole = ['{}', '[]', 'null', '42', '"x"', 'true', `{"namespace":"${namespace}"}`, `[{"namespace":"${namespace}"}]`];
    const badOutcomes = [
      '{}', '[]', 'null', '42', '"x"', '{"valid":true}', '{"valid":"yes","diagnostics":[]}', '{"valid":true,"diagnostics":{}}',
      '{"valid":true,"diagnostics":[],"value":42}', '{"valid":true,"diagnostics":[],"value":[]}', '{"valid":true,"diagnostics":[]}',
      '{"valid":false,"diagnostics":[42]}', '{"valid":false,"diagnostics":[{}]}', '{"valid":false,"diagnostics":[{"range":{"start":{"line":"0","column":0},"end":{"line":0,"column":0}},"severity":"error","rule":"r","message":"m"}]}',
      '{"valid":false,"diagnostics":[{"range":{"start":{"line":0,"column":0},"end":{"line":0,"column":0}},"severity":"fatal","rule":"r","message":"m"}]}',
      '{"valid":false,"diagnostics":[{"range":{"start":{"line":0,"column":0},"end":{"line":0,"column":0}},"severity":"error","rule":"r","message":"m","hint":7}]}',
    ];
    const badTrees = ['{}', 'null', '42', '[]', '{"diagnostics":{},"files":[]}', '{"diagnostics":[],"files":{}}', '{"diagnostics":[],"files":[1]}', '{"diagnostics":[42],"files":[]}', '{"diagnostics":[{"file":1}],"files":[]}', `{"diagnostics":[${JSON.stringify(diagnostic)}],"files":[]}`];
    const variants: [string, string][] = [
      ...whole.flatMap((text): [string, string][] => [[files, text], [tree, text], ...(text.includes(namespace) ? [] : [[files, `${text}\n${lines.slice(1).join('\n')}`] as [string, string]])]),
      ...badOutcomes.flatMap((o): [string, string][] => [0, 1].map((i): [string, string] => [files, `${lines[0]}\n{"h":"${hash(i + 1)}","o":${o}}\n`])),
      ...badTrees.map((o): [string, string] => [tree, JSON.stringify({ namespace, key: 'key', outcome: JSON.parse(o) as unknown })]),
      [tree, JSON.stringify({ namespace, key: 42, outcome: { diagnostics: [], files: [] } })],
    ];
    for (const [path, text] of variants) {
      fill();
      writeFileSync(path, text);
      const cache = openCache(folder, '/repo', ['s']);
      const recalled = [cache.memo.recall('id: a\n', 'record'), cache.memo.recall('[\n', 'record'), cache.recallTree('key')];
      // Whatever is still recalled is what was stored; the rest is missed, never thrown.
      expect([outcome, undefined], text).toContainEqual(recalled[0]);
      expect([{ valid: false, diagnostics: [diagnostic] }, undefined], text).toContainEqual(recalled[1]);
      expect(recalled.includes(undefined), `${path.endsWith('.tree.json') ? 'tree' : 'files'}: ${text}`).toBe(true);
      // Checked afresh and saved, the next run recalls it again.
      cache.memo.remember('id: a\n', 'record', outcome);
      cache.memo.remember('[\n', 'record', { valid: false, diagnostics: [diagnostic] });
      cache.rememberTree('key', { diagnostics: [], files: [] });
      cache.save();
      expect(openCache(folder, '/repo', ['s']).memo.recall('id: a\n', 'record'), text).toEqual(outcome);
    }
    expect(variants.length).toBeGreaterThan(50);
  });
});
