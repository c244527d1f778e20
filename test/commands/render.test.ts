import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { textSha256 } from '../../src/commands/companions.js';
import { GIRONDE, PROJECT, accords } from '../e2e.js';

const base = mkdtempSync(join(tmpdir(), 'accords-render-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let count = 0;


const ID = 'amf-33-2026';
const RECORD = `agreements/local/${ID}.yaml`;
const TEXT = `agreements/local/${ID}.md`;

/** A fresh copy of the bundled repository with the Gironde AMF convention drafted in it. */
function drafted(): string {
  const root = join(base, String(count++));
  for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
  const run = accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', ID, ...GIRONDE]);
  if (run.code !== 0) throw new Error(run.stderr);
  return root;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const render = (root: string, ...args: string[]) => accords(['render', '--root', root, ...args]);
const fingerprint = (root: string) => (parse(read(root, RECORD)) as { provenance: { text_sha256?: string } }).provenance.text_sha256;

describe('accords render --format', () => {
  it('refuses a format other than md, docx or json (exit 2), and writes nothing', () => {
    const root = drafted();
    const run = render(root, '--format', 'csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('accords: unknown format `csv`\n  formats: md, docx, json\n');
    expect(run.stdout).toBe('');
  });

  it('writes <id>.docx beside the record, with the text of the Markdown and a signature page', async () => {
    const root = drafted();
    const run = render(root, '--format', 'docx');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`ok        ${TEXT}\nwrote     agreements/local/${ID}.docx\n`);
    const { value } = await mammoth.extractRawText({ path: join(root, `agreements/local/${ID}.docx`) });
    const words = value.replace(/[\u00A0\u202F\s]+/g, ' ');
    expect(words).toContain('Il se réunit deux fois par an,');
    expect(words).toContain('Signatures Fait en deux exemplaires originaux, un pour chaque partie.');
    expect(words).toContain('Pour l\'Association des maires de la Gironde Pour France Travail Fait à Bordeaux, le ………………………… Fait à Bordeaux, le ………………………… Marie Dupont Paul Martin Présidente Directeur territorial, Direction territoriale de la Gironde Signature et cachet Signature et cachet');
    // The Markdown's own signature table is replaced by the page, not copied.
    expect(words).not.toContain('Marie Dupont, Présidente Paul Martin');
  });

  it('writes one document where --out says, for exactly one id', () => {
    const root = drafted();
    const out = join(root, 'convention.docx');
    const run = accords(['render', ID, '--root', root, '--format', 'docx', '--out', 'convention.docx'], { cwd: root });
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(existsSync(join(root, `agreements/local/${ID}.docx`))).toBe(false);
    expect(render(root, '--format', 'docx', '--out', out).code).toBe(2);
    expect(render(root, ID, ID, '--format', 'docx', '--out', out).stderr).toContain('give exactly one convention id (2 given)');
    expect(render(root, ID, '--out', out).stderr).toContain('give --format docx');
    expect(render(root, ID, '--format', 'docx', '--check', '--out', out).code).toBe(2);
  });

  it('--check compares the Markdown only and writes no document', () => {
    const root = drafted();
    expect(render(root, '--check', '--format', 'docx').code).toBe(0);
    expect(existsSync(join(root, `agreements/local/${ID}.docx`))).toBe(false);
  });

  it('leaves the date of a draft as a dotted line to fill in', async () => {
    const root = drafted();
    writeFileSync(join(root, RECORD), read(root, RECORD).replace(/^signed: .*\n/m, ''));
    expect(render(root, '--format', 'docx').code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(root, `agreements/local/${ID}.docx`) });
    expect(value).toContain('Fait à Bordeaux, le …………………………');
  });
});

describe('accords render: the text is the user’s', () => {
  it('records the fingerprint of the text it writes (new, then render)', () => {
    const root = drafted();
    expect(fingerprint(root)).toBe(textSha256(read(root, TEXT)));
    writeFileSync(join(root, RECORD), read(root, RECORD).replace('place: Bordeaux', 'place: Mérignac'));
    expect(render(root).stdout).toBe(`rendered  ${TEXT}\n`);
    expect(read(root, TEXT)).toContain('Fait à Mérignac');
    expect(fingerprint(root)).toBe(textSha256(read(root, TEXT)));
  });

  it('never replaces a text a person changed: names it, says --force, exits 1', () => {
    const root = drafted();
    const edited = read(root, TEXT).replace('Il se réunit deux fois par an,', 'Il se réunit deux fois par an, au moins,');
    writeFileSync(join(root, TEXT), edited);
    writeFileSync(join(root, RECORD), read(root, RECORD).replace('place: Bordeaux', 'place: Mérignac'));
    const run = render(root);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`^edited {4}${TEXT}: changed since accords wrote it, left as it is .*agreements/local/${ID}\\.clauses\\.md.*\`accords render ${ID} --force\``));
    expect(read(root, TEXT)).toBe(edited);
    expect(render(root, '--check').code).toBe(1);
    expect(render(root, '--lang', 'fr').stdout).toMatch(/^modifié {3}agreements\/local\/amf-33-2026\.md : modifié depuis qu’accords l’a écrit, laissé tel quel/);
    // --force replaces it, and the record keeps the new fingerprint.
    expect(render(root, '--force').code).toBe(0);
    expect(read(root, TEXT)).toContain('Fait à Mérignac');
    expect(fingerprint(root)).toBe(textSha256(read(root, TEXT)));
  });

  it('updates the record in place: its comments and key order are kept', () => {
    const root = drafted();
    const record = read(root, RECORD).replace('place: Bordeaux', 'place: Mérignac # signed at the town hall').replace(/^provenance:/m, '# Written by accords new; the fingerprint follows the text.\nprovenance:');
    writeFileSync(join(root, RECORD), record);
    expect(render(root).code).toBe(0);
    const after = read(root, RECORD);
    expect(after.replace(/text_sha256: [0-9a-f]{64}/, 'text_sha256: X')).toBe(record.replace(/text_sha256: [0-9a-f]{64}/, 'text_sha256: X'));
    expect(after).toContain(`text_sha256: ${textSha256(read(root, TEXT))}`);
  });

  it('a record drafted before the fingerprint: the tool’s own text is rendered again, an edited one is kept', () => {
    const root = drafted();
    const legacy = read(root, RECORD).replace(/^ {2}text_sha256: .*\n/m, '');
    writeFileSync(join(root, RECORD), legacy.replace('place: Bordeaux', 'place: Mérignac'));
    expect(render(root).stdout).toBe(`rendered  ${TEXT}\n`);
    expect(fingerprint(root)).toBe(textSha256(read(root, TEXT)));

    const other = drafted();
    writeFileSync(join(other, RECORD), legacy.replace('place: Bordeaux', 'place: Mérignac'));
    writeFileSync(join(other, TEXT), `${read(other, TEXT)}\nUne clause négociée.\n`);
    const run = render(other);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`edited    ${TEXT}: not the text accords wrote, and its record (drafted before provenance.text_sha256) cannot tell whether a person changed it`);
    expect(read(other, TEXT)).toContain('Une clause négociée.');
  });
});

