import { fileURLToPath } from 'node:url';

/** The package's own folder (schemas/, templates/ ship beside dist/). */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** An absolute path to a file shipped with the tool: `assetPath('schemas/agreement.schema.json')`. */
export function assetPath(relative: string): string {
  return fileURLToPath(new URL(`../../${relative}`, import.meta.url));
}
