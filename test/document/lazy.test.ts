import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../e2e.js';

const BUNDLE = join(PROJECT, 'dist/bundle');

/** The bundle's files that `file` loads before it runs (its static imports, and theirs). */
function loadedWith(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(BUNDLE, file), 'utf8');
  for (const match of text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?["']\.\/([^"']+)["'];?$/gm)) loadedWith(match[1]!, seen);
  return seen;
}

describe('the Word libraries are loaded only by render --format docx', () => {
  it('neither the CLI nor the render command loads docx or marked before a docx is asked for', () => {
    const files = readdirSync(BUNDLE).filter((f) => f.endsWith('.js'));
    const render = files.find((f) => f.startsWith('render-'));
    expect(render).toBeDefined();
    const eager = new Set([...loadedWith('cli.js'), ...loadedWith(render!)]);
    for (const file of eager) {
      const text = readFileSync(join(BUNDLE, file), 'utf8');
      expect(text, file).not.toMatch(/class Packer\b/);
      expect(text, file).not.toMatch(/provideLexer/);
    }
  });
});
