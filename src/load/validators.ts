import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { checkWith, compileSchema } from '../check/schema.js';
import type { SchemaCheck } from '../check/schema.js';
import { hashText } from './hash.js';
import { readSchemaTexts } from './scan.js';

export type SchemaName = 'agreement' | 'organizations';

/** The file the build writes beside this module (scripts/build-validators.mjs). */
export const PRECOMPILED_FILE = 'validators.cjs';

/** ajv's standalone code for the shipped schemas, and the hash of each schema text it was compiled from. */
export interface Precompiled {
  readonly sources: Readonly<Record<SchemaName, string>>;
  readonly validators: Readonly<Record<SchemaName, ValidateFunction>>;
}

/**
 * The check of a shipped schema, made on its first use: the validator the build compiled
 * when it was compiled from this very text, else compiled now. Compiling both schemas costs
 * about 100 ms (ajv itself, its meta-schema, code generation); loading the compiled code, a few.
 */
export function shippedSchema(name: SchemaName): SchemaCheck {
  let check: SchemaCheck | undefined;
  return (value, file) => (check ??= makeCheck(name))(value, file);
}

function makeCheck(name: SchemaName): SchemaCheck {
  return checkFor(name, readSchemaTexts()[name], loadPrecompiled());
}

/** The precompiled validator if it was compiled from `text`; else `text` compiled now. */
export function checkFor(name: SchemaName, text: string, precompiled: Precompiled | undefined): SchemaCheck {
  // A schema edited since the build (or a run from the sources, where there is no build) is compiled now.
  if (precompiled && precompiled.sources[name] === hashText(text)) return checkWith(precompiled.validators[name]);
  return compileSchema(JSON.parse(text) as object);
}

let loaded: Precompiled | null | undefined;

/** The build's validators, required once; `undefined` when there are none beside this module. */
export function loadPrecompiled(): Precompiled | undefined {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)(`./${PRECOMPILED_FILE}`) as Precompiled;
    } catch {
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
