import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * The `id` equals the file name's stem, so a record is found by its id.
 *
 *   agreements/local/amf-33-2026.yaml   id: amf-33-2026      ✓
 *   agreements/local/amf-33-2026.yaml   id: amf-gironde-2026 ✗
 */
export const idMatchesFile: Rule = {
  id: 'id-matches-file',
  description: 'check.idMatchesFile.description',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      if (agreement.id !== stem) {
        yield { file, path: ['id'], message: message('check.idMatchesFile.differs', { id: agreement.id, stem }), hint: message('check.idMatchesFile.hint', { id: agreement.id, stem }) };
      }
    }
  },
};
