import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every long quotation in the national templates (« … » of 40 characters or more: shorter ones
// are names the text gives, « le partenaire ») is found verbatim in one of the public documents
// the templates decline (test/fixtures/seeds), white space aside.
const seeds = new URL('../fixtures/seeds/', import.meta.url);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const documents = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => [name, squash(readFileSync(new URL(name, seeds), 'utf8'))] as const);
const dir = new URL('../../templates/', import.meta.url);
const quotes = readdirSync(dir)
  .filter((f) => f.endsWith('.md.hbs'))
  .flatMap((name) => {
    const body = readFileSync(new URL(name, dir), 'utf8').split(/^---$/m).slice(2).join('---');
    return [...body.matchAll(/«\s*([^«»{}]{40,}?)\s*»/g)].map((m) => [name, m[1]!] as const);
  });

describe('the templates quote the national texts verbatim', () => {
  it('has quotes to check', () => expect(quotes.length).toBeGreaterThanOrEqual(8));

  it.each(quotes)('%s: « %s »', (_name, quote) => {
    const found = documents.filter(([, text]) => text.includes(squash(quote))).map(([name]) => name);
    expect(found, 'not found in any seed document').not.toEqual([]);
  });
});
