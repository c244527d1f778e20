import { hash } from 'node:crypto';

/** A short, file-name-safe digest of a text (SHA-256, base64url), in one call (no Hash object per file). */
export function hashText(text: string): string {
  return hash('sha256', text, 'base64url');
}
