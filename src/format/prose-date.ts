import { formatDateFr } from '../draft/french.js';
import type { Say } from '../text/say.js';

/**
 * A date in a sentence: in French, in words as French writes it (« 1er janvier 2024 »); in
 * English, `2024-01-01` as it has always been. Tables and JSON keep `YYYY-MM-DD` in both.
 * `proseDate(say, '2024-01-01')` //=> '2024-01-01' (en), '1er janvier 2024' (fr)
 */
export function proseDate(say: Say, date: string): string {
  return say.language === 'fr' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDateFr(date) : date;
}
