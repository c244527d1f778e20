/**
 * The hostile corpus: files a repository of agreements may hold by accident or by malice.
 * Each case is a small tree written to a temporary root; `expect` is the exit code of
 * `accords validate`, and `at` the file (and line) its report must name.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const ORGS = `- id: pole-emploi
  name: Pôle emploi
  kind: public-body
  succeeded_by: { org: france-travail, on: 2024-01-01 }
- id: france-travail
  name: France Travail
  kind: public-body
- id: amf
  name: Association des maires de France
  kind: association
`;

export const VALID = `id: hostile
title: Accord de test
kind: framework
level: national
parties:
  - org: amf
    signatory: { name: André Laignel, role: Président }
  - org: pole-emploi
signed: 2016-11-16
term:
  duration: P1Y
  renewal: tacit
  renewal_period: P1Y
notice:
  period: P2M
review_every: P1Y
committee: { name: comité de pilotage, meetings_per_year: 2 }
territory: { departement: "33" }
sources:
  - { document: seed.txt, clause: Article 5 }
tags: [test]
`;

export interface HostileCase {
  readonly name: string;
  /** Files under the root; `agreements/organizations.yaml` is added unless given (null: left out). */
  readonly files?: Record<string, string | Buffer | null>;
  /** Extra set-up on the root folder (links, special files). */
  readonly setup?: (root: string) => void;
  /** Exit code of `validate`. */
  readonly expect: 0 | 1 | 2;
  /** A file the report must name, and the 1-based line when there is one. */
  readonly at?: { file: string; line?: number };
}

