import type { Say } from '../text/say.js';
import type { Diagnostic, Problem } from '../types.js';

/** A core problem in words, in the run's language: the `Diagnostic` every formatter prints. */
export function wordProblem(say: Say, problem: Problem): Diagnostic {
  const { message, hint, ...rest } = problem;
  return { ...rest, message: say.message(message), ...(hint ? { hint: say.message(hint) } : {}) };
}
