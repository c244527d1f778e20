import { resolve } from 'node:path';
import { LIMITS } from '../parse/limits.js';
import { readRegularFile } from '../load/read.js';
import { parseYaml } from '../parse/yaml.js';
import type { Say } from '../text/say.js';

export interface RawValues {
  /** Values by variable name, in a map with no prototype. */
  readonly values: Map<string, unknown>;
  /** Where each value came from, for messages: `--set` or the vars file. */
  readonly origins: Map<string, string>;
  readonly problems: string[];
}

/**
 * The values a user gave: a `--vars` YAML file (typed values) overlaid by each
 * `--set name=value` (strings, checked later against the declared type).
 */
export function collectValues(say: Say, sets: readonly string[], varsFile: string | undefined, cwd: string): RawValues {
  const values = new Map<string, unknown>();
  const origins = new Map<string, string>();
  const problems: string[] = [];
  if (varsFile !== undefined) {
    // Only a regular file, and not a large one: /dev/zero or a FIFO would never end.
    const read = readRegularFile(resolve(cwd, varsFile), LIMITS.maxVarsBytes);
    const text = read.ok ? read.text : undefined;
    if (!read.ok) problems.push(say('draft.varsUnreadable', { file: varsFile, reason: say.message(read.problem.message) }));
    if (text !== undefined) {
      const parsed = parseYaml(text);
      for (const p of parsed.problems) {
        const at = { file: varsFile, line: p.range.start.line + 1, column: p.range.start.column + 1, message: say.message(p.message) };
        problems.push(p.hint ? say('draft.varsSyntaxHint', { ...at, hint: say.message(p.hint) }) : say('draft.varsSyntax', at));
      }
      const value = parsed.value;
      if (parsed.problems.length === 0) {
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          problems.push(say('draft.varsNotMapping', { file: varsFile }));
        } else {
          for (const [name, v] of Object.entries(value)) {
            values.set(name, v);
            origins.set(name, varsFile);
          }
        }
      }
    }
  }
  for (const assignment of sets) {
    const eq = assignment.indexOf('=');
    if (eq <= 0) {
      problems.push(say('draft.setWithoutEquals', { assignment }));
      continue;
    }
    const name = assignment.slice(0, eq).trim();
    values.set(name, assignment.slice(eq + 1));
    origins.set(name, '--set');
  }
  return { values, origins, problems };
}

/** An id is a lower-case slug: it becomes a file name, so nothing else may pass. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
