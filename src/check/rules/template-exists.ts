import type { Rule } from '../rule.js';

/**
 * A framework's `template:` names a file under the root's `templates/`.
 *
 *   template: templates/amf-convention-locale.md.hbs   ✓ (file present)
 *   template: templates/amf-locale.md.hbs              ⚠ not found
 */
export const templateExists: Rule = {
  id: 'template-exists',
  description: 'The `template` file exists.',
  severity: 'warning',
  *check({ records, templates }) {
    if (!templates) return;
    for (const { file, agreement } of records) {
      if (agreement.template && !templates.has(agreement.template)) {
        const available = [...templates].sort();
        yield { file, path: ['template'], message: `template \`${agreement.template}\` not found`, hint: available.length ? `templates present: ${available.join(', ')}` : 'add it under templates/' };
      }
    }
  },
};
