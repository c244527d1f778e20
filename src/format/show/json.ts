import type { ShowFormatter } from './types.js';

export const json: ShowFormatter = ({ detail, warnings }) => `${JSON.stringify({ ...detail, warnings }, null, 2)}\n`;
