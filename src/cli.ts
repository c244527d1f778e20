import { main } from './main.js';

// The executable's entry: the one place that sets process.exitCode.
const debug = process.argv.includes('--debug');
/** The sentences of the language this run speaks (--lang, else the locale), loaded only when needed. */
async function sayOfRun() {
  const [{ sayer }, { languageFromEnv, languageOfRun }] = await Promise.all([import('./text/say.js'), import('./text/language.js')]);
  const chosen = languageOfRun(process.argv.slice(2), process.env);
  return sayer(typeof chosen === 'string' ? chosen : languageFromEnv(process.env));
}
let outputFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `accords list | head`: the reader went away; that is not a failure of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  // Any other failed write (a full disk, an I/O error) lost output: say so once, exit 2.
  if (outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  void sayOfRun().then((say) => {
    process.stderr.write(`accords: ${say('robust.outputFailed', { reason: error.code ?? error.message })}\n`);
  });
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = outputFailed ? 2 : code;
  },
  async (error: unknown) => {
    // The catalogue is loaded only now, so that `accords --version` never pays for it.
    const say = await sayOfRun();
    process.stderr.write(`accords: ${say('commands.internalError', { message: error instanceof Error ? error.message : String(error) })}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    else process.stderr.write(`  ${say('commands.internalErrorHint')}\n`);
    process.exitCode = 2;
  },
);
