import { check, commands, common, draft, format, git, help, lifecycle, load } from './areas.js';
import { robust } from './areas.js';

/** One form of a sentence, or its singular and plural forms (chosen by a `count` parameter). */
export type Forms = string | { readonly one: string; readonly other: string };

/** A sentence in every language the tool speaks. */
export interface Entry {
  readonly en: Forms;
  readonly fr: Forms;
}

/**
 * The one catalogue of everything the tool says, in English and French, split by the area of
 * the pipeline that says it. Keys are stable; the texts may change.
 */
export const CATALOGUE = { ...common, ...load, ...check, ...lifecycle, ...draft, ...git, ...format, ...commands, ...help, ...robust } as const satisfies Record<string, Entry>;
