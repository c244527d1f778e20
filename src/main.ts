import { TOOL_VERSION } from './version.js';
import type { ExitCode } from './types.js';
import type { World } from './commands/context.js';

/** Today in local time (SPEC §4.8): the only place the tool reads the clock. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Resolves when stdout has written out what it holds (or has closed: nothing more will be taken). */
function stdoutDrained(): Promise<void> {
  const stdout = process.stdout;
  if (!stdout.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stdout.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stdout.on('drain', done).on('close', done).on('error', done);
  });
}

function processWorld(): World {
  return {
    stdout: (text) => void process.stdout.write(text),
    drained: stdoutDrained,
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    today: localToday(),
  };
}

/** Run the command line; resolves to the exit code (SPEC §5: 0, 1 or 2). Only this module's caller sets process.exitCode. */
export async function main(argv: readonly string[], io: World = processWorld()): Promise<ExitCode> {
  // `accords --version` answers before the catalogue or commander is even loaded: start-up is a feature.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${TOOL_VERSION}\n`);
    return 0;
  }
  const { runProgram } = await import('./program.js');
  return runProgram(argv, io);
}
