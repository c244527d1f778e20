import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accords, PROJECT } from '../e2e.js';

// The README's tour, on a copy of the bundled tree: the example values draft a convention that validates.
const root = mkdtempSync(join(tmpdir(), 'accords-tour-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('examples/gironde.yaml', () => {
  it('drafts the README tour’s convention on the bundled tree: npx accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars examples/gironde.yaml', () => {
    for (const folder of ['agreements', 'templates', 'examples']) cpSync(join(PROJECT, folder), join(root, folder), { recursive: true });
    const run = accords(['new', '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', '--vars', 'examples/gironde.yaml'], { cwd: root });
    expect(run.stderr).toContain('wrote agreements/local/amf-33-2026.yaml and agreements/local/amf-33-2026.md');
    expect(run.code).toBe(0);
    const text = readFileSync(join(root, 'agreements/local/amf-33-2026.md'), 'utf8');
    expect(text).toContain('Association des maires de la Gironde');
    expect(text).toContain('Bordeaux');
    expect(accords(['validate'], { cwd: root }).code).toBe(0);
    expect(accords(['render', '--check'], { cwd: root }).code).toBe(0);
    const listed = JSON.parse(accords(['list', '--kind', 'local', '--format', 'json'], { cwd: root }).stdout) as { id: string; parties: string[] }[];
    expect(listed.map((a) => a.id)).toEqual(['amf-33-2026']);
    expect(listed[0]!.parties).toContain('ad-maires-33');
  });

  it('gives only variables the AMF template declares (an unknown name would be refused)', () => {
    const declared = JSON.parse(accords(['new', '--from', 'amf-pole-emploi-2016', '--list-vars', '--format', 'json']).stdout) as { name: string }[];
    const names = new Set(declared.map((v) => v.name));
    const given = readFileSync(join(PROJECT, 'examples/gironde.yaml'), 'utf8').split('\n').filter((line) => /^[a-z_]+:/.test(line)).map((line) => line.split(':')[0]!);
    expect(given.filter((name) => !names.has(name))).toEqual([]);
  });
});
