/** U+00A0, the non-breaking space (« espace insécable »). */
export const NBSP = '\u00A0';
/** U+202F, the narrow non-breaking space (« espace fine insécable »). */
export const NNBSP = '\u202F';

/** A space of any width that a line may break at, or none: what precedes `:` in « Article 3: » or « Article 3 : ». */
const BREAKABLE = '[ \\t]*';
/** What may follow a punctuation mark that takes a space before it: a space, the end, or closing punctuation. */
const THEN = '(?=$|[\\s)\\]»”’.,…]|\\u00A0|\\u202F)';

/**
 * French typography in a line of running text, as the Imprimerie nationale writes it and
 * `shared/DRAFTING.md` asks:
 *
 * - a non-breaking space before `:` and before `»`, and after `«` (U+00A0);
 * - a narrow non-breaking space before `;`, `!` and `?` (U+202F);
 * - a narrow non-breaking space between groups of three digits already set apart (« 12 000 »);
 * - a non-breaking space after `n°`, `M.`, `Mme`, `MM.`, `Mmes` and before `%` and `€`, so a
 *   line never ends between them and what they belong to.
 *
 * A mark that is not punctuation is left alone: `10:30`, `https://…`, `?x=1`, `1:2`. So are
 * digits that are not grouped (a postal code, 33000, a year). Idempotent: already-typeset text
 * comes back the same. Markdown's own marks are not spaces, so a whole Markdown text can be set
 * before it is read (`« **oui** »` → `«\u00A0**oui**\u00A0»`, still bold), and a space is set
 * across the marks that split a sentence into runs.
 *
 *   frenchTypography('Article 3: Suivi') //=> 'Article 3\u00A0: Suivi'
 *   frenchTypography('« oui »?')        //=> '«\u00A0oui\u00A0»\u202F?'
 */
export function frenchTypography(text: string): string {
  return (
    text
      // « and » embrace their words with no-break spaces.
      .replace(/«[ \t\u00A0\u202F]*/g, `«${NBSP}`)
      .replace(/(\S)[ \t\u00A0\u202F]*»/g, `$1${NBSP}»`)
      // : with a space, or with the end, after it (not 10:30, nor https://).
      .replace(new RegExp(`(\\S)${BREAKABLE}[\\u00A0\\u202F]?:${THEN}`, 'g'), (whole, before: string) => (before === ':' || before === ']' ? whole : `${before}${NBSP}:`))
      // ; ! ? with a narrow one; `?!` and `!!` stay together.
      .replace(new RegExp(`([^\\s;!?])${BREAKABLE}[\\u00A0\\u202F]?([;!?]+)${THEN}`, 'g'), `$1${NNBSP}$2`)
      // 12 000, 1 500 000: the groups keep together.
      .replace(/(\d)[ \u00A0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      .replace(/(^|[\s(«\u00A0])(n°|N°|M\.|MM\.|Mme|Mmes|Mlle)[ \t]+(?=\S)/g, `$1$2${NBSP}`)
      .replace(/(\d)[ \t]*([%€])/g, `$1${NBSP}$2`)
  );
}
