import type { Duration } from '../types.js';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/**
 * A date as French writes it in a legal text.
 * `formatDateFr('2016-11-16')` //=> '16 novembre 2016'
 * `formatDateFr('2026-12-01')` //=> '1er décembre 2026'
 */
export function formatDateFr(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * A whole number in French words, traditional spelling (1990 rules: hyphens between tens
 * and units, "et" for 21…71).
 * `numberFr(71)` //=> 'soixante et onze'   `numberFr(80)` //=> 'quatre-vingts'   `numberFr(201)` //=> 'deux cent un'
 */
export function numberFr(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 20) return UNITS[n]!;
  if (n < 100) return belowHundred(n);
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 ? 's' : ''}`;
    return rest === 0 ? head : `${head} ${numberFr(rest)}`;
  }
  if (n < 1_000_000) {
    const thousands = Math.floor(n / 1000);
    const rest = n % 1000;
    // "cent" and "vingt" take no s before "mille": deux cent mille, quatre-vingt mille.
    const head = thousands === 1 ? 'mille' : `${numberFr(thousands).replace(/(cent|vingt)s$/, '$1')} mille`;
    return rest === 0 ? head : `${head} ${numberFr(rest)}`;
  }
  return String(n);
}

function belowHundred(n: number): string {
  const ten = Math.floor(n / 10);
  const unit = n % 10;
  if (ten === 7 || ten === 9) {
    const base = ten === 7 ? 'soixante' : 'quatre-vingt';
    const rest = UNITS[10 + unit]!;
    return ten === 7 && unit === 1 ? 'soixante et onze' : `${base}-${rest}`;
  }
  if (ten === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${UNITS[unit]}`;
  if (unit === 0) return TENS[ten]!;
  if (unit === 1) return `${TENS[ten]} et un`;
  return `${TENS[ten]}-${UNITS[unit]}`;
}

type Unit = 'an' | 'mois' | 'semaine' | 'jour';
const FEMININE: ReadonlySet<Unit> = new Set(['semaine']);

function part(count: number, unit: Unit, withDigits: boolean): string {
  const noun = unit === 'mois' || count <= 1 ? unit : `${unit}s`;
  let words = numberFr(count);
  if (FEMININE.has(unit)) words = words.replace(/(^|[ -])un$/, '$1une');
  return withDigits ? `${words} (${count}) ${noun}` : `${words} ${noun}`;
}

/**
 * A duration in French, with the figure in brackets as contracts write it, or without.
 * `formatDurationFr(P2M)` //=> 'deux (2) mois'     `formatDurationFr(P1Y6M, false)` //=> 'un an et six mois'
 */
export function formatDurationFr(d: Duration, withDigits = true): string {
  const parts = [
    d.years ? part(d.years, 'an', withDigits) : '',
    d.months ? part(d.months, 'mois', withDigits) : '',
    d.weeks ? part(d.weeks, 'semaine', withDigits) : '',
    d.days ? part(d.days, 'jour', withDigits) : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'aucun délai' : joinFr(parts);
}

/** `joinFr(['A', 'B', 'C'])` //=> 'A, B et C' */
export function joinFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * A whole number in figures, grouped by three with a narrow non-breaking space (U+202F), as
 * the Imprimerie nationale writes it. `digitsFr(12000)` //=> '12 000' ; `digitsFr(999)` //=> '999'
 */
export function digitsFr(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * French typography in a template's literal text: a non-breaking space (U+00A0) before `:` and
 * inside « », a narrow one (U+202F) before `; ! ?`. Applied to the template's source, never to the
 * values, which appear as they were given.
 */
export function typographyFr(text: string): string {
  return text
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»')
    .replace(/ :(?=\s|$)/gm, '\u00a0:')
    .replace(/ ([;!?])(?=\s|$|["»)*])/gm, '\u202f$1');
}
