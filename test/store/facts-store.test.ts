import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openFactsStore } from '../../src/store/facts-store.js';
import type { StoredFacts } from '../../src/store/facts-store.js';
import { cacheFolder, openStores } from '../../src/store/open.js';
import { message } from '../../src/text/say.js';
import { fr } from '../say.js';

const base = mkdtempSync(join(tmpdir(), 'accords-store-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const facts: StoredFacts = { value: { id: 'a' }, valid: true, diagnostics: [] };
const stat = { ino: 1, size: 10, mtimeMs: 1000, ctimeMs: 1000 };
const A = 'agreements/a.yaml';
const never = () => {
  throw new Error('the content was asked for');
};

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

describe('the facts store', () => {
  const path = (name: string) => join(base, `${name}.facts.jsonl`);

  it('recalls a file by its metadata, without reading it, after a save', () => {
    const first = openFactsStore(path('one'), 'ns');
    expect(first.recall(A, stat, true, () => 'h1')).toBeUndefined();
    first.remember(A, stat, true, 'h1', facts);
    first.save();
    const second = openFactsStore(path('one'), 'ns');
    expect(second.recall(A, stat, true, never)).toEqual(facts);
    expect(second.recall('agreements/b.yaml', stat, true, never)).toBeUndefined();
  });

  it('checks the content when the metadata moved or cannot be trusted', () => {
    const first = openFactsStore(path('moved'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.save();
    const second = openFactsStore(path('moved'), 'ns');
    // Touched: new times, same bytes.
    expect(second.recall(A, { ...stat, mtimeMs: 2000 }, true, () => 'h1')).toEqual(facts);
    // Same metadata, but written within two seconds of the listing: its bytes decide.
    expect(second.recall(A, stat, false, () => 'h2')).toBeUndefined();
    expect(second.recall(A, stat, false, () => 'h1')).toEqual(facts);
    // An edit that kept size and modification time still moves the change time.
    expect(second.recall(A, { ...stat, ctimeMs: 3000 }, true, () => 'h2')).toBeUndefined();
  });

  it('keeps no metadata of a file written within two seconds of the listing: next time its bytes decide', () => {
    const first = openFactsStore(path('racy'), 'ns');
    first.remember(A, stat, false, 'h1', facts);
    first.save();
    const second = openFactsStore(path('racy'), 'ns');
    // Settled now, same metadata: still compared by content (it may have been rewritten within the same tick).
    expect(second.recall(A, stat, true, () => 'h2')).toBeUndefined();
    expect(second.recall(A, stat, true, () => 'h1')).toEqual(facts);
    second.save();
    // Recalled by content while settled: its metadata is kept from then on.
    expect(openFactsStore(path('racy'), 'ns').recall(A, stat, true, never)).toEqual(facts);
  });

  it('forgets everything under another namespace (tool, build, schemas, fields)', () => {
    const first = openFactsStore(path('ns'), 'v1');
    first.remember(A, stat, true, 'h1', facts);
    first.save();
    expect(openFactsStore(path('ns'), 'v2').recall(A, stat, true, () => 'h1')).toBeUndefined();
  });

  it('keeps the files this run listed, no others, and writes nothing when nothing changed', () => {
    const first = openFactsStore(path('prune'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.remember('agreements/gone.yaml', stat, true, 'h2', facts);
    first.save();
    const second = openFactsStore(path('prune'), 'ns');
    second.recall(A, stat, true, never);
    second.save();
    const third = openFactsStore(path('prune'), 'ns');
    expect(third.recall('agreements/gone.yaml', stat, true, () => 'h2')).toBeUndefined();
    expect(third.recall(A, stat, true, never)).toEqual(facts);
    const before = readFileSync(path('prune'), 'utf8');
    writeFileSync(path('prune'), before);
    third.save();
    expect(readFileSync(path('prune'), 'utf8')).toBe(before);
  });

  it('keeps the lines of files listed but not looked up (an incremental run looks up only some)', () => {
    const first = openFactsStore(path('listed'), 'ns');
    for (const name of ['a', 'b', 'c', 'd', 'e']) first.remember(`agreements/${name}.yaml`, stat, true, name, facts);
    first.save();
    const second = openFactsStore(path('listed'), 'ns');
    second.remember(A, { ...stat, size: 11 }, true, 'a2', facts);
    second.save(['a', 'b', 'c', 'd', 'e'].map((name) => `agreements/${name}.yaml`));
    const third = openFactsStore(path('listed'), 'ns');
    for (const name of ['b', 'c', 'd', 'e']) expect(third.recall(`agreements/${name}.yaml`, stat, true, never)).toEqual(facts);
    expect(third.recall(A, { ...stat, size: 11 }, true, never)).toEqual(facts);
  });

  it('remembers places in an unchanged file, and forgets them when it changes', () => {
    const range = { start: { line: 3, column: 8 }, end: { line: 3, column: 15 } };
    const first = openFactsStore(path('places'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.rememberPlaces(A, new Map([['["parent"]', { range, typed: 'nowhere' }]]));
    first.save();
    const second = openFactsStore(path('places'), 'ns');
    second.recall(A, stat, true, never);
    expect(second.places(A)).toEqual(new Map([['["parent"]', { range, typed: 'nowhere' }]]));
    second.remember(A, { ...stat, size: 11 }, true, 'h3', facts);
    expect(second.places(A)).toBeUndefined();
  });

  it('ignores a damaged or misshapen line, and the whole file under a damaged first line', () => {
    const first = openFactsStore(path('damaged'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.remember('agreements/b.yaml', stat, true, 'h2', facts);
    first.save();
    const [head, a, b] = readFileSync(path('damaged'), 'utf8').split('\n');
    const bad = ['{}', '[]', 'null', '42', '{"valid":true}', '{"valid":"yes","diagnostics":[]}', '{"valid":true,"diagnostics":{}}', '{"valid":true,"diagnostics":[],"value":42}', '{"valid":false,"diagnostics":[{}]}', '{"valid":false,"diagnostics":[{"range":{"start":{"line":0,"column":0},"end":{"line":0,"column":0}},"severity":"fatal","rule":"r","message":"m"}]}'];
    for (const facts of bad) {
      writeFileSync(path('damaged'), [head, `${a!.split('\t')[0]}\t${facts}\t`, b, ''].join('\n'));
      const store = openFactsStore(path('damaged'), 'ns');
      expect(store.recall(A, stat, true, () => 'h1'), facts).toBeUndefined();
      expect(store.recall('agreements/b.yaml', stat, true, never)).toBeDefined();
    }
    for (const text of ['{"namespace": tru', `${head}\nnot json\n["a",1,2]\t{}\n`, '']) {
      writeFileSync(path('damaged'), text);
      expect(openFactsStore(path('damaged'), 'ns').recall(A, stat, true, () => 'h1')).toBeUndefined();
    }
  });

  it('answers the same once preloaded (every line decoded while the tree is listed), damaged lines included', () => {
    const first = openFactsStore(path('preload'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.remember('agreements/b.yaml', stat, true, 'h2', { ...facts, value: { id: 'b' } });
    first.save();
    const [head, a, b] = readFileSync(path('preload'), 'utf8').split('\n');
    expect(openFactsStore(path('preload'), 'ns').storedBytes()).toBe(readFileSync(path('preload')).length);
    expect(openFactsStore(path('none'), 'ns').storedBytes()).toBe(0);
    const preloaded = openFactsStore(path('preload'), 'ns');
    preloaded.preload();
    expect(preloaded.recall(A, stat, true, never)).toEqual(facts);
    // Touched: the same bytes under new metadata are still found, and kept with the metadata of now.
    expect(preloaded.recall('agreements/b.yaml', { ...stat, mtimeMs: 2000 }, true, () => 'h2')).toEqual({ ...facts, value: { id: 'b' } });
    preloaded.save([A, 'agreements/b.yaml']);
    expect(openFactsStore(path('preload'), 'ns').recall('agreements/b.yaml', { ...stat, mtimeMs: 2000 }, true, never)).toEqual({ ...facts, value: { id: 'b' } });
    writeFileSync(path('preload'), [head, `${a!.split('\t')[0]}\t{"valid":tru\t`, b, ''].join('\n'));
    const damaged = openFactsStore(path('preload'), 'ns');
    damaged.preload();
    expect(damaged.recall(A, stat, true, () => 'h1')).toBeUndefined();
    expect(damaged.recall('agreements/b.yaml', stat, true, never)).toBeDefined();
  });

  it('reads back every file name, those JSON escapes included, with its metadata and hash', () => {
    const names = ['agreements/é/convention-33.yaml', 'agreements/a"b.yaml', 'agreements/a","b.yaml', 'agreements/back\\slash\\.yaml', 'agreements/tab\tand\nline.yaml', 'agreements/\u2028.yaml', 'agreements/emoji-🇫🇷.yaml'];
    const first = openFactsStore(path('names'), 'ns');
    names.forEach((name, i) => first.remember(name, { ...stat, ino: i }, true, `hash-${i}`, { ...facts, value: { id: `id-${i}` } }));
    first.save();
    const second = openFactsStore(path('names'), 'ns');
    names.forEach((name, i) => {
      expect(second.recall(name, { ...stat, ino: i }, true, never), name).toEqual({ ...facts, value: { id: `id-${i}` } });
      expect(second.hashOf(name)).toBe(`hash-${i}`);
    });
    // Trusted by its content when its metadata moved: the hash read back is the one written.
    expect(second.recall(names[1]!, { ...stat, ino: 99 }, true, () => 'hash-1')).toEqual({ ...facts, value: { id: 'id-1' } });
  });

  it('passes over a line whose head is not `["file","meta","hash"]`', () => {
    const first = openFactsStore(path('heads'), 'ns');
    first.remember(A, stat, true, 'h1', facts);
    first.save();
    const [header, line] = readFileSync(path('heads'), 'utf8').split('\n');
    const rest = line!.slice(line!.indexOf('\t'));
    for (const head of ['["agreements/a.yaml","1:10:1000:1000"]', '{"agreements/a.yaml":1}', '"agreements/a.yaml"', '["agreements/a.yaml",1,"h1"]', '["agreements\\/a.yaml",1,"h1"]', '[1,"1:10:1000:1000","h1"]', '["agreements/a.yaml","1:10:1000:1000","h1"', '']) {
      writeFileSync(path('heads'), `${header}\n${head}${rest}\n`);
      expect(openFactsStore(path('heads'), 'ns').recall(A, stat, true, () => 'h1'), head).toBeUndefined();
    }
  });

  it('stays whole when two runs save at once: the last one wins', () => {
    const a = openFactsStore(path('race'), 'ns');
    const b = openFactsStore(path('race'), 'ns');
    a.remember(A, stat, true, 'h1', facts);
    b.remember(A, stat, true, 'h2', { ...facts, value: { id: 'b' } });
    a.save();
    b.save();
    expect(openFactsStore(path('race'), 'ns').recall(A, stat, true, never)).toEqual({ ...facts, value: { id: 'b' } });
    expect(readdirSync(base).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('is skipped, without an exception, when its folder cannot be written', () => {
    const blocked = join(base, 'blocked');
    writeFileSync(blocked, 'a file where the folder should be');
    const stores = openStores(join(blocked, 'accords'), '/repo', ['s']);
    stores.facts.remember(A, stat, true, 'h1', facts);
    expect(() => stores.facts.save()).not.toThrow();
    expect(() => stores.tree.remember('key', { basis: 'b', index: {}, registry: null, outcome: { diagnostics: [], files: [] } })).not.toThrow();
    expect(existsSync(join(blocked, 'accords'))).toBe(false);
  });
});

describe('the tree store', () => {
  it('recalls the tree only under the same key and namespace, and ignores any other shape', () => {
    const folder = join(base, 'tree');
    const first = openStores(folder, '/repo', ['s']);
    first.tree.remember('k1', { basis: 'b', index: {}, registry: null, outcome: { diagnostics: [], files: ['agreements/a.yaml'] } });
    expect(openStores(folder, '/repo', ['s']).tree.recall('k1')).toEqual({ diagnostics: [], files: ['agreements/a.yaml'] });
    expect(openStores(folder, '/repo', ['s']).tree.recallBaseline()).toEqual({ basis: 'b', index: {}, registry: null, outcome: { diagnostics: [], files: ['agreements/a.yaml'] } });
    // The index is another file, of the same key: one of another run is no baseline.
    const index = join(folder, readdirSync(folder).find((name) => name.endsWith('.index.json'))!);
    const kept = readFileSync(index, 'utf8');
    writeFileSync(index, kept.replace('"k1"', '"k0"'));
    expect(openStores(folder, '/repo', ['s']).tree.recallBaseline()).toBeUndefined();
    expect(openStores(folder, '/repo', ['s']).tree.recall('k1')).toEqual({ diagnostics: [], files: ['agreements/a.yaml'] });
    writeFileSync(index, kept);
    openStores(folder, '/repo', ['s']).tree.remember('k1', { basis: 'b', index: {}, registry: null, outcome: { diagnostics: [], files: ['agreements/a.yaml'] } });
    expect(openStores(folder, '/repo', ['s']).tree.recall('k2')).toBeUndefined();
    expect(openStores(folder, '/repo', ['other schemas']).tree.recall('k1')).toBeUndefined();
    const file = join(folder, readdirSync(folder).find((name) => name.endsWith('.tree.json'))!);
    const { namespace } = JSON.parse(readFileSync(file, 'utf8')) as { namespace: string };
    const diagnostic = { range: { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } }, severity: 'error', rule: 'yaml-syntax', message: 'x' };
    const badTrees = ['{}', 'null', '42', '[]', '{"diagnostics":{},"files":[]}', '{"diagnostics":[],"files":{}}', '{"diagnostics":[],"files":[1]}', '{"diagnostics":[42],"files":[]}', '{"diagnostics":[{"file":1}],"files":[]}', `{"diagnostics":[${JSON.stringify(diagnostic)}],"files":[]}`];
    for (const outcome of badTrees) {
      writeFileSync(file, JSON.stringify({ namespace, key: 'k1', basis: 'b', outcome: JSON.parse(outcome) as unknown }));
      expect(openStores(folder, '/repo', ['s']).tree.recall('k1'), outcome).toBeUndefined();
    }
    for (const text of ['{"namespace": tru', 'null', '42']) {
      writeFileSync(file, text);
      expect(openStores(folder, '/repo', ['s']).tree.recall('k1')).toBeUndefined();
    }
  });

  it('keeps problems as messages, a key and its parameters, and refuses sentences or unknown keys', () => {
    const folder = join(base, 'tree-messages');
    const range = { start: { line: 0, column: 0 }, end: { line: 0, column: 1 } };
    const problem = {
      file: 'agreements/a.yaml',
      range,
      severity: 'error' as const,
      rule: 'invalid-date',
      message: message('check.date.noSuchDay', { field: 'signed', value: '2023-02-29' }),
      hint: message('check.date.daysInMonth', { month: { month: 2 }, year: 2023, days: 28 }),
    };
    const listed = { ...problem, message: message('check.schema.notAllowed', { field: message('check.path.record'), allowed: { or: ['`a`', '`b`'] }, value: 'c' }), hint: message('load.mebibytes', { size: { decimal: 1.5, digits: 1 } }) };
    openStores(folder, '/repo', ['s']).tree.remember('k1', { basis: 'b', index: {}, registry: null, outcome: { diagnostics: [problem, listed], files: [] } });
    const recalled = openStores(folder, '/repo', ['s']).tree.recall('k1');
    expect(recalled).toEqual({ diagnostics: [problem, listed], files: [] });
    expect(fr.message(recalled!.diagnostics[0]!.hint!)).toBe('février 2023 compte 28 jours');
    const file = join(folder, readdirSync(folder).find((name) => name.endsWith('.tree.json'))!);
    const { namespace } = JSON.parse(readFileSync(file, 'utf8')) as { namespace: string };
    for (const bad of [
      { ...problem, message: 'a sentence, as an older tool stored it' },
      { ...problem, message: { key: 'no.such.key' } },
      { ...problem, hint: { key: 'check.date.monthsHint', params: { x: { y: 1 } } } },
      { ...problem, hint: { key: 'check.date.monthsHint', params: { x: { or: [{}] } } } },
    ]) {
      writeFileSync(file, JSON.stringify({ namespace, key: 'k1', settled: true, basis: 'b', outcome: { diagnostics: [bad], files: [] } }));
      expect(openStores(folder, '/repo', ['s']).tree.recall('k1'), JSON.stringify(bad)).toBeUndefined();
    }
  });
});
