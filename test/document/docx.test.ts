import { unzipSync, strFromU8 } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocxOptions } from '../../src/document/docx.js';
import { blockHeading, markdownToDocx, placeAndDate, splitSignatures } from '../../src/document/docx.js';
import { PROJECT } from '../e2e.js';

const OPTIONS: DocxOptions = {
  title: 'Convention locale de partenariat (33)',
  place: 'Bordeaux',
  date: '2026-12-01',
  signatures: [
    { party: 'Association des maires de la Gironde', signatory: 'Marie Dupont', role: 'Présidente' },
    { party: 'France Travail', signatory: 'Paul Martin', role: 'Directeur territorial' },
  ],
};

const CONVENTION = `# Convention locale de partenariat

## Entre

**Association des maires de la Gironde**, dont le siège est situé 1 place de la Mairie, 33000 Bordeaux,
représentée par *Marie Dupont*, sa présidente,

ci-après « le partenaire »,

## Article 1 – Objet

Les parties s'engagent : à partager ; à agir ! Vraiment ? Pour 12 000 jeunes & leurs familles.

1. premier point
2. second point, avec **gras**
   - un sous-point

- une puce
- une autre

| Indicateur | Cible |
|---|---:|
| Jeunes accompagnés | 12 000 |

<!-- accords:signatures -->
Fait à Bordeaux, le 1er décembre 2026, en deux exemplaires originaux.

| Pour l'Association des maires de la Gironde | Pour France Travail |
|---|---|
| Marie Dupont, présidente | Paul Martin, directeur territorial |
<!-- /accords:signatures -->

## Annexe 1 – Liste des communes

Bordeaux, Mérignac, Pessac.
`;

/** Text as a reader compares it: one kind of space, none before punctuation, no Markdown marks. */
function normalised(text: string): string {
  return text
    .replace(/[\u00A0\u202F\t\n]/g, ' ')
    .replace(/ +([:;!?»,.])/g, '$1')
    .replace(/« +/g, '«')
    .replace(/ +/g, ' ')
    .trim();
}

/** The words of a Markdown text, without its marks (headings, emphasis, lists, table rules). */
function markdownWords(markdown: string): string {
  return normalised(
    markdown
      .split('\n')
      .filter((line) => !/^\|?\s*:?-{3,}/.test(line) && !/^<!--.*-->$/.test(line.trim()))
      .map((line) => line.replace(/^#+\s+/, '').replace(/^\s*(?:[-*]|\d+\.)\s+/, '').replace(/\|/g, ' '))
      .join('\n')
      .replace(/\*\*|\*/g, '')
      .replace(/&amp;/g, '&'),
  );
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

describe('markdownToDocx', () => {
  it('writes a package whose every XML part is well formed', async () => {
    const files = await parts(await markdownToDocx(CONVENTION, OPTIONS));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'docProps/core.xml']));
    for (const [name, text] of Object.entries(files)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect(XMLValidator.validate(text), name).toBe(true);
    }
  });

  it('has the same text as the Markdown, read back by an independent reader (mammoth)', async () => {
    const bytes = await markdownToDocx(CONVENTION, OPTIONS);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const [body, rest] = normalised(value).split(' Signatures ');
    const { body: mdBody, after } = splitSignatures(CONVENTION);
    expect(body).toBe(markdownWords(mdBody));
    // The Markdown's own signature table is not copied; its annexes follow the signature page.
    expect(value).not.toContain('Marie Dupont, présidente');
    expect(rest?.endsWith(markdownWords(after))).toBe(true);
  });

  it('keeps headings, bold, italics, lists and tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await markdownToDocx(CONVENTION, OPTIONS)) });
    expect(html).toContain('<h1>Entre</h1>');
    expect(html).toContain('<h1>Article 1 – Objet</h1>');
    expect(html).toContain('<strong>Association des maires de la Gironde</strong>');
    expect(html).toContain('<em>Marie Dupont</em>');
    expect(html).toMatch(/<ol><li>premier point<\/li><li>second point, avec <strong>gras<\/strong><ul><li>un sous-point<\/li><\/ul><\/li><\/ol>/);
    expect(html).toContain('<ul><li>une puce</li><li>une autre</li></ul>');
    expect(html).toMatch(/<table><thead><tr><th><p><strong>Indicateur<\/strong><\/p><\/th><th><p><strong>Cible<\/strong><\/p><\/th><\/tr><\/thead><tbody><tr><td><p>Jeunes accompagnés<\/p><\/td><td><p>12\u202F000<\/p><\/td><\/tr><\/tbody><\/table>/);
  });

  it('sets French typography: no-break spaces before : ; ! ? » and after «, narrow ones in numbers', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await markdownToDocx(CONVENTION, OPTIONS)) });
    expect(value).toContain('s\'engagent\u00A0: à partager\u202F; à agir\u202F! Vraiment\u202F? Pour 12\u202F000 jeunes & leurs familles.');
    expect(value).toContain('«\u00A0le partenaire\u00A0»');
  });

  it('numbers the pages in the footer, « Page 1 sur 3 »', async () => {
    const files = await parts(await markdownToDocx(CONVENTION, OPTIONS));
    const footer = Object.entries(files).find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? '';
    expect(footer).toMatch(/Page .*PAGE.* sur .*NUMPAGES/s);
  });

  it('ends with a signature page: one block per party with its name, signatory, role, place and date, and room to sign', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await markdownToDocx(CONVENTION, OPTIONS)) });
    const page = normalised(value.slice(value.indexOf('Signatures')));
    expect(page).toContain('Fait en deux exemplaires originaux, un pour chaque partie.');
    // Side by side, a field a row, so that the lines of the two blocks face each other.
    expect(page).toContain("Pour l'Association des maires de la Gironde Pour France Travail Fait à Bordeaux, le 1er décembre 2026 Fait à Bordeaux, le 1er décembre 2026 Marie Dupont Paul Martin Présidente Directeur territorial Signature et cachet Signature et cachet");
    const files = await parts(await markdownToDocx(CONVENTION, OPTIONS));
    expect(files['word/document.xml']).toContain('<w:pageBreakBefore/>');
  });

  it('leaves a dotted line for the date of a draft, and for a place not known', async () => {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await markdownToDocx(CONVENTION, { ...OPTIONS, date: undefined, place: undefined })) });
    expect(value).toContain('Fait à …………………………, le …………………………');
    expect(placeAndDate('Mérignac', '2027-01-02')).toBe('Fait à Mérignac, le 2 janvier 2027');
  });

  it('gives the same bytes for the same text: no clock inside', async () => {
    const a = await markdownToDocx(CONVENTION, OPTIONS);
    await new Promise((done) => setTimeout(done, 1100));
    const b = await markdownToDocx(CONVENTION, OPTIONS);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await parts(a))['docProps/core.xml']).not.toMatch(/dcterms:(created|modified)/);
  });

  it('converts each bundled golden convention with its text intact', async () => {
    for (const name of readdirSync(join(PROJECT, 'test/draft/golden')).filter((f) => f.endsWith('.md'))) {
      const markdown = readFileSync(join(PROJECT, 'test/draft/golden', name), 'utf8');
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await markdownToDocx(markdown, OPTIONS)) });
      const body = normalised(value).split(' Signatures ')[0];
      expect(body, name).toBe(markdownWords(splitSignatures(markdown).body));
    }
  });
});

