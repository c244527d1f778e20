import { csv } from './csv.js';
import { json } from './json.js';
import { tableFormat } from './table.js';
import type { ListFormatter } from './types.js';

export const LIST_FORMATS = { table: tableFormat, json, csv } satisfies Record<string, ListFormatter>;
