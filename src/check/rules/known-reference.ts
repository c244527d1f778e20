import { closestIn } from '../../text/suggest.js';
import type { JsonPath } from '../../types.js';
import type { Rule, RuleProblem } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * `parent` and `supersedes` name agreements that exist (and not the record itself).
 *
 *   parent: amf-pole-emploi-2016   ✓
 *   parent: amf-pole-emploi-2061   ✗ did you mean `amf-pole-emploi-2016`?
 */
export const knownReference: Rule = {
  id: 'known-reference',
  description: 'check.knownReference.description',
  severity: 'error',
  *check({ records, knownIds }) {
    const guess = closestIn(knownIds.keys());
    for (const { file, agreement } of records) {
      const { id, parent, supersedes = [] } = agreement;
      // Most references are sound: a path and a sentence are made only for one that is not.
      if (parent && isBroken(parent, id, knownIds)) yield problem(file, id, ['parent'], parent, guess);
      for (let i = 0; i < supersedes.length; i++) {
        if (isBroken(supersedes[i]!, id, knownIds)) yield problem(file, id, ['supersedes', i], supersedes[i]!, guess);
      }
    }
  },
};

function isBroken(target: string, id: string, knownIds: ReadonlyMap<string, unknown>): boolean {
  return target === id || !knownIds.has(target);
}

function problem(file: string, id: string, path: JsonPath, target: string, closestId: (word: string) => string | undefined): RuleProblem {
  if (target === id) return { file, path, message: message('check.knownReference.itself', { id }), hint: message('check.knownReference.itselfHint', { field: String(path[0]) }) };
  const guess = closestId(target);
  return { file, path, message: message('check.knownReference.unknown', { id: target }), hint: guess ? message('common.didYouMean', { guess }) : message('check.knownReference.unknownHint') };
}
