import type { Rule } from '../rule.js';
import { say } from '../../text/say.js';

/**
 * A framework's `template:` names a file under the root's `templates/`.
 *
 *   template: templates/amf-convention-locale.md.hbs   ✓ (file present)
 *   template: templates/amf-locale.md.hbs              ⚠ not found
 */
export const templateExists: Rule = {
  id: 'template-exists',
  get description() {
    return say('check.templateExists.description');
  },
  severity: 'warning',
  *check({ records, templates }) {
    if (!templates) return;
    for (const { file, agreement } of records) {
      if (agreement.template && !templates.has(agreement.template)) {
        const available = [...templates].sort();
        yield {
          file,
          path: ['template'],
          message: say('check.templateExists.notFound', { template: agreement.template }),
          hint: available.length ? say('check.templateExists.present', { templates: available.join(', ') }) : say('check.templateExists.addIt'),
        };
      }
    }
  },
};
