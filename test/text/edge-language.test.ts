import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 19: no module-level language. Only the core (src/check, src/load, src/parse) may still word its
 * sentences with say.ts's transitional exports, in the language the CLI sets once per run; every
 * other module is handed a `Say` (or returns a `Message`). This keeps the edge from sliding back.
 */
const TRANSITIONAL = ['say', 'orList', 'andList', 'currentLanguage', 'useCoreLanguage'];
/** Where the transitional exports may still be imported, and why. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'src/program.ts': ['useCoreLanguage'], // sets the core's language once per run
  'src/lifecycle/labels.ts': ['say'], // coreStatusLabel, for src/check's parent-in-force rule
  'src/store/open.ts': ['currentLanguage'], // the stored diagnostics are the core's sentences: their language is part of the namespace
};

const root = join(import.meta.dirname, '..', '..');
function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield relative(root, path).split('\\').join('/');
  }
}

/** The names a file imports as values from src/text/say.ts. */
function sayImports(text: string): string[] {
  return [...text.matchAll(/^import \{([^}]*)\} from '[./]*(?:src\/)?text\/say\.js';/gm)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!)).filter(Boolean);
}

describe('the language at the edge', () => {
  it('is never read from say.ts outside the core (src/check, src/load, src/parse)', () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'src'))) {
      if (/^src\/(check|load|parse|text)\//.test(file)) continue;
      const used = sayImports(readFileSync(join(root, file), 'utf8')).filter((n) => TRANSITIONAL.includes(n) && !(ALLOWED[file] ?? []).includes(n));
      if (used.length > 0) offenders.push(`${file}: ${used.join(', ')}`);
    }
    expect(offenders).toEqual([]);
  });

  it('is never set by a test but the core’s own, while the core still words its sentences', () => {
    const offenders = [...files(join(root, 'test'))].filter((file) => !/^test\/(check|load|parse)\//.test(file) && /\buse(Core)?Language\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
