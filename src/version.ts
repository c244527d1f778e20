import { readFileSync } from 'node:fs';
import { assetPath } from './load/assets.js';

/** The tool's version, from its package.json (stamped into drafted records and caches). */
export const TOOL_VERSION: string = (JSON.parse(readFileSync(assetPath('package.json'), 'utf8')) as { version: string }).version;
