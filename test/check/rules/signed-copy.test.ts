import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/types.js';
import type { RuleInput } from '../../../src/check/rule.js';
import { signedCopy } from '../../../src/check/rules/signed-copy.js';
import { signedCopyExpected } from '../../../src/check/rules/signed-copy-expected.js';

const record = (id: string, extra: Partial<Agreement>): { file: string; agreement: Agreement } => ({
  file: `agreements/local/${id}.yaml`,
  agreement: { id, title: id, kind: 'local', level: 'local', parties: [{ org: 'a' }, { org: 'b' }], signed: '2025-01-01', ...extra },
});

function input(records: RuleInput['records'], digest?: RuleInput['digest']): RuleInput {
  return { records, knownIds: new Map(), keepsSignedCopies: records.some((r) => r.agreement.signed_copy), organizations: undefined, organizationList: [], organizationsFile: 'agreements/organizations.yaml', templates: undefined, ...(digest ? { digest } : {}) };
}

describe('signed-copy', () => {
  const files = new Map([['scans/a.pdf', 'a'.repeat(64)]]);
  const digest = (file: string) => files.get(file) ?? null;
  it('passes a copy with its bytes, reports a changed or missing one', () => {
    const records = [record('a', { signed_copy: { file: 'scans/a.pdf', sha256: 'a'.repeat(64) } }), record('b', { signed_copy: { file: 'scans/a.pdf', sha256: 'b'.repeat(64) } }), record('c', { signed_copy: { file: 'scans/c.pdf', sha256: 'c'.repeat(64) } })];
    const found = [...signedCopy.check(input(records, digest))];
    expect(found.map((f) => [f.file, f.path.join('.')])).toEqual([
      ['agreements/local/b.yaml', 'signed_copy.sha256'],
      ['agreements/local/c.yaml', 'signed_copy.file'],
    ]);
  });
  it('is silent when the caller reads no files', () => {
    expect([...signedCopy.check(input([record('b', { signed_copy: { file: 'x', sha256: 'b'.repeat(64) } })]))]).toEqual([]);
  });
});

describe('signed-copy-expected', () => {
  it('warns of a signed local convention without a copy only where some record keeps one', () => {
    const without = [record('a', {}), record('d', { signed: undefined }), record('f', { kind: 'framework' })];
    expect([...signedCopyExpected.check(input(without))]).toEqual([]);
    const found = [...signedCopyExpected.check(input([...without, record('k', { signed_copy: { file: 'k.pdf', sha256: 'k'.repeat(64) } })]))];
    expect(found.map((f) => f.file)).toEqual(['agreements/local/a.yaml']);
  });
});
