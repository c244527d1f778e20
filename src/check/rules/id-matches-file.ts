import type { Rule } from '../rule.js';

/**
 * The `id` equals the file name's stem, so a record is found by its id.
 *
 *   agreements/local/amf-33-2026.yaml   id: amf-33-2026      ✓
 *   agreements/local/amf-33-2026.yaml   id: amf-gironde-2026 ✗
 */
export const idMatchesFile: Rule = {
  id: 'id-matches-file',
  description: 'The id equals the file name without its extension.',
  severity: 'error',
  *check({ records }) {
    for (const { file, agreement } of records) {
      const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
      if (agreement.id !== stem) {
        yield { file, path: ['id'], message: `id \`${agreement.id}\` differs from the file name \`${stem}\``, hint: `write \`id: ${stem}\` or rename the file to ${agreement.id}.yaml` };
      }
    }
  },
};
