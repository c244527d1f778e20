import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * A framework's `template:` names a file under the root's `templates/`.
 *
 *   template: templates/amf-convention-locale.md.hbs   ✓ (file present)
 *   template: templates/amf-locale.md.hbs              ⚠ not found
 */
export const templateExists: Rule = {
  id: 'template-exists',
  description: 'check.templateExists.description',
  severity: 'warning',
  *check({ records, templates }) {
    if (!templates) return;
    for (const { file, agreement } of records) {
      if (agreement.template && !templates.has(agreement.template)) {
        const available = [...templates].sort();
        yield {
          file,
          path: ['template'],
          message: message('check.templateExists.notFound', { template: agreement.template }),
          hint: available.length ? message('check.templateExists.present', { templates: available.join(', ') }) : message('check.templateExists.addIt'),
        };
      }
    }
  },
};
