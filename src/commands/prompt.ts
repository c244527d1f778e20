import { createInterface } from 'node:readline/promises';
import type { TemplateSpec } from '../draft/template.js';
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
    io.stderr(`${missing.length} required value${missing.length === 1 ? '' : 's'} missing; type each one (empty to skip):\n`);
    for (const variable of missing) {
      const answer = (await rl.question(`  ${variable.name} — ${variable.description}${variable.example !== undefined ? ` (e.g. ${String(variable.example)})` : ''}: `)).trim();
      if (answer !== '') values.set(variable.name, answer);
    }
  } finally {
    rl.close();
  }
}
