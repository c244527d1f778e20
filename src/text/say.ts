import { CATALOGUE } from './catalogue/index.js';
import type { Forms } from './catalogue/index.js';
import type { Language } from './language.js';

/**
 * Every sentence the tool prints comes from the catalogue through `say`:
 *
 *   say('schema.unknownKey', { key: 'sigend' }) //=> 'unknown key `sigend`'   (en)
 *                                               //=> 'clé inconnue `sigend`'  (fr)
 *
 * The language is chosen once per run by the CLI (`--lang`, LC_ALL, LC_MESSAGES, LANG) with
 * `useLanguage`; the core only asks for sentences. Placeholders are `{name}`; values are inserted
 * as they are, never scanned again. A message with a `count` may have `one`/`other` forms, chosen
 * by the language's plural rules (French says « 0 problème », English "0 problems").
 */
export type MessageKey = keyof typeof CATALOGUE;

type Text<E> = E extends { readonly one: infer A extends string; readonly other: infer B extends string } ? A | B : E extends string ? E : never;
type Names<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;
type ParamsOf<K extends MessageKey> = Names<Text<(typeof CATALOGUE)[K]['en']>>;

export type MessageParams<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, string | number>];

let language: Language = 'en';

/** Set the language of every later `say` (the CLI does it once, before anything is printed). */
export function useLanguage(chosen: Language): void {
  language = chosen;
}

export function currentLanguage(): Language {
  return language;
}

export function say<K extends MessageKey>(key: K, ...[params]: MessageParams<K>): string {
  const entry = CATALOGUE[key] as { readonly en: Forms; readonly fr: Forms };
  return fill(pick(entry[language], params), params);
}

/** The same sentence in a given language, whatever the current one (for tests and the catalogue check). */
export function sayIn<K extends MessageKey>(chosen: Language, key: K, ...rest: MessageParams<K>): string {
  const previous = language;
  language = chosen;
  try {
    return say(key, ...rest);
  } finally {
    language = previous;
  }
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pick(forms: Forms, params: Record<string, string | number> | undefined): string {
  if (typeof forms === 'string') return forms;
  const count = Number(params?.count ?? 0);
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}

function fill(text: string, params: Record<string, string | number> | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole));
}

/** `a`, `a or b`, `a, b or c` in the current language (« a, b ou c »): for "did you mean" and "one of". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say('list.or', { items: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

/** `a`, `a and b`, `a, b and c` in the current language (« a, b et c »). */
export function andList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return say('list.and', { items: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}
