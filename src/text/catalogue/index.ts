import { check, commands, common, coverage, deadlines, draft, drafting, format, git, help, init, life, lifecycle, load, newcomer, render, report, robust, yamlsuite } from './areas.js';

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
export const CATALOGUE = { ...common, ...load, ...check, ...lifecycle, ...draft, ...git, ...format, ...commands, ...help, ...coverage, ...deadlines, ...drafting, ...init, ...life, ...newcomer, ...render, ...report, ...robust, ...yamlsuite } as const satisfies Record<string, Entry>;
