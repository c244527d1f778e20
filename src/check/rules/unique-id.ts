import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * No two records share an id, wherever they sit under `agreements/`.
 *
 *   national/amf-2016.yaml and local/amf-2016.yaml, both `id: amf-2016`   ✗ (reported on the second)
 */
export const uniqueId: Rule = {
  id: 'unique-id',
  description: 'check.uniqueId.description',
  severity: 'error',
  *check({ records, knownIds }) {
    for (const { file, agreement } of records) {
      const files = knownIds.get(agreement.id) ?? [];
      const first = files[0];
      if (files.length > 1 && first !== undefined && first !== file) {
        yield { file, path: ['id'], message: message('check.uniqueId.used', { id: agreement.id, file: first }), hint: message('check.uniqueId.hint') };
      }
    }
  },
};
