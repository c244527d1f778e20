import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19: no module-level language. The core (src/check, src/load, src/parse) says nothing: it returns
 * `Message`s (`message(key, params)`), worded at the edge with the run's `Say`. Every other module is
 * handed a `Say`. These keep both from sliding back.
 */
/** The only value the core may import from say.ts (its types are fine). */
const CORE_MAY_USE = ['message'];
/** Exports that words a sentence in a language of its own choosing: gone, and never to come back. */
const GLOBAL_LANGUAGE = ['say', 'orList', 'andList', 'currentLanguage', 'useCoreLanguage', 'useLanguage'];

const root = join(import.meta.dirname, '..', '..');
function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield relative(root, path).split('\\').join('/');
  }
}

/** The names a file imports as values (not `import type`) from src/text/say.ts. */
function sayImports(text: string): string[] {
  return [...text.matchAll(/^import \{([^}]*)\} from '[./]*(?:src\/)?text\/say\.js';/gm)]
    .flatMap((m) => m[1]!.split(',').map((n) => n.trim()))
    .filter((n) => n && !n.startsWith('type '))
    .map((n) => n.split(/\s+as\s+/)[0]!);
}

const isCore = (file: string) => /^src\/(check|load|parse)\//.test(file);

describe('the language at the edge', () => {
  it('is not known to the core (src/check, src/load, src/parse): it makes Messages, it words nothing', () => {
    const offenders: string[] = [];
    for (const file of [...files(join(root, 'src'))].filter(isCore)) {
      const text = readFileSync(join(root, file), 'utf8');
      const used = sayImports(text).filter((n) => !CORE_MAY_USE.includes(n));
      if (/from '[./]*text\/language\.js'/.test(text) && !/^import type [^;]*text\/language\.js';/m.test(text)) used.push('text/language.js');
      if (used.length > 0) offenders.push(`${file}: ${used.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('is never a module-level language, anywhere', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'src'))) {
      const used = sayImports(readFileSync(join(root, file), 'utf8')).filter((n) => GLOBAL_LANGUAGE.includes(n));
      if (used.length > 0) offenders.push(`${file}: ${used.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('is never set by a test', () => {
    const offenders = [...files(join(root, 'test'))].filter((file) => file !== 'test/text/edge-language.test.ts' && /\buse(Core)?Language\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