describe('accords render: negotiated articles and annexes beside the record', () => {
  it('places <id>.clauses.md before the signatures and <id>.annexes.md after them, and keeps them when the record changes', async () => {
    const root = drafted();
    writeFileSync(join(root, `agreements/local/${ID}.clauses.md`), '## Article 12 – Communes associées\n\nToute communication externe est soumise à l’accord préalable des parties.\n\n');
    writeFileSync(join(root, `agreements/local/${ID}.annexes.md`), '## Annexe 1 – Communes\n\nBordeaux, Mérignac, Pessac.\n');
    expect(render(root, '--check').stdout).toContain(`differs   ${TEXT}`);
    expect(render(root).code).toBe(0);
    const text = read(root, TEXT);
    expect(text).toContain('\n\n## Article 12 – Communes associées\n\nToute communication externe est soumise à l’accord préalable des parties.\n\n<!-- accords:signatures -->\n## Signatures\n\nFait à Bordeaux');
    expect(text.endsWith('<!-- /accords:signatures -->\n\n## Annexe 1 – Communes\n\nBordeaux, Mérignac, Pessac.\n')).toBe(true);
    writeFileSync(join(root, RECORD), read(root, RECORD).replace('place: Bordeaux', 'place: Mérignac'));
    expect(render(root).code).toBe(0);
    expect(read(root, TEXT)).toContain('## Article 12 – Communes associées');
    expect(read(root, TEXT)).toContain('Fait à Mérignac');
    expect(render(root, '--check').code).toBe(0);
    expect(render(root, '--format', 'docx').code).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(root, `agreements/local/${ID}.docx`) });
    const words = value.replace(/[\u00A0\u202F\s]+/g, ' ');
    expect(words.indexOf('Article 5 – Communication')).toBeLessThan(words.indexOf('Signatures'));
    expect(words.indexOf('Annexe 1 – Communes')).toBeGreaterThan(words.indexOf('Signature et cachet'));
  });
});

describe('accords render of a draft with no date', () => {
  it('names the parties as of the as-of day, as new did: the text is unchanged', () => {
    const root = join(base, String(count++));
    for (const dir of ['agreements', 'templates', 'schemas']) cpSync(join(PROJECT, dir), join(root, dir), { recursive: true });
    const undated = GIRONDE.filter((arg, i) => arg !== 'date_prevue=2026-12-01' && GIRONDE[i + 1] !== 'date_prevue=2026-12-01');
    expect(accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', ID, '--as-of', '2026-12-03', ...undated]).code).toBe(0);
    expect(read(root, TEXT)).toContain('**France Travail**');
    expect(render(root, '--check', '--as-of', '2026-12-03').code).toBe(0);
    expect(render(root, '--as-of', '2026-12-03').stdout).toBe(`ok        ${TEXT}\n`);
    expect(read(root, TEXT)).not.toContain('**Pôle emploi**');
  });
});

describe('accords render --check and invalid records', () => {
  it('exits 1 naming a drafted record it could not check, and points to validate', () => {
    const root = drafted();
    writeFileSync(join(root, RECORD), read(root, RECORD).replace('kind: local', 'kind: locale'));
    const run = render(root, '--check');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`error     ${RECORD}: invalid record, its text could not be checked (run \`accords validate ${RECORD}\`)\n`);
    expect(render(root, ID).code).toBe(1);
    // A record whose YAML no longer reads at all still looks drafted.
    writeFileSync(join(root, RECORD), read(root, RECORD).replace('kind: locale', 'kind: [local'));
    const broken = render(root, '--check');
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`error     ${RECORD}: invalid record`);
  });

  it('is not stopped by an invalid record that was never drafted', () => {
    const root = drafted();
    writeFileSync(join(root, 'agreements/local/typo.yaml'), 'id: typo\ntitle: x\nkind: local\nlevel: local\nparties: []\nsigend: 2020-01-01\n');
    const run = render(root, '--check');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('typo.yaml');
  });
});
