import type { Rule } from '../rule.js';
import { message } from '../../text/say.js';

/**
 * The signed original a record names (`signed_copy`) is there, with the bytes it had when it
 * was recorded. Runs only where the caller can read files (`validate` gives `digest`).
 *
 *   signed_copy: { file: scans/amf-33.pdf, sha256: <the file's> }   ✓
 *   signed_copy: { file: scans/amf-33.pdf, sha256: <another> }      ✗ changed
 *   signed_copy: { file: scans/gone.pdf, … }                        ✗ missing
 */
export const signedCopy: Rule = {
  id: 'signed-copy',
  description: 'life.signedCopy.description',
  severity: 'error',
  *check({ records, digest }) {
    if (!digest) return;
    for (const { file, agreement } of records) {
      const copy = agreement.signed_copy;
      if (!copy) continue;
      const actual = digest(copy.file);
      if (actual === null) yield { file, path: ['signed_copy', 'file'], message: message('life.signedCopy.missing', { file: copy.file }), hint: message('life.signedCopy.missingHint') };
      else if (actual !== copy.sha256) yield { file, path: ['signed_copy', 'sha256'], message: message('life.signedCopy.changed', { file: copy.file }), hint: message('life.signedCopy.changedHint', { id: agreement.id, file: copy.file }) };
    }
  },
};
