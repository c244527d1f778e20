import { closest } from '../../text/suggest.js';
import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * `parent` and `supersedes` name agreements that exist (and not the record itself).
 *
 *   parent: amf-pole-emploi-2016   ✓
 *   parent: amf-pole-emploi-2061   ✗ did you mean `amf-pole-emploi-2016`?
 */
export const knownReference: Rule = {
  id: 'known-reference',
  get description() {
    return say('check.knownReference.description');
  },
  severity: 'error',
  *check({ records, knownIds }) {
    for (const { file, agreement } of records) {
      const references = [
        ...(agreement.parent ? [{ path: ['parent'], id: agreement.parent }] : []),
        ...(agreement.supersedes ?? []).map((id, i) => ({ path: ['supersedes', i], id })),
      ];
      for (const { path, id } of references) {
        if (id === agreement.id) {
          yield { file, path, message: say('check.knownReference.itself', { id: agreement.id }), hint: say('check.knownReference.itselfHint', { field: String(path[0]) }) };
        } else if (!knownIds.has(id)) {
          const guess = closest(id, knownIds.keys());
          yield { file, path, message: say('check.knownReference.unknown', { id }), hint: guess ? say('common.didYouMean', { guess }) : say('check.knownReference.unknownHint') };
        }
      }
    }
  },
};
