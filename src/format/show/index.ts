import { json } from './json.js';
import { text } from './text.js';
import type { ShowFormatter } from './types.js';

export const SHOW_FORMATS = { text, json } satisfies Record<string, ShowFormatter>;
