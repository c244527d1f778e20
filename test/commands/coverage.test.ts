import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accords, PROJECT } from '../e2e.js';

const root = mkdtempSync(join(tmpdir(), 'accords-coverage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(() => {
  for (const folder of ['agreements', 'templates', 'examples']) cpSync(join(PROJECT, folder), join(root, folder), { recursive: true });
  expect(accords(['new', '--root', root, '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', '--vars', 'examples/gironde.yaml']).code).toBe(0);
  // A drafted convention is a draft until signed: only a signed one in force covers its département.
  expect(accords(['sign', 'amf-33-2026', '--root', root, '--date', '2026-12-01', '--as-of', '2026-12-03']).code).toBe(0);
});

describe('accords list --coverage (end to end)', () => {
  it('shows, for each framework in force that serves as a model, the départements covered and those not (Etalab’s 101)', () => {
    const run = accords(['list', '--coverage', '--root', root, '--as-of', '2026-12-03']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^amf-pole-emploi-2016 — Accord cadre national entre l'AMF et Pôle emploi\n  départements with a convention in force: 1 of 101\n {4}33 {3}Gironde +amf-33-2026\n  without one: 100 départements\n {4}01 {3}Ain\n/);
    // The expired frameworks are not listed unless asked for.
    expect(run.stdout).not.toContain('etat-pole-emploi-cnml-2010');
  });

  it('gives one framework’s regions as JSON, whatever its status', () => {
    const run = accords(['list', '--coverage', 'etat-pole-emploi-cnml-2010', '--format', 'json', '--root', root, '--as-of', '2026-12-03']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { framework: string; scale: string; code: string; name: string; covered: boolean }[];
    expect(rows).toHaveLength(18);
    expect(rows.every((r) => r.scale === 'region' && !r.covered)).toBe(true);
    expect(rows.find((r) => r.code === '75')?.name).toBe('Nouvelle-Aquitaine');
  });

  it('speaks French, and refuses an id that is no model', () => {
    expect(accords(['list', '--coverage', 'amf-pole-emploi-2016', '--root', root, '--lang', 'fr', '--as-of', '2026-12-03']).stdout).toContain('  départements avec une convention en vigueur : 1 sur 101\n');
    const local = accords(['list', '--coverage', 'amf-33-2026', '--root', root]);
    expect(local.code).toBe(2);
    expect(local.stderr).toBe('accords: `amf-33-2026` has no `template:`: it is not a model for local conventions\n');
    expect(accords(['list', '--coverage', 'amf-pole-emploi-2015', '--root', root]).stderr).toContain('amf-pole-emploi-2016');
  });

  it('is in the report too', () => {
    const md = accords(['report', '--root', root, '--as-of', '2026-12-03']).stdout;
    expect(md).toContain('### Accord cadre national entre l\'AMF et Pôle emploi (`amf-pole-emploi-2016`)\n\nDépartements with a convention in force: 1 of 101 — Gironde (33).\n');
    expect(md).toContain('| France Travail | 5 | 2 |');
    expect(md).not.toContain('| Pôle emploi |');
  });
});
