import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.js';
import type { SourceFile, ValidationInput } from '../../src/check/validate.js';
import { loadSchemas } from '../../src/pipeline/schemas.js';
import { parseFastYaml } from '../../src/parse/fast-yaml.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { en, fr } from '../say.js';
import { worded, wordedBy } from '../worded.js';
import { message } from '../../src/text/say.js';
import { FILE_START } from '../../src/types.js';

const run = wordedBy(en, runMessages);
const runFr = wordedBy(fr, runMessages);

const ORGS = '- { id: amf, name: AMF, kind: association }\n- { id: pole-emploi, name: Pôle emploi, kind: public-body }\n';
const record = (id: string, extra = '') => `id: ${id}\ntitle: T\nkind: framework\nlevel: national\nparties: [{ org: amf }, { org: pole-emploi }]\nsigned: 2016-11-16\n${extra}`;

function runMessages(records: SourceFile[], organizations: string | null = ORGS, options: Partial<ValidationInput> = {}) {
  return validate({
    records,
    organizations: organizations === null ? undefined : { file: 'agreements/organizations.yaml', text: organizations },
    organizationsFile: 'agreements/organizations.yaml',
    schemas: loadSchemas(),
    parse: parseYaml,
    ...options,
  });
}

describe('validate', () => {
  it('keeps valid records and names the invalid files', () => {
    const result = run([
      { file: 'agreements/a.yaml', text: record('a') },
      { file: 'agreements/b.yaml', text: record('b', 'sigend: 2016-11-16\n') },
    ]);
    expect(result.agreements.map((a) => a.file)).toEqual(['agreements/a.yaml']);
    expect(result.invalidFiles).toEqual(['agreements/b.yaml']);
    expect(result.files).toEqual(['agreements/a.yaml', 'agreements/b.yaml', 'agreements/organizations.yaml']);
  });

  it('positions a cross-file problem on the line of the value', () => {
    const result = run([{ file: 'agreements/a.yaml', text: record('a', 'parent: nowhere\n') }]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ rule: 'known-reference', range: expect.objectContaining({ start: { line: 6, column: 8 } }) })]);
  });

  it('unless told not to: the same files invalid, cross-file findings at the file start, no file read again', () => {
    const records = [
      { file: 'agreements/a.yaml', text: record('a', 'parent: nowhere\n') },
      { file: 'agreements/b.yaml', text: record('b', 'supersedes: [gone]\n') },
      { file: 'agreements/c.yaml', text: record('c', 'sigend: 2016-11-16\n') },
    ];
    const placed = run(records);
    const reread: string[] = [];
    const noteReread = (file: string) => {
      reread.push(file);
      return undefined;
    };
    const unplaced = run(records, ORGS, { place: false, reread: noteReread });
    expect(reread).toEqual([]);
    expect(unplaced.invalidFiles).toEqual(placed.invalidFiles);
    expect(unplaced.agreements).toEqual(placed.agreements);
    const crossFile = (d: { file: string }) => d.file !== 'agreements/c.yaml';
    expect(placed.diagnostics.filter(crossFile).length).toBeGreaterThan(1);
    expect(unplaced.diagnostics.filter(crossFile)).toEqual(expect.arrayContaining(placed.diagnostics.filter(crossFile).map((d) => ({ ...d, range: FILE_START }))));
    // A file's own problems are placed as always.
    expect(unplaced.diagnostics.filter((d) => !crossFile(d))).toEqual(placed.diagnostics.filter((d) => !crossFile(d)));
  });

  it('keeps of each record only the fields asked for and those the rules read, but the one kept whole', () => {
    const records = [
      { file: 'agreements/a.yaml', text: record('a', 'place: Paris\nnotes: kept\n') },
      { file: 'agreements/b.yaml', text: record('b', 'place: Lyon\nnotes: dropped\n') },
    ];
    const whole = run(records).agreements.map((a) => a.agreement);
    const kept = run(records, ORGS, { retain: ['title'], keepWhole: 'a' }).agreements.map((a) => a.agreement);
    expect(kept[0]).toEqual(whole[0]);
    expect(kept[1]).toEqual({ id: 'b', title: 'T', kind: 'framework', level: 'national', parties: [{ org: 'amf' }, { org: 'pole-emploi' }], signed: '2016-11-16' });
  });

  it('does not cascade: a parent with a schema error still counts as existing', () => {
    const result = run([
      { file: 'agreements/f.yaml', text: record('f', 'kind: oops\n').replace('kind: framework\n', '') },
      { file: 'agreements/l.yaml', text: record('l', 'parent: f\n').replace('kind: framework', 'kind: local') },
    ]);
    expect(result.diagnostics.map((d) => d.rule)).toEqual(['invalid-value']);
  });

  it('reports a missing registry once and still checks the records', () => {
    const result = run([{ file: 'agreements/a.yaml', text: record('a') }], null);
    expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'agreements/organizations.yaml', rule: 'missing-registry' })]);
    expect(result.agreements).toHaveLength(1);
  });

  it('reports unreadable files with their own rule', () => {
    const result = run([{ file: 'agreements/x.yaml', unreadable: { message: message('load.utf16'), hint: message('load.utf16Hint') } }]);
    expect(result.diagnostics[0]).toMatchObject({ file: 'agreements/x.yaml', rule: 'unreadable-file', hint: 'save it as UTF-8' });
  });

  it('sorts diagnostics by file, line and column', () => {
    const result = run([
      { file: 'agreements/z.yaml', text: record('z', 'sigend: x\n') },
      { file: 'agreements/a.yaml', text: 'id: a\nkind: x\ntitle: [1]\n' },
    ]);
    const keys = result.diagnostics.map((d) => `${d.file}:${String(d.range.start.line).padStart(3, '0')}:${String(d.range.start.column).padStart(3, '0')}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('validate, in French', () => {

  it('says what a record and the registry must be', () => {
    const result = runFr([{ file: 'agreements/a.yaml', text: '- id: a\n' }, { file: 'agreements/b.yaml', text: '42\n' }], 'id: amf\n');
    expect(result.diagnostics.map((d) => [d.file, d.message])).toEqual([
      ['agreements/a.yaml', 'une fiche doit être un tableau associatif de clés et de valeurs, pas une liste'],
      ['agreements/b.yaml', 'une fiche doit être un tableau associatif de clés et de valeurs, pas un nombre seul'],
      ['agreements/organizations.yaml', 'le registre doit être une liste d’organismes, pas un tableau associatif'],
    ]);
    expect(result.diagnostics[0]!.hint).toBe('commencez par `id: …`, `title: …` (voir schemas/agreement.schema.json)');
  });

  it('reports a missing registry', () => {
    expect(runFr([], null).diagnostics).toEqual([
      expect.objectContaining({ message: 'le registre des organismes est absent', hint: 'créez agreements/organizations.yaml avec la liste des parties (voir schemas/organizations.schema.json)' }),
    ]);
  });

  it('words a rule\'s finding in French', () => {
    const result = runFr([{ file: 'agreements/a.yaml', text: record('a', 'parent: nowhere\n') }]);
    expect(result.diagnostics[0]!.message).toBe('aucun accord n’a l’identifiant `nowhere`');
  });
});

describe('validate: the "quote it" hint', () => {

  it('keeps the value as it was typed, not the number the parser made of it', () => {
    const hints = (text: string, parse = parseYaml, say = en) =>
      worded(say, runMessages([{ file: 'agreements/a.yaml', text }], ORGS, { parse })).diagnostics.filter((d) => d.rule === 'invalid-type').map((d) => d.hint);
    for (const typed of ['01053', '0x1F', '1e3', '+33', '2.50', '033', '.5', '0o17']) {
      expect(hints(record('a', `territory: { departement: ${typed} }\n`)), typed).toEqual([`quote it: "${typed}"`]);
      expect(hints(record('a', `territory:\n  departement: ${typed} # note\n`)), typed).toEqual([`quote it: "${typed}"`]);
    }
    // Taken by the fast path, the number is typed as it reads.
    expect(parseFastYaml(record('a', 'territory: { departement: 33 }\n'))).toBeDefined();
    expect(hints(record('a', 'territory: { departement: 33 }\n'), (text) => parseFastYaml(text) ?? parseYaml(text))).toEqual(['quote it: "33"']);
    expect(hints(record('a', 'territory: { departement: 01053 }\n'), parseYaml, fr)).toEqual(['mettez-la entre guillemets : "01053"']);
  });
});
