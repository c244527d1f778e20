import { html } from './html.js';
import { markdown } from './markdown.js';
import type { ReportFormatter } from './types.js';

export const REPORT_FORMATS = { markdown, html } satisfies Record<string, ReportFormatter>;
