import { CATALOGUE } from './catalogue/index.js';
import type { Forms } from './catalogue/index.js';
import type { Language } from './language.js';

/**
 * Every sentence the tool prints comes from the catalogue through a `Say`, made once per run for
 * the language the CLI chose (`--lang`, LC_ALL, LC_MESSAGES, LANG) and passed to whatever words
 * something — there is no current language to set:
 *
 *   const say = sayer('fr');
 *   say('schema.unknownKey', { key: 'sigend' })        //=> 'clé inconnue `sigend`'
 *   say.message(message('schema.unknownKey', { key: 'sigend' }))   // the same, from a key and its parameters
 *
 * The core returns a `Message` (a key and its parameters, as ESLint rules return a `messageId`
 * and `data`); the edge says it with `say.message`. Placeholders are `{name}`; values are
 * inserted as they are, never scanned again. A message with a `count` may have `one`/`other`
 * forms, chosen by the language's plural rules (French says « 0 problème », English "0 problems").
 *
 * A message parameter may also be what only the language can word (`Param`):
 *
 *   message('check.date.daysInMonth', { month: { month: 2 }, year: 2023, days: 28 })
 *     // en 'February 2023 has 28 days', fr 'février 2023 compte 28 jours'
 *   message('check.schema.notAllowed', { field, allowed: { or: ['`a`', '`b`', '`c`'] }, value })
 *     // en '… must be `a`, `b` or `c` …', fr '… doit être `a`, `b` ou `c` …'
 *   message('load.mebibytes', { size: { decimal: 1.5, digits: 1 } })   // en '1.5 MiB', fr '1,5 Mio'
 */
export type MessageKey = keyof typeof CATALOGUE;

type Text<E> = E extends { readonly one: infer A extends string; readonly other: infer B extends string } ? A | B : E extends string ? E : never;
type Names<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;
type ParamsOf<K extends MessageKey> = Names<Text<(typeof CATALOGUE)[K]['en']>>;

export type MessageParams<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, string | number>];

/**
 * A parameter of a `Message`, worded in the language it is said in: a text or a number as it is;
 * a message; a month (`{ month: 2 }`: 'February', « février »); a list joined with « ou »/« et »
 * (`{ or: [...] }`, `{ and: [...] }`, items themselves parameters); a number with the language's
 * decimal mark and `digits` fraction digits, no grouping (`{ decimal: 1.5, digits: 1 }`: '1.5', « 1,5 »).
 */
export type Param =
  | string
  | number
  | Message
  | { readonly month: number }
  | { readonly or: readonly Param[] }
  | { readonly and: readonly Param[] }
  | { readonly decimal: number; readonly digits: number };

/** The parameters of a `Message`: as `say`'s, and a value may be any `Param`, said in the same language. */
export type MessageArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, Param>];

/** A sentence not yet worded: what the core returns, said at the edge in the user's language. */
export interface Message<K extends MessageKey = MessageKey> {
  readonly key: K;
  readonly params?: Readonly<Record<string, Param>>;
}

/** `message('list.or', { items: 'a, b', last: 'c' })`: a key and its parameters, typed as `say`'s. */
export function message<K extends MessageKey>(key: K, ...[params]: MessageArgs<K>): Message<K> {
  return params === undefined ? { key } : { key, params };
}

/** The sentences of one language. */
export interface Say {
  <K extends MessageKey>(key: K, ...params: MessageParams<K>): string;
  readonly language: Language;
  /** A `Message` in this language (its message parameters too). */
  message(said: Message): string;
  /** `a`, `a or b`, `a, b or c` (« a, b ou c »): for "did you mean" and "one of". */
  orList(items: readonly string[]): string;
  /** `a`, `a and b`, `a, b and c` (« a, b et c »). */
  andList(items: readonly string[]): string;
}

const SAYERS = new Map<Language, Say>();

/** The `Say` of a language (one per language, made on first use). */
export function sayer(language: Language): Say {
  let made = SAYERS.get(language);
  if (!made) SAYERS.set(language, (made = makeSay(language)));
  return made;
}

/** The same sentence in a given language: `sayIn('fr', 'list.and', { items: 'a', last: 'b' })` //=> 'a et b'. */
export function sayIn<K extends MessageKey>(language: Language, key: K, ...rest: MessageParams<K>): string {
  return sayer(language)(key, ...rest);
}

function makeSay(language: Language): Say {
  // Intl's objects load locale data when made (milliseconds each): made on first use, which many runs never reach.
  let rules: Intl.PluralRules | undefined;
  const pick = (forms: Forms, params: Readonly<Record<string, string | number>> | undefined): string => {
    if (typeof forms === 'string') return forms;
    return (rules ??= new Intl.PluralRules(language)).select(Number(params?.count ?? 0)) === 'one' ? forms.one : forms.other;
  };
  const speak = (key: MessageKey, params: Readonly<Record<string, string | number>> | undefined): string => {
    const entry = CATALOGUE[key] as { readonly en: Forms; readonly fr: Forms };
    return fill(pick(entry[language], params), params);
  };
  const say = ((key: MessageKey, ...[params]: [Record<string, string | number>?]) => speak(key, params)) as Say;
  const join = (key: 'list.or' | 'list.and') => (items: readonly string[]) => (items.length <= 1 ? items.join('') : speak(key, { items: items.slice(0, -1).join(', '), last: items[items.length - 1]! }));
  const orList = join('list.or');
  const andList = join('list.and');
  let months: Intl.DateTimeFormat | undefined;
  const param = (value: Param): string | number => {
    if (typeof value !== 'object') return value;
    if ('key' in value) return word(value);
    // A fixed year: a month's name does not depend on it; a month that is not one is said as it is.
    if ('month' in value) return Number.isInteger(value.month) && value.month >= 1 && value.month <= 12 ? (months ??= new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' })).format(Date.UTC(2000, value.month - 1, 1)) : String(value.month);
    if ('or' in value) return orList(value.or.map((item) => String(param(item))));
    if ('and' in value) return andList(value.and.map((item) => String(param(item))));
    return new Intl.NumberFormat(language, { minimumFractionDigits: value.digits, maximumFractionDigits: value.digits, useGrouping: false }).format(value.decimal);
  };
  const word = (said: Message): string => {
    if (!said.params) return speak(said.key, undefined);
    const params: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(said.params)) params[name] = param(value);
    return speak(said.key, params);
  };
  return Object.assign(say, { language, message: word, orList, andList });
}

function fill(text: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}
