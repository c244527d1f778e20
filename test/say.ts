import { sayer } from '../src/text/say.js';

/** The sentences of each language, for tests: pass `fr` where the code takes a `say`. */
export const en = sayer('en');
export const fr = sayer('fr');
