import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ValidateFormatter } from './types.js';

/** One formatter per format name: adding a format is adding a module and a line here. */
export const VALIDATE_FORMATS = { stylish, json, github, sarif, junit } satisfies Record<string, ValidateFormatter>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
