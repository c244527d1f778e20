import type { Rule } from '../rule.js';

/**
 * No two records share an id, wherever they sit under `agreements/`.
 *
 *   national/amf-2016.yaml and local/amf-2016.yaml, both `id: amf-2016`   ✗ (reported on the second)
 */
export const uniqueId: Rule = {
  id: 'unique-id',
  description: 'Each id is used by one record only.',
  severity: 'error',
  *check({ records, knownIds }) {
    for (const { file, agreement } of records) {
      const files = knownIds.get(agreement.id) ?? [];
      const first = files[0];
      if (files.length > 1 && first !== file) {
        yield { file, path: ['id'], message: `id \`${agreement.id}\` is already used by ${first}`, hint: 'give each agreement its own id (and file name)' };
      }
    }
  },
};
