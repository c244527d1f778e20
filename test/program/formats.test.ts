import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNames } from '../../src/commands/formats.js';
import { COMMANDS } from '../../src/program/commands.js';
import { runInProcess } from '../robustness/run.js';

// Run where there is no repository: nothing a command could read or change.
const empty = mkdtempSync(join(tmpdir(), 'accords-formats-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

// Every command of the table, and each option that prints something else in its own formats
// (`list --coverage`, `new --list-vars`), with its required arguments filled in.
const outputs = COMMANDS.flatMap((spec) => {
  const argv = [spec.name, ...(spec.arguments ?? []).filter((argument) => argument.name.startsWith('<')).map(() => 'some-id')];
  const own = { label: spec.name, argv, names: formatNames(spec.formats) };
  return spec.mode ? [own, { label: `${spec.name} ${spec.mode.flag}`, argv: [...argv, spec.mode.flag], names: formatNames(spec.mode.formats) }] : [own];
});

describe('--format, for every command', () => {
  it('covers every command of the help', async () => {
    const help = await runInProcess(['--help'], empty);
    const listed = [...help.stdout.split('Commands:\n')[1]!.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]).filter((name) => name !== 'help');
    expect(outputs.map((o) => o.argv[0])).toEqual(expect.arrayContaining(listed));
    expect(new Set(outputs.map((o) => o.argv[0])).size).toBe(listed.length);
  });

  it.each(outputs)('$label: an unknown format exits 2 and names the formats, before anything is read', async ({ argv, names }) => {
    expect(await runInProcess([...argv, '--format', 'bogus'], empty)).toEqual({ code: 2, stdout: '', stderr: `accords: unknown format \`bogus\`\n  formats: ${names.join(', ')}\n` });
  });

  it.each(outputs)('$label: a near miss is told the closest name', async ({ argv, names }) => {
    const meant = names.at(-1)!;
    const run = await runInProcess([...argv, '--format', `${meant}x`], empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`accords: unknown format \`${meant}x\`\n  did you mean \`${meant}\`? formats: ${names.join(', ')}\n`);
  });

  it.each(outputs)('$label: each format it names is taken (the command goes on to its own checks)', async ({ argv, names }) => {
    for (const name of names) {
      const run = await runInProcess([...argv, '--format', name], join(empty, 'nowhere'));
      expect(run.stderr, `${argv.join(' ')} --format ${name}`).not.toMatch(/unknown format/);
    }
  });

  it('says it in French', async () => {
    expect((await runInProcess(['history', 'some-id', '--format', 'jsn', '--lang', 'fr'], empty)).stderr).toBe('accords: format inconnu `jsn`\n  vouliez-vous dire `json` ? formats : text, json\n');
  });
});

describe("the help's formats", () => {
  it.each(COMMANDS)('$name: lists the formats it takes, where there is a choice', async (spec) => {
    const help = (await runInProcess([spec.name, '--help'], empty)).stdout;
    const [fallback, ...others] = formatNames(spec.formats);
    if (others.length > 0) expect(help).toContain(`\nFormats: ${fallback} (default), ${others.join(', ')}.\n`);
    else expect(help).not.toMatch(/^Formats: /m);
    if (spec.mode) {
      const [modeFallback, ...modeOthers] = formatNames(spec.mode.formats);
      expect(help).toContain(`Formats (${spec.mode.flag}): ${modeFallback} (default), ${modeOthers.join(', ')}.\n`);
    }
  });
});
