import { jsonArray } from '../json-array.js';
import type { ListFormatter } from './types.js';

/** SPEC §5: `[{ id, title, kind, level, parties, signed, effective, status, end, next_renewal, notice_deadline, file }]`, a row at a time. */
export const json: ListFormatter = (rows) => jsonArray(rows);
