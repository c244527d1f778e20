import { createInterface } from 'node:readline/promises';
import type { TemplateSpec } from '../draft/template.js';
import { say } from '../text/say.js';
import type { Io } from './context.js';

/**
 * At a terminal, ask for each required variable that was not given, one line each, showing
 * its description and an example. An empty answer leaves it missing (and reported).
 */
export async function askMissing(spec: TemplateSpec, values: Map<string, unknown>, io: Io): Promise<void> {
  const missing = spec.variables.filter((v) => v.required && !values.has(v.name));
  if (missing.length === 0) return;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    io.stderr(`${say('draft.askMissing', { count: missing.length })}\n`);
    for (const { name, description, example } of missing) {
      const question = example === undefined ? say('draft.askValue', { name, description }) : say('draft.askValueExample', { name, description, example: String(example) });
      const answer = (await rl.question(`  ${question}`)).trim();
      if (answer !== '') values.set(name, answer);
    }
  } finally {
    rl.close();
  }
}
