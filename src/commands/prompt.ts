import { createInterface } from 'node:readline/promises';
import type { TemplateSpec } from '../draft/template.js';
import type { Io } from './context.js';

/** Where questions are asked and answered: the process's terminal, or streams under test. */
export interface Terminal {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
}

/**
 * At a terminal, ask for each required variable that was not given, one line each, showing
 * its description and an example. An empty answer leaves it missing (and reported).
 */
export async function askMissing(spec: TemplateSpec, values: Map<string, unknown>, io: Io, terminal: Terminal = { input: process.stdin, output: process.stderr }): Promise<void> {
  const { say } = io;
  const missing = spec.variables.filter((v) => v.required && !values.has(v.name));
  if (missing.length === 0) return;
  const rl = createInterface(terminal);
  // Lines are read through the interface's iterator, which keeps every line that arrives before
  // it is asked for: answers pasted all at once are each kept for their question, in order.
  const lines = rl[Symbol.asyncIterator]();
  // Pasted input that ends closes the interface before its last lines are taken; Node 24 then
  // refuses `prompt()` (ERR_USE_AFTER_CLOSE), so the questions left are written as they are.
  let closed = false;
  rl.once('close', () => {
    closed = true;
  });
  try {
    io.stderr(`${say('draft.askMissing', { count: missing.length })}\n`);
    for (const { name, description, example } of missing) {
      const question = example === undefined ? say('draft.askValue', { name, description }) : say('draft.askValueExample', { name, description, example: String(example) });
      if (closed) terminal.output.write(`  ${question}`);
      else {
        rl.setPrompt(`  ${question}`);
        rl.prompt();
      }
      const next = await lines.next();
      if (next.done) {
        // Ctrl+D: no more questions; what is still missing is reported as missing.
        io.stderr('\n');
        break;
      }
      const answer = String(next.value).trim();
      if (answer !== '') values.set(name, answer);
    }
  } finally {
    rl.close();
  }
}
