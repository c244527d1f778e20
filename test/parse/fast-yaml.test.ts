import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateFastYaml, parseFastYaml } from '../../src/parse/fast-yaml.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { fr } from '../say.js';
import type { JsonPath } from '../../src/types.js';
import { CASES, ORGS, VALID } from '../robustness/corpus.js';
import { agrees } from './fast-yaml-agrees.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const project = fileURLToPath(new URL('../..', import.meta.url));

describe('parseFastYaml against the full parser', () => {
  it('agrees on every record and registry shipped or used as a fixture', () => {
    const files = [...yamlFiles(join(project, 'agreements')), ...yamlFiles(join(project, 'test/fixtures'))];
    const outcomes = files.map((file) => agrees(readFileSync(file, 'utf8')));
    // The fast path must actually take the common case.
    expect(outcomes.filter((o) => o === 'agreed').length).toBeGreaterThan(files.length / 2);
  });

  it('takes the plain shapes records are written in', () => {
    expect(agrees(VALID)).toBe('agreed');
    expect(agrees(ORGS)).toBe('agreed');
    for (const style of ['>', '>-', '|', '|-']) {
      for (const after of ['', '\nnext: 1', '\nnext: 1\n', '\n']) {
        expect(agrees(`id: a\nnotes: ${style}\n  first line\n  second line${after}`), `${style} ${JSON.stringify(after)}`).toBe('agreed');
      }
    }
  });

  it('takes a drafted convention: a SHA-256 starting with a digit is a string, not a number to decline', () => {
    // `accords new` writes one into every convention's provenance; six in ten start with a digit.
    const sha = '90c7b130a004c0943cd689ec36b051227895b5a257589549d9fcedd8d9f01e05';
    expect(agrees(`${VALID.trimEnd()}\nprovenance:\n  template: templates/amf-convention-locale.md.hbs\n  template_sha256: ${sha}\n`)).toBe('agreed');
    for (const text of ['1_000', '0x1G', '0b101', '1e', 'e5', '12:30', '1.2.3', '123abc', '0o8', '.']) expect(agrees(`a: ${text}`), text).toBe('agreed');
    for (const number of ['1e5', '0x1F', '0xabc', '0o17', '.5', '5.', '+.5', '-0', '00', '0777', '+12', '-.inf', '.NaN']) expect(agrees(`a: ${number}`), number).toBe('declined');
  });

  it('declines or agrees at the edges of what it scans by hand', () => {
    const edges = [
      'a: x\u00a0 # c', 'a: |\n  x\n\u00a0\n', 'a: |\n  x\n  \u00a0\nb: 1', 'a: [x\u00a0, y]', 'a: { b: c\u3000}',
      "a: 'it''s'", "a: ''''", "a: 'x'' # y'", 'a: "\\u00e9t\\u00e9 \\"quoted\\" text"', 'a: "\\u00e"', 'a: "a\\', 'a: "a\\"', 'a: "x" # c', 'a: "x"# c', 'a: [x] # c', 'a: {b: c}x',
      'a: b:c', 'a: b: c', 'a: b :', 'a: http://x', 'a: x #c', 'a: x#c', 'a:  x  #  c ', 'a: x:', 'a: x: # y', 'a: x # y: z',
      'toString: 1\nvalueOf: 2', 'a: { toString: 1 }', 'a:\n- x\n- y', '- a: 1\n  b:\n  - x', '- a:\n  - x', 'a: [a, b, ]', 'a: [ ]', 'a: { }',
      'a: >\n  x\n\n  y', 'a: |- # c\n  x', 'a: |-x\n  x', 'a: > \n  x', 'a: 2016-11-16', 'a: 999999999999999', 'a: 1000000000000000',
      // Spaces YAML does not count as white space (JavaScript's `trim` does): part of the value, or an error.
      'a: b\u00a0', 'a: b\u3000', 'a: b\u2003 ', 'a: "x"\u00a0', 'a: [x]\u00a0', 'a: { b: c }\u2003', '\u00a0a: b', 'a: b\n\u00a0\n', 'a: [x, y\u00a0]',
    ];
    for (const text of edges) agrees(text);
    for (const text of edges) agrees(`${VALID}${text}\n`);
  });

  it('declines or agrees on every hostile case', () => {
    for (const hostile of CASES) {
      for (const content of Object.values(hostile.files ?? {})) {
        if (typeof content === 'string' && content.length < 100_000) agrees(content);
      }
    }
  });

  it('declines every mutation it cannot parse exactly (byte flips, truncation)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: VALID.length - 1 }), fc.integer({ min: 0, max: 127 }), fc.boolean(), (at, byte, truncate) => {
        const text = truncate ? VALID.slice(0, at) : VALID.slice(0, at) + String.fromCharCode(byte) + VALID.slice(at + 1);
        agrees(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  });

  it('agrees on generated documents of every scalar style', () => {
    const key = fc.constantFrom('id', 'title', 'kind', 'signed', 'term', 'org', 'name', 'role', 'a_b', 'x-y', 'notes', 'tags', 'true', 'True', 'NULL', 'no');
    const plain = fc.constantFrom('amf', 'Pôle emploi', "l'AMF", '2016-11-16', '2021-02-30', '012', '0x1F', '1e3', '-1', '+1', '.5', '2A', 'yes', 'no', 'on', 'True', 'FALSE', 'null', '~', 'Null', '42', '0', '1er Vice-président délégué', 'a # b', 'a:b', 'a - b', 'P1Y6M', '33000 Bordeaux', '.inf', '-.Inf', '.NaN', '0o17', '123456789012345678', 'é’«»', 'b\u00a0c', 'x\u3000', '90c7b130a004', '1_000', '0x1G', '0xabc', '1e', '1.2.3', '00', '0777', '-0', '+.5', '5.', '0o8', '12:30');
    const quoted = fc.oneof(
      fc.string({ maxLength: 12 }).map((s) => `"${s.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\n')}"`),
      fc.string({ maxLength: 12 }).map((s) => `'${s.replace(/'/g, "''").replace(/\n/g, ' ')}'`),
      fc.constantFrom('"\\u00e9t\\u00e9"', '"a\\tb"', "'it''s'", '""', "''"),
    );
    const scalar = fc.oneof(plain, quoted);
    const flow = fc.oneof(
      fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 3 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
      fc.array(scalar, { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    );
    const comment = fc.constantFrom('', '', ' # note', '  #x');
    // Block scalars, and the white lines after them: as many spaces as the block's indent, fewer, or more (content).
    const blockScalar = fc
      .tuple(fc.constantFrom('|', '>', '|-', '>-'), fc.array(fc.constantFrom('x', 'y z', 'é # not a comment'), { minLength: 1, maxLength: 2 }), fc.constantFrom('', '', '\n', '\n ', '\n  ', '\n   ', '\n\n  ', '\n  \n    '))
      .map(([style, lines, tail]) => `${style}\n  ${lines.join('\n  ')}${tail}`);
    const leaf = fc.oneof(scalar, flow, fc.constant(''), blockScalar);
    type Doc = { text: string };
    const block: fc.Memo<Doc> = fc.memo((depth) => {
      const child = depth > 1 ? fc.oneof(leaf.map((v) => ({ inline: v })), block(depth - 1).map((b) => ({ nested: b.text }))) : leaf.map((v) => ({ inline: v }));
      const entry = fc.tuple(key, child, comment);
      const mapping = fc.uniqueArray(entry, { minLength: 1, maxLength: 4, selector: (e) => e[0] }).map((entries) => ({
        text: entries.map(([k, v, c]) => ('inline' in v ? `${k}: ${v.inline}${v.inline === '' ? '' : c}`.trimEnd() : `${k}:${c}\n${indent(v.nested)}`)).join('\n'),
      }));
      const sequence = fc.array(child, { minLength: 1, maxLength: 3 }).map((items) => ({
        text: items.map((v) => ('inline' in v ? `- ${v.inline}`.trimEnd() : `-\n${indent(v.nested)}`)).join('\n'),
      }));
      return fc.oneof(mapping, sequence);
    });
    const indent = (text: string) => text.split('\n').map((line) => `  ${line}`).join('\n');
    let agreed = 0;
    fc.assert(
      fc.property(block(3), fc.constantFrom('', '\n', '\n\n', '\n# end\n'), fc.constantFrom('', '# yaml-language-server: $schema=x\n', '---\n'), (doc, end, start) => {
        if (agrees(start + doc.text + end) === 'agreed') agreed++;
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
    expect(agreed).toBeGreaterThan(100);
  });
});

describe('locateFastYaml on a mapping of 40,000 keys', () => {
  it('places the last key and declines a twin of the first', () => {
    // Each key used to be checked for a twin against all those before it (2.4 s for this text).
    const keys = Array.from({ length: 40_000 }, (_, i) => `  k${i}: v`).join('\n');
    const locate = locateFastYaml(`id: x\nextra:\n${keys}\n`)!;
    expect(locate(['extra', 'k39999'], 'key')).toEqual({ start: { line: 40001, column: 2 }, end: { line: 40001, column: 8 } });
    expect(locateFastYaml(`id: x\nextra:\n${keys}\n  k0: w\n`)).toBeUndefined();
  });
});

describe('locateFastYaml told which paths it will be asked for', () => {
  it('stops reading after the one top-level entry they are all in', () => {
    // After `b` comes an anchor: read whole, the fast path leaves the text to the full parser.
    const text = 'a: 1\nb:\n  c: [x, y]\nd: &anchor 2\n';
    expect(locateFastYaml(text)).toBeUndefined();
    const locate = locateFastYaml(text, [['b', 'c', 1], ['b']])!;
    const full = parseYaml(text);
    expect(locate(['b', 'c', 1], 'value')).toEqual({ start: { line: 2, column: 9 }, end: { line: 2, column: 10 } });
    expect(locate(['b', 'c', 1], 'value')).toEqual(full.locate(['b', 'c', 1], 'value'));
    expect(locate(['b'], 'key')).toEqual(full.locate(['b'], 'key'));
    // Paths in two entries, or one that is the whole document: the text is read whole.
    expect(locateFastYaml(text, [['a'], ['b']])).toBeUndefined();
    expect(locateFastYaml(text, [[]])).toBeUndefined();
  });
});

describe('parseFastYaml for a French run', () => {
  it('agrees with the full parser as in English, and leaves every problem to it (said in French at the edge)', () => {
    expect(agrees(VALID)).toBe('agreed');
    for (const text of ['id: a\nid: b\n', 'a: [b\n', 'term:\n\tx: 1\n', '']) {
      expect(parseFastYaml(text), text).toBeUndefined();
      expect(parseYaml(text).problems.length, text).toBeGreaterThan(0);
    }
    expect(fr.message(parseYaml('id: a\nid: b\n').problems[0]!.message)).toBe('clé en double');
  });
});

describe('parseFastYaml where it once disagreed with the full parser', () => {
  it('leaves a white line with more spaces than the block scalar’s indent to the full parser (suite case L24T)', () => {
    // `foo: |\n  x\n   \n` is `x\n \n`: the third space is content, not a trailing blank line.
    for (const text of ['foo: |\n  x\n   \n', 'foo: |\n  x\n   ', 'foo: >\n  x\n   \n', 'foo: |\n  x\n  \n   \nbar: 1\n', 'foo: |-\n  x\n    \n', 'a:\n  foo: |\n    x\n     \nb: 1\n']) {
      expect(parseFastYaml(text), JSON.stringify(text)).toBeUndefined();
      agrees(text);
    }
    expect(parseYaml('foo: |\n  x\n   \n').value).toEqual({ foo: 'x\n \n' });
    // A white line at most as indented as the block is a trailing blank line: still taken.
    for (const text of ['foo: |\n  x\n  \n', 'foo: |\n  x\n \nbar: 1\n', 'foo: |\n    x\n   \n', 'foo: >-\n  x\n\n']) expect(agrees(text), JSON.stringify(text)).toBe('agreed');
  });

  it('leaves keys the core schema reads as booleans or null to the full parser', () => {
    // The full parser makes `True:` the key `true` and `NULL:` the key "", and `true` and `True` in one mapping are a duplicate.
    for (const word of ['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']) {
      for (const text of [`${word}: 1\n`, `a:\n  ${word}: x\n`, `- ${word}: x\n`, `a: { ${word}: x }\n`]) {
        expect(parseFastYaml(text), text).toBeUndefined();
        agrees(text);
      }
    }
    expect(parseYaml('True: 1\n').value).toEqual({ true: 1 });
    expect(parseYaml('true: 1\nTrue: 2\n').problems.map((p) => p.rule)).toEqual(['yaml-duplicate-key']);
    // Words that only look like them are keys as typed.
    for (const text of ['yes: 1\n', 'no: 1\n', 'on: 1\n', 'trueish: 1\n', 'nulls: 1\n', 'Nil: 1\n']) expect(agrees(text), text).toBe('agreed');
  });
});
