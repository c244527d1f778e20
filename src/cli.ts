import { main } from './main.js';

// The executable's entry: the one place that sets process.exitCode.
const debug = process.argv.includes('--debug');
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `accords list | head`: the reader went away; that is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    // The catalogue is loaded only now, so that `accords --version` never pays for it.
    const { say } = await import('./text/say.js');
    process.stderr.write(`accords: ${say('commands.internalError', { message: error instanceof Error ? error.message : String(error) })}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write(`  ${say('commands.internalErrorHint')}\n`);
    process.exitCode = 2;
  },
);
