import { main } from '../../src/main.js';
import type { World } from '../../src/commands/context.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI in this process with a captured Io: a thrown exception fails the test as a crash. */
export async function runInProcess(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const io: World = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    env: { ACCORDS_CACHE: '0', ...env },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    today: '2026-11-22',
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A stack frame as Node prints it. */
export const STACK_FRAME = /\n\s+at .+[:(]\d+:\d+\)?/;
