import { createHash } from 'node:crypto';

/** A short, file-name-safe digest of a text (SHA-256, base64url). */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