const FILE = 'agreements/hostile.yaml';
/** The valid record with one line replaced (`key: value` → the given text), reported at that line. */
function replaceLine(name: string, key: string, replacement: string, expect: 0 | 1 = 1): HostileCase {
  const lines = VALID.split('\n');
  const index = lines.findIndex((line) => line.trimStart().startsWith(key.endsWith(':') || key.startsWith('-') ? key : `${key}:`));
  if (index < 0) throw new Error(`no line ${key}`);
  lines[index] = replacement;
  return { name, files: { [FILE]: lines.join('\n') }, expect, at: { file: FILE, line: index + 1 } };
}
const record = (name: string, text: string | Buffer, expect: 0 | 1 = 1, line?: number): HostileCase => ({ name, files: { [FILE]: text }, expect, at: { file: FILE, ...(line ? { line } : {}) } });
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((x, i) => `${x}: &${x} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

export const CASES: readonly HostileCase[] = [
  // YAML syntax of every kind
  record('unclosed double quote', 'id: hostile\ntitle: "never closed\nkind: framework\n'),
  record('unclosed single quote', "id: hostile\ntitle: 'never closed\n"),
  record('unclosed flow sequence', 'id: hostile\nparties: [amf, pole-emploi\nkind: local\n'),
  record('unclosed flow mapping', 'id: hostile\nterm: { duration: P1Y\nkind: local\n'),
  record('stray closing bracket', 'id: hostile]\ntitle: x\n'),
  record('bad indentation', 'id: hostile\nterm:\n    duration: P1Y\n  renewal: tacit\n'),
  record('sequence and mapping at one level', 'id: hostile\n- amf\ntitle: x\n'),
  record('invalid escape in double quotes', 'id: hostile\ntitle: "a \\q b"\n'),
  record('undefined alias', 'id: *nowhere\n'),
  record('unknown tag', 'id: !custom hostile\n'),
  // Keys the plain value would garble or lose, and a block scalar whose trailing white line is content (YAML suite L24T)
  record('a list as a key', 'id: hostile\n[a, b]: 1\n', 1, 2),
  record('a mapping as a complex key', 'id: hostile\n? { a: 1 }\n: x\n', 1, 2),
  record('true and "true" as keys', 'id: hostile\ntrue: 1\n"true": 2\n', 1, 3),
  record('True and true as keys', 'id: hostile\ntrue: 1\nTrue: 2\n', 1, 3),
  record('NULL as a key', 'id: hostile\nNULL: x\n', 1),
  record('white line with more spaces than its literal block', VALID.replace('title: Accord de test\n', 'title: |\n  Accord de test\n   \n'), 0),
  record('binary tag', 'id: !!binary aGVsbG8=\n'),
  record('two YAML directives', '%YAML 1.2\n%YAML 1.2\n---\nid: hostile\n'),
  record('several documents', `${VALID}---\n${VALID}`),
  record('only a document marker', '---\n'),
  record('only comments', '# yaml-language-server: $schema=x\n# nothing else\n'),
  record('empty file', ''),
  record('whitespace only', '   \n\n  \n'),
  record('NUL byte', `${VALID}\u0000\n`),
  record('control characters', 'id: hostile\ntitle: "\u0007\u001b[31m"\n'),
  record('a block scalar with a bad indent', 'id: hostile\ntitle: |\n  first\n bad\n'),
  record('key without value separator', 'id hostile\ntitle x\n'),
  record('a colon inside a plain value', 'id: hostile\ntitle: a: b\n'),
  record('a very long line', `id: hostile\ntitle: ${'x'.repeat(900_000)}\n`),
  // Encodings and line ends
  record('UTF-8 byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]), 0),
  record('UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]), 1, 1),
  record('UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(VALID, 'utf16le').swap16()]), 1, 1),
  record('UTF-16 without BOM', Buffer.from(VALID, 'utf16le')),
  record('Latin-1 bytes', Buffer.from(VALID.replace('Accord de test', 'Pôle emploi'), 'latin1'), 1, 2),
  record('overlong UTF-8 encoding', Buffer.concat([Buffer.from('id: hostile\ntitle: '), Buffer.from([0xc0, 0xaf]), Buffer.from('\n')]), 1, 2),
  record('CRLF line ends', VALID.replace(/\n/g, '\r\n'), 0),
  record('CR-only line ends', VALID.replace(/\n/g, '\r')),
  record('tab indentation', VALID.replace('  duration: P1Y', '\tduration: P1Y')),
  // Resource exhaustion
  record('alias bomb', bomb),
  record('10,000-deep flow nesting', `id: hostile\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
  record('10,000-deep flow mappings', `id: hostile\ntitle: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`),
  record('deep block nesting', `id: hostile\nterm:\n${Array.from({ length: 1200 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`),
  { name: '20 MB file', files: { [FILE]: `id: hostile\ntitle: ${'x'.repeat(20 * 1024 * 1024)}\n` }, expect: 1, at: { file: FILE } },
  // Keys
  record('duplicate top-level key', `${VALID}id: again\n`, 1, 22),
  record('duplicate nested key', VALID.replace('  renewal: tacit\n', '  renewal: tacit\n  renewal: none\n'), 1, 13),
  record('__proto__ key', `__proto__: { polluted: true }\n${VALID}`, 1, 1),
  record('constructor key nested', VALID.replace('  duration: P1Y\n', '  duration: P1Y\n  constructor: x\n'), 1, 12),
  record('prototype key in a party', VALID.replace('  - org: pole-emploi\n', '  - org: pole-emploi\n    prototype: x\n'), 1, 9),
  record('unknown top-level key', VALID.replace('signed:', 'sigend:'), 1, 9),
  // Wrong types and impossible values in every field
  replaceLine('id is a number', 'id', 'id: 2016'),
  replaceLine('id is not a slug', 'id', 'id: Hostile_Record'),
  replaceLine('title is a list', 'title', 'title: [a, b]'),
  replaceLine('kind is unknown', 'kind', 'kind: frame'),
  replaceLine('level is a mapping', 'level', 'level: { a: 1 }'),
  { name: 'parties is a string', files: { [FILE]: VALID.replace(/parties:\n(?: {2}.*\n)+/, 'parties: amf\n') }, expect: 1, at: { file: FILE, line: 5 } },
  { name: 'parties has one item', files: { [FILE]: VALID.replace(/ {2}- org: pole-emploi\n/, '') }, expect: 1, at: { file: FILE, line: 6 } },
  replaceLine('party org is a number', '- org: pole-emploi', '  - org: 42'),
  replaceLine('signatory is a string', 'signatory', '    signatory: André Laignel'),
  replaceLine('signed is a number', 'signed', 'signed: 20161116'),
  replaceLine('signed is a boolean', 'signed', 'signed: true'),
  replaceLine('signed written the French way', 'signed', 'signed: 16/11/2016'),
  replaceLine('signed on 30 February', 'signed', 'signed: 2021-02-30'),
  replaceLine('signed in month 13', 'signed', 'signed: 2021-13-01'),
  replaceLine('signed on 29 February of a common year', 'signed', 'signed: 2023-02-29'),
  replaceLine('duration with a time part', 'duration', '  duration: PT1H'),
  replaceLine('fractional duration', 'duration', '  duration: P1.5Y'),
  replaceLine('negative duration', 'duration', '  duration: -P1Y'),
  replaceLine('empty duration', 'duration', '  duration: P'),
  replaceLine('zero duration', 'duration', '  duration: P0D'),
  replaceLine('renewal mode unknown', 'renewal', '  renewal: maybe'),
  replaceLine('renewal period in words', 'renewal_period', '  renewal_period: 1 year'),
  { name: 'negative max_renewals', files: { [FILE]: VALID.replace('  renewal_period: P1Y\n', '  renewal_period: P1Y\n  max_renewals: -1\n') }, expect: 1, at: { file: FILE, line: 14 } },
  record('notice applies sometimes', VALID.replace('  period: P2M\n', '  period: P2M\n  applies: sometimes\n'), 1, 16),
  replaceLine('review every second', 'review_every', 'review_every: PT1S'),
  replaceLine('committee meets zero times', 'committee', 'committee: { name: comité, meetings_per_year: 0 }'),
  replaceLine('departement is a number', 'territory', 'territory: { departement: 33 }'),
  record('sources is a string', VALID.replace(/sources:\n.*\n/, 'sources: seed.txt\n'), 1, 19),
  replaceLine('tags is a mapping', 'tags', 'tags: { a: 1 }'),
  record('a record that is a list', '- id: hostile\n', 1, 1),
  record('a record that is a scalar', 'hostile\n', 1, 1),
  record('a record that is null', '~\n', 1, 1),
  { name: 'term ends before it starts', files: { [FILE]: VALID.replace('  duration: P1Y\n', '  end: 2016-01-01\n') }, expect: 1, at: { file: FILE, line: 11 } },
  { name: 'unknown organization', files: { [FILE]: VALID.replace('org: amf', 'org: amff') }, expect: 1, at: { file: FILE, line: 6 } },
  { name: 'parent that does not exist', files: { [FILE]: `${VALID}parent: nowhere\n` }, expect: 1, at: { file: FILE, line: 22 } },
  { name: 'id differs from the file name', files: { 'agreements/other-name.yaml': VALID }, expect: 1, at: { file: 'agreements/other-name.yaml', line: 1 } },
  // The registry
  { name: 'registry with a syntax error', files: { [FILE]: VALID, 'agreements/organizations.yaml': '- id: amf\n  name: "AMF\n' }, expect: 1, at: { file: 'agreements/organizations.yaml' } },
  { name: 'registry is a mapping', files: { [FILE]: VALID, 'agreements/organizations.yaml': 'amf: AMF\n' }, expect: 1, at: { file: 'agreements/organizations.yaml', line: 1 } },
  { name: 'registry is missing', files: { [FILE]: VALID, 'agreements/organizations.yaml': null }, expect: 1, at: { file: 'agreements/organizations.yaml' } },
  { name: 'registry is empty', files: { [FILE]: VALID, 'agreements/organizations.yaml': '' }, expect: 1, at: { file: 'agreements/organizations.yaml' } },
  { name: 'registry entry without id', files: { [FILE]: VALID, 'agreements/organizations.yaml': `${ORGS}- name: Sans id\n  kind: other\n` }, expect: 1, at: { file: 'agreements/organizations.yaml', line: 11 } },
  { name: 'registry with a __proto__ entry', files: { [FILE]: VALID, 'agreements/organizations.yaml': `${ORGS}- __proto__: { id: x }\n` }, expect: 1, at: { file: 'agreements/organizations.yaml', line: 11 } },
  { name: 'succession loop', files: { [FILE]: VALID, 'agreements/organizations.yaml': ORGS.replace('  kind: public-body\n- id: amf', '  kind: public-body\n  succeeded_by: { org: pole-emploi, on: 2025-01-01 }\n- id: amf') }, expect: 1, at: { file: 'agreements/organizations.yaml' } },
  // The file system
  { name: 'symbolic link loop', files: { [FILE]: VALID }, setup: (root) => symlinkSync('..', join(root, 'agreements', 'loop')), expect: 0 },
  { name: 'dangling symbolic link', files: { [FILE]: VALID }, setup: (root) => symlinkSync('nowhere.yaml', join(root, 'agreements', 'dangling.yaml')), expect: 1, at: { file: 'agreements/dangling.yaml' } },
  { name: 'a folder named like a record', files: { [FILE]: VALID, 'agreements/folder.yaml/inner.txt': 'x' }, expect: 0 },
  { name: 'a FIFO named like a record', files: { [FILE]: VALID }, setup: (root) => execFileSync('mkfifo', [join(root, 'agreements', 'fifo.yaml')]), expect: 1, at: { file: 'agreements/fifo.yaml' } },
  { name: 'an empty tree', files: {}, expect: 0 },
  // Links out of the root are named, not read (issue 18)
  { name: 'a record that links to /etc/passwd', files: { [FILE]: VALID }, setup: (root) => symlinkSync('/etc/passwd', join(root, 'agreements', 'passwd.yaml')), expect: 1, at: { file: 'agreements/passwd.yaml', line: 1 } },
  { name: 'a folder that links outside the root', files: { [FILE]: VALID }, setup: (root) => symlinkSync(join(root, '..'), join(root, 'agreements', 'outside')), expect: 1, at: { file: 'agreements/outside', line: 1 } },
  { name: 'a FIFO as the registry', files: { [FILE]: VALID, 'agreements/organizations.yaml': null }, setup: (root) => execFileSync('mkfifo', [join(root, 'agreements', 'organizations.yaml')]), expect: 1, at: { file: 'agreements/organizations.yaml' } },
  // Bounds (issue 18): past them is an error, never a NaN date
  replaceLine('duration past the bound', 'duration', '  duration: P9999999Y'),
  replaceLine('renewal period past the bound', 'renewal_period', '  renewal_period: P1000M'),
  replaceLine('review past the bound', 'review_every', 'review_every: P9999999D'),
  { name: 'max_renewals past the bound', files: { [FILE]: VALID.replace('  renewal_period: P1Y\n', '  renewal_period: P1Y\n  max_renewals: 10000000\n') }, expect: 1, at: { file: FILE, line: 14 } },
  replaceLine('meetings past the bound', 'committee', 'committee: { name: comité, meetings_per_year: 366 }'),
  { name: 'dates at the end of time', files: { [FILE]: VALID.replace('signed: 2016-11-16', 'signed: 9999-12-01').replace('  renewal_period: P1Y\n', '  renewal_period: P999Y\n  max_renewals: 999\n') }, expect: 0 },
  // Markup in a title stays text in every report
  record('a title with HTML', VALID.replace('title: Accord de test', 'title: "<script>alert(1)</script><img src=x onerror=alert(2)>"'), 0),
  { name: 'no agreements folder (not a root)', files: { 'agreements/organizations.yaml': null }, setup: (root) => execFileSync('rm', ['-rf', join(root, 'agreements')]), expect: 2 },
];

/** Write one case's tree under `root`. */
export function writeCase(root: string, hostile: HostileCase): void {
  const files: Record<string, string | Buffer | null> = { 'agreements/organizations.yaml': ORGS, ...hostile.files };
  mkdirSync(join(root, 'agreements'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  hostile.setup?.(root);
}
