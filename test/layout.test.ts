import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders show the pipeline, and dependencies run one way:
 * commands → pipeline → load, parse, check, store; check and parse read no disk and know nothing of the cache.
 */
const NOT_FROM: Readonly<Record<string, readonly string[]>> = {
  check: ['load', 'parse', 'store', 'pipeline', 'commands', 'program'],
  parse: ['load', 'check', 'store', 'pipeline', 'commands', 'program'],
  load: ['store', 'pipeline', 'commands', 'program'],
  store: ['pipeline', 'commands', 'program'],
  pipeline: ['commands', 'program'],
  lifecycle: ['load', 'store', 'pipeline', 'commands', 'program'],
  format: ['load', 'store', 'pipeline', 'commands', 'program'],
};
const FS = /from 'node:(fs|child_process)'/;

const src = join(import.meta.dirname, '..', 'src');
function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

describe('the layout', () => {
  it('keeps dependencies one way between the pipeline’s folders', () => {
    const offenders: string[] = [];
    for (const [folder, forbidden] of Object.entries(NOT_FROM)) {
      for (const file of files(join(src, folder))) {
        for (const [, target] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
          const top = relative(src, join(file, '..', target!)).split(/[\\/]/)[0]!.replace(/\.js$/, '');
          if (forbidden.includes(top)) offenders.push(`${relative(src, file)} → ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reads no file in the pure stages', () => {
    const offenders = ['check', 'parse', 'lifecycle', 'format', 'draft', 'query'].flatMap((folder) => [...files(join(src, folder))].filter((file) => FS.test(readFileSync(file, 'utf8'))).map((file) => relative(src, file)));
    expect(offenders).toEqual([]);
  });
});
