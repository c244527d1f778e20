import { eventLabel, statusLabel } from '../../lifecycle/labels.js';
import { eventNotes } from '../due/notes.js';
import { currentLanguage, say } from '../../text/say.js';
import type { ReportFormatter } from './types.js';
import { countByParty, countByStatus, dueColumns, partnerColumns, span, statusColumns } from './types.js';

/**
 * A standalone page (no script, no network) in the current language: the same overview, with a
 * CSS timeline. Given in pieces, the due table and the timeline a row at a time.
 */
export const html: ReportFormatter = function* (data) {
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s) as { a: (typeof data.agreements)[number]; s: { start: string; end: string } }[];
  const min = bars.reduce((m, x) => (x.s.start < m ? x.s.start : m), data.asOf);
  const max = bars.reduce((m, x) => (x.s.end > m ? x.s.end : m), data.until);
  const t = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const pct = (date: string) => (((t(date) - t(min)) / Math.max(1, t(max) - t(min))) * 100).toFixed(2);
  const bar = ({ a, s }: (typeof bars)[number]) =>
    `<div class="row"><span class="label">${esc(a.id)}</span><span class="track"><span class="bar ${esc(a.status)}" style="left:${pct(s.start)}%;width:${(Number(pct(s.end)) - Number(pct(s.start))).toFixed(2)}%" title="${esc(say('format.report.bar', { title: a.title, start: s.start, end: s.end }))}"></span></span></div>`;
  yield `<!doctype html>
<html lang="${currentLanguage()}">
<head>
<meta charset="utf-8">
<title>${esc(say('format.report.pageTitle', { date: data.asOf }))}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
.row{display:flex;align-items:center;margin:.2rem 0}.label{width:16rem;font-family:monospace;font-size:.8rem}
.track{position:relative;flex:1;height:.9rem;background:#f3f3f3}.bar{position:absolute;top:0;bottom:0;background:#999}
.bar.in-force{background:#2e7d32}.bar.upcoming{background:#1565c0}.bar.terminated{background:#c62828}
</style>
</head>
<body>
<h1>${esc(say('format.report.heading', { date: data.asOf }))}</h1>
<p>${esc(say('format.report.tracked', { count: data.agreements.length }))}${data.invalidFiles.length ? ` ${esc(say('format.report.invalidShort', { count: data.invalidFiles.length }))}` : ''}</p>
<h2>${esc(say('format.report.byStatus'))}</h2>
<table>${headings(statusColumns())}${countByStatus(data.agreements).map(([s, n]) => `<tr><td>${esc(statusLabel(s))}</td><td>${n}</td></tr>`).join('')}</table>
<h2>${esc(say('format.report.byPartner'))}</h2>
<table>${headings(partnerColumns())}${countByParty(data.agreements, data.names).map(([name, all, f]) => `<tr><td>${esc(name)}</td><td>${all}</td><td>${f}</td></tr>`).join('')}</table>
<h2>${esc(say('format.report.dueBy', { date: data.until }))}</h2>
`;
  if (data.due.length === 0) yield `<p>${esc(say('format.report.nothingDue'))}</p>`;
  else {
    yield `<table>${headings(dueColumns())}`;
    for (const e of data.due) yield `<tr><td>${e.date}</td><td>${esc(say('format.days', { days: e.days_left }))}</td><td>${esc([eventLabel(e.event), ...eventNotes(e)].join(' — '))}</td><td>${esc(e.title)} (<code>${esc(e.id)}</code>)</td></tr>`;
    yield '</table>';
  }
  yield `
<h2>${esc(say('format.report.timelineSpan', { from: min, to: max }))}</h2>
`;
  for (let i = 0; i < bars.length; i++) yield `${i > 0 ? '\n' : ''}${bar(bars[i]!)}`;
  yield `
</body>
</html>
`;
};

function headings(columns: readonly string[]): string {
  return `<tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
