import type { ListFormatter } from './types.js';

/** SPEC §5: `[{ id, title, kind, level, parties, signed, effective, status, end, next_renewal, notice_deadline, file }]`. */
export const json: ListFormatter = (rows) => `${JSON.stringify(rows, null, 2)}\n`;
