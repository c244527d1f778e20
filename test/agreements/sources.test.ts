import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/parse/yaml.js';

// The bundled records stay faithful to the public documents they come from (copied from
// ../shared/seeds into test/fixtures/seeds): every quote is found, character for character
// (typographic apostrophes, encoding faults and all), in the document it names. Only runs of
// white space are compared as one space: the documents break lines in mid-sentence.
const seeds = new URL('../fixtures/seeds/', import.meta.url);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const seedText = new Map(readdirSync(seeds).map((name) => [name, squash(readFileSync(new URL(name, seeds), 'utf8'))]));

interface Source {
  document: string;
  quote?: string;
  note?: string;
}

function sourcesOf(file: URL): { where: string; source: Source }[] {
  const value = parseYaml(readFileSync(file, 'utf8')).value as { id: string; sources?: Source[] } | { id: string; sources?: Source[] }[];
  const entries = Array.isArray(value) ? value : [value];
  return entries.flatMap((entry) => (entry.sources ?? []).map((source) => ({ where: entry.id, source })));
}

const national = new URL('../../agreements/national/', import.meta.url);
const files = [...readdirSync(national).filter((f) => f.endsWith('.yaml')).map((f) => new URL(f, national)), new URL('../../agreements/organizations.yaml', import.meta.url)];
const quotes = files.flatMap((file) => sourcesOf(file).map((s) => ({ ...s, file: file.pathname.split('/').slice(-2).join('/') })));

describe('the bundled records quote their sources verbatim', () => {
  it('has quotes to check', () => expect(quotes.filter((q) => q.source.quote).length).toBeGreaterThan(15));

  it.each(quotes.filter((q) => q.source.quote && !/^https?:/.test(q.source.document)).map((q) => [q.file, q.where, q.source.quote!, q.source.document] as const))('%s (%s): « %s » is in %s', (_file, _where, quote, document) => {
    const text = seedText.get(document);
    expect(text, `no seed document ${document}`).toBeDefined();
    expect(text).toContain(squash(quote));
  });

  it('says of every source outside the seed documents that it is a public record outside them', () => {
    for (const { source, where } of quotes) {
      if (seedText.has(source.document)) continue;
      expect(/^https?:\/\//.test(source.document) || source.document === 'README.md', `${where}: ${source.document}`).toBe(true);
      expect(source.note, `${where}: ${source.document} needs a note`).toBeTruthy();
    }
  });
});
