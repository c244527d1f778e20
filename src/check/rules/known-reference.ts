import { closest } from '../../text/suggest.js';
import type { Rule } from '../rule.js';

/**
 * `parent` and `supersedes` name agreements that exist (and not the record itself).
 *
 *   parent: amf-pole-emploi-2016   ✓
 *   parent: amf-pole-emploi-2061   ✗ did you mean `amf-pole-emploi-2016`?
 */
export const knownReference: Rule = {
  id: 'known-reference',
  description: '`parent` and `supersedes` refer to existing agreements.',
  severity: 'error',
  *check({ records, knownIds }) {
    for (const { file, agreement } of records) {
      const references = [
        ...(agreement.parent ? [{ path: ['parent'], id: agreement.parent }] : []),
        ...(agreement.supersedes ?? []).map((id, i) => ({ path: ['supersedes', i], id })),
      ];
      for (const { path, id } of references) {
        if (id === agreement.id) {
          yield { file, path, message: `\`${agreement.id}\` refers to itself`, hint: `name another agreement in \`${path[0]}\`` };
        } else if (!knownIds.has(id)) {
          const guess = closest(id, knownIds.keys());
          yield { file, path, message: `no agreement has the id \`${id}\``, hint: guess ? `did you mean \`${guess}\`?` : 'check the id, or add that agreement\'s record' };
        }
      }
    }
  },
};
