import { kindLabel, levelLabel, statusLabel } from '../lifecycle/labels.js';
import { LANGUAGES } from '../text/language.js';
import type { Say } from '../text/say.js';
import { sayer } from '../text/say.js';

/** The filters whose values have words: `--kind accord-cadre`, `--level départemental`, `--status "en vigueur"`. */
export type WordedFilter = 'kind' | 'level' | 'status';

const LABELS: Readonly<Record<WordedFilter, (say: Say, code: string) => string>> = { kind: kindLabel, level: levelLabel, status: statusLabel };

/** `Accord-cadre`, `accord cadre`, `ACCORD_CADRE` → `accord cadre`: case, accents, hyphens and spaces aside. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-_\s]+/g, ' ').trim();
}

/**
 * The code a filter value names: the code itself, or its word in any language the tool speaks
 * (`codeOf('status', 'en vigueur', STATUSES)` //=> 'in-force'); `undefined` when none.
 */
export function codeOf(filter: WordedFilter, value: string, codes: readonly string[]): string | undefined {
  if (codes.includes(value)) return value;
  const wanted = plain(value);
  for (const language of LANGUAGES) {
    const say = sayer(language);
    const found = codes.find((code) => plain(code) === wanted || plain(LABELS[filter](say, code)) === wanted);
    if (found) return found;
  }
  return undefined;
}

/** The words of the codes in the language of `say` (`accord-cadre`, …): the choices a usage error lists in French. */
export function wordsOf(say: Say, filter: WordedFilter, codes: readonly string[]): string[] {
  return codes.map((code) => LABELS[filter](say, code));
}
