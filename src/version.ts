import { readFileSync } from 'node:fs';

/** The tool's version, from its package.json (stamped into drafted records and caches). */
export const TOOL_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
