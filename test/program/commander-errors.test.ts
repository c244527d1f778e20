import { describe, expect, it } from 'vitest';
import { sayUsageProblem } from '../../src/program/commander-errors.js';
import { en } from '../say.js';
import { runInProcess } from '../robustness/run.js';
import { PROJECT } from '../e2e.js';

const usage = async (argv: string[]) => {
  const run = await runInProcess(argv, PROJECT);
  expect(run.code, argv.join(' ')).toBe(2);
  expect(run.stdout).toBe('');
  return run.stderr;
};

describe("commander's usage errors, by code", () => {
  it('guess a command among the visible ones, help included', async () => {
    expect(await usage(['hepl'])).toBe("error: unknown command 'hepl'\n(Did you mean help?)\n");
    expect(await usage(['xyzzy'])).toBe("error: unknown command 'xyzzy'\n");
  });

  it("guess a long option among the command's and the global ones, never a short one", async () => {
    expect(await usage(['due', '--formt', 'json'])).toBe("error: unknown option '--formt'\n(Did you mean --format?)\n");
    expect(await usage(['due', '--exit-cod'])).toBe("error: unknown option '--exit-cod'\n(Did you mean --exit-code?)\n");
    expect(await usage(['list', '-x'])).toBe("error: unknown option '-x'\n");
  });

  it('name what is missing or too many, in either language', async () => {
    expect(await usage(['sign', '--date', '2026-12-01'])).toBe("error: missing required argument 'id'\n");
    expect(await usage(['due', '--within'])).toBe("error: option '--within <period>' argument missing\n");
    expect(await usage(['init', 'a', 'b', '--lang', 'fr'])).toBe("erreur : trop d’arguments pour 'init'. 1 argument attendu, nombre reçu : 2.\n");
    expect(await usage(['due', 'a', 'b', '--lang', 'fr'])).toBe("erreur : trop d’arguments pour 'due'. 0 argument attendu, nombre reçu : 2.\n");
  });

  it('are worded from the facts, not from English', () => {
    expect(sayUsageProblem(en, { code: 'commander.unknownCommand', name: 'shwo', candidates: ['show', 'sign'] })).toBe("error: unknown command 'shwo'\n(Did you mean show?)");
    expect(sayUsageProblem(en, { code: 'commander.unknownOption', flag: '--as-off', candidates: ['--as-of', '--root'] })).toBe("error: unknown option '--as-off'\n(Did you mean --as-of?)");
    expect(sayUsageProblem(en, { code: 'commander.excessArguments', command: 'show', expected: 1, received: 3 })).toBe("error: too many arguments for 'show'. Expected 1 argument but got 3.");
  });
});
