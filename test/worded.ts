import { CATALOGUE } from '../src/text/catalogue/index.js';
import type { Message, Say } from '../src/text/say.js';

/** A core result with each of its `Message`s in words: what the edge prints. */
export type Worded<T> = T extends Message
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? Worded<U>[]
      : T extends object
        ? { [K in keyof T]: Worded<T[K]> }
        : T;

function isMessage(value: object): value is Message {
  return typeof (value as { key?: unknown }).key === 'string' && Object.prototype.hasOwnProperty.call(CATALOGUE, (value as { key: string }).key);
}

/**
 * `worded(en, parseYaml(text).problems)`: the same result, each message said by `say` (a
 * message's parameters are said with it). Tests of the core compare sentences through this.
 */
export function worded<T>(say: Say, value: T): Worded<T> {
  return word(say, value) as Worded<T>;
}

function word(say: Say, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => word(say, item));
  if (isMessage(value)) return say.message(value);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, word(say, item)]));
}

/** `wordedBy(fr, parseYaml)`: the function, with its result worded by `say`. */
export function wordedBy<A extends unknown[], R>(say: Say, f: (...args: A) => R): (...args: A) => Worded<R> {
  return (...args) => worded(say, f(...args));
}
