import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * Where the repository keeps signed copies at all (some record has `signed_copy`), every signed
 * local convention has one: a warning names each that lacks it.
 */
export const signedCopyExpected: Rule = {
  id: 'signed-copy-expected',
  description: 'life.signedCopyExpected.description',
  severity: 'warning',
  *check({ records, keepsSignedCopies }) {
    if (!keepsSignedCopies) return;
    for (const { file, agreement } of records) {
      if (agreement.kind !== 'local' || typeof agreement.signed !== 'string' || agreement.signed_copy) continue;
      yield { file, path: ['signed'], message: message('life.signedCopyExpected.missing'), hint: message('life.signedCopyExpected.hint', { id: agreement.id, signed: agreement.signed }) };
    }
  },
};
