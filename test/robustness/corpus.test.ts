import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASES, writeCase } from './corpus.js';
import { runInProcess, STACK_FRAME } from './run.js';

const base = mkdtempSync(join(tmpdir(), 'accords-hostile-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it('has at least 60 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((c, i) => [c.name, i] as const))('%s: every command answers with 0, 1 or 2, names the file, never a stack trace', async (_, index) => {
    const hostile = CASES[index]!;
    const root = join(base, String(index));
    writeCase(root, hostile);

    const validate = await runInProcess(['validate', '--root', root, '--format', 'json'], root);
    expect(validate.code).toBe(hostile.expect);
    expect(validate.stderr + validate.stdout).not.toMatch(STACK_FRAME);
    if (hostile.expect !== 2) {
      const problems = JSON.parse(validate.stdout) as { file: string; line: number; column: number; message: string }[];
      if (hostile.expect === 1) expect(problems.some((p) => p.file === hostile.at?.file && p.message.length > 0)).toBe(true);
      if (hostile.at?.line) expect(problems.filter((p) => p.file === hostile.at!.file).map((p) => p.line)).toContain(hostile.at.line);
      for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
    } else {
      expect(validate.stderr).toMatch(/^accords: /);
    }

    // The result cache, cold then warm, changes nothing in what is reported.
    const cached = { ACCORDS_CACHE: '1', ACCORDS_CACHE_DIR: join(base, `cache-${index}`) };
    for (const argv of [['validate', '--format', 'json'], ['list', '--format', 'json']]) {
      const plain = await runInProcess([...argv, '--root', root], root);
      expect(await runInProcess([...argv, '--root', root], root, cached), `${argv[0]}, cold cache`).toEqual(plain);
      expect(await runInProcess([...argv, '--root', root], root, cached), `${argv[0]}, warm cache`).toEqual(plain);
    }

    for (const argv of [['list', '--format', 'json'], ['show', 'hostile'], ['due', '--format', 'json', '--within', '1y']]) {
      const run = await runInProcess([...argv, '--root', root], root);
      expect([0, 1, 2], argv.join(' ')).toContain(run.code);
      expect(run.stderr + run.stdout).not.toMatch(STACK_FRAME);
      if (hostile.expect === 1 && hostile.at && run.code !== 2) expect(run.stderr).toContain(hostile.at.file);
    }
  });
});
