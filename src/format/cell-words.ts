import type { Say } from '../text/say.js';

/**
 * What a table cell shows for a code (a status, a kind, a level, an event): in French, its word
 * (« en vigueur », « accord-cadre », « date limite de préavis »); in English, the code itself,
 * which is also what the filters and `--format json` say (`in-force`, `framework`). The filters
 * take either, so a cell can be typed back as it reads.
 */
export function cellWord(say: Say, label: (say: Say, code: string) => string, code: string): string {
  return say.language === 'en' ? code : label(say, code);
}