describe('splitSignatures', () => {
  it('cuts at the marker, up to the end marker', () => {
    expect(splitSignatures('a\n<!-- accords:signatures -->\nFait\n<!-- /accords:signatures -->\nannexe\n')).toEqual({ body: 'a\n', signatures: '\nFait\n', after: '\nannexe\n' });
  });

  it('without a marker, cuts at the last « Fait à » paragraph when no heading follows it', () => {
    expect(splitSignatures('# T\n\nFait à Paris, le 1er mai.\n\n| Pour A |\n|---|\n')).toMatchObject({ body: '# T\n\n', signatures: 'Fait à Paris, le 1er mai.\n\n| Pour A |\n|---|\n' });
    expect(splitSignatures('# T\n\nFait à Paris.\n\n## Article 2\n')).toMatchObject({ signatures: '' });
  });
});

describe('blockHeading', () => {
  it('takes the « Pour … » of the Markdown, with its article, else the name', () => {
    const section = "| Pour l'Association des maires de la Gironde | Pour France Travail | Pour l'État |";
    expect(blockHeading('Association des maires de la Gironde', section)).toBe("Pour l'Association des maires de la Gironde");
    expect(blockHeading('État (ministère chargé de l’emploi)', section)).toBe("Pour l'État");
    expect(blockHeading('Mission locale des Graves', section)).toBe('Mission locale des Graves');
  });
});

describe('withOrdinals', () => {
  it('raises the letters of 1er and 1re, nothing else', async () => {
    const { withOrdinals } = await import('../../src/document/docx.js');
    expect(withOrdinals('le 1er décembre')).toEqual([{ text: 'le 1', superscript: false }, { text: 'er', superscript: true }, { text: ' décembre', superscript: false }]);
    expect(withOrdinals('la 1re fois, 1erement, a1er')).toEqual([{ text: 'la 1', superscript: false }, { text: 're', superscript: true }, { text: ' fois, 1erement, a1er', superscript: false }]);
    expect(withOrdinals('')).toEqual([{ text: '', superscript: false }]);
  });
});
