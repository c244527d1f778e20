import { eventLabel, statusLabel } from '../../lifecycle/labels.js';
import { eventNotes } from '../due/notes.js';
import { coveredLine, uncoveredLine } from '../coverage/index.js';
import type { ReportData, ReportFormatter } from './types.js';
import { countByParty, countByStatus, dueColumns, partnerColumns, span, statusColumns } from './types.js';
import type { Say } from '../../text/say.js';

/**
 * A standalone page (no script, no network) in the current language: the same overview, with a
 * CSS timeline. Given in pieces, the due table and the timeline a row at a time.
 */
export const html: ReportFormatter = function* (data, { say }) {
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s) as { a: (typeof data.agreements)[number]; s: { start: string; end: string } }[];
  const min = bars.reduce((m, x) => (x.s.start < m ? x.s.start : m), data.asOf);
  const max = bars.reduce((m, x) => (x.s.end > m ? x.s.end : m), data.until);
  const t = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const pct = (date: string) => (((t(date) - t(min)) / Math.max(1, t(max) - t(min))) * 100).toFixed(2);
  const bar = ({ a, s }: (typeof bars)[number]) =>
    `<div class="row"><span class="label" title="${esc(a.title)} (${esc(a.id)})">${esc(a.title)}</span><span class="track"><span class="bar ${esc(a.status)}" style="left:${pct(s.start)}%;width:${Math.max(0.2, Number(pct(s.end)) - Number(pct(s.start))).toFixed(2)}%" title="${esc(say('report.barTitle', { title: a.title, id: a.id, start: s.start, end: s.end, status: statusLabel(say, a.status) }))}"></span></span></div>`;
  yield `<!doctype html>
<html lang="${say.language}">
<head>
<meta charset="utf-8">
<title>${esc(say('format.report.pageTitle', { date: data.asOf }))}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
table.due td:nth-child(-n+2),table.due th,.date{white-space:nowrap}
.chart{position:relative;margin:1rem 0}
.row{display:flex;align-items:center;height:1.3rem}
.label{flex:none;width:18rem;padding-right:.5rem;box-sizing:border-box;font-size:.8rem;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.track{position:relative;flex:1;height:.9rem;background:#f3f3f3}.bar{position:absolute;top:0;bottom:0;background:#9e9e9e;border-radius:2px}
.axis{height:1.6rem;align-items:flex-end}.axis .track{background:none;height:1.2rem;border-bottom:1px solid #888}
.year{position:absolute;bottom:0;transform:translateX(-50%);font-size:.75rem;color:#555;white-space:nowrap}
.overlay{position:absolute;top:0;bottom:0;left:18rem;right:0;pointer-events:none}
.tick{position:absolute;top:1.6rem;bottom:0;border-left:1px solid #e0e0e0}
.today{position:absolute;top:0;bottom:0;border-left:2px solid #d32f2f}
.today>span{position:absolute;top:0;left:4px;font-size:.7rem;color:#d32f2f;white-space:nowrap;background:#fff}.today.end>span{left:auto;right:4px}
@media (max-width:48rem){.label{width:9rem}.overlay{left:9rem}}
.legend{display:flex;flex-wrap:wrap;gap:1rem;font-size:.85rem;margin:.5rem 0}.legend i{display:inline-block;width:1.4rem;height:.8rem;margin-right:.3rem;vertical-align:middle;background:#9e9e9e}
.legend i.today{width:0;height:1rem;position:static;border-left:2px solid #d32f2f;background:none}
.in-force{background:#2e7d32!important}.upcoming{background:#1565c0!important}.terminated{background:#c62828!important}.expired{background:#9e9e9e!important}.draft{background:#ce93d8!important}.unknown{background:#bdbdbd!important}
.places{display:flex;flex-wrap:wrap;gap:3px;margin:.5rem 0}.place{display:inline-block;min-width:2.2rem;padding:.15rem 0;text-align:center;font-size:.75rem;border-radius:2px;background:#eee;color:#555}
.place.covered{background:#2e7d32;color:#fff}
</style>
</head>
<body>
<h1>${sayHtml(say, 'format.report.heading', { date: data.asOf })}</h1>
<p>${esc(say('format.report.tracked', { count: data.agreements.length }))}${data.invalidFiles.length ? ` ${esc(say('format.report.invalidShort', { count: data.invalidFiles.length }))}` : ''}</p>
<h2>${esc(say('format.report.byStatus'))}</h2>
<table>${headings(statusColumns(say))}${countByStatus(data.agreements).map(([s, n]) => `<tr><td>${esc(statusLabel(say, s))}</td><td>${n}</td></tr>`).join('')}</table>
<h2>${esc(say('format.report.byPartner'))}</h2>
<table>${headings(partnerColumns(say))}${countByParty(data.agreements, data.names, data.asOfOrg).map(([name, all, f]) => `<tr><td>${esc(name)}</td><td>${all}</td><td>${f}</td></tr>`).join('')}</table>
<h2>${sayHtml(say, 'format.report.dueBy', { date: data.until })}</h2>
`;
  if (data.due.length === 0) yield `<p>${esc(say('format.report.nothingDue'))}</p>`;
  else {
    yield `<table class="due">${headings(dueColumns(say))}`;
    for (const e of data.due) yield `<tr><td>${e.date}</td><td>${esc(say('format.days', { days: e.days_left }))}</td><td>${esc([eventLabel(say, e.event), ...eventNotes(say, e)].join(' — '))}</td><td>${esc(e.title)} (<code>${esc(e.id)}</code>)</td></tr>`;
    yield '</table>';
  }
  yield* coverageSection(say, data.coverage ?? []);
  yield `
<h2>${sayHtml(say, 'format.report.timelineSpan', { from: min, to: max })}</h2>
`;
  if (bars.length > 0) {
    const statuses = [...new Set(bars.map((x) => x.a.status))].sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
    const today = sayHtml(say, 'report.today', { date: data.asOf });
    yield `<div class="legend" aria-label="${esc(say('report.legend'))}">${statuses.map((s) => `<span><i class="${esc(s)}"></i>${esc(statusLabel(say, s))}</span>`).join('')}<span><i class="today"></i>${today}</span></div>\n`;
    const years = yearTicks(min, max, 40);
    const labelled = yearTicks(min, max, 10);
    yield `<div class="chart">\n<div class="row axis"><span class="label"></span><span class="track">${labelled.map((y) => `<span class="year" style="left:${pct(`${y}-01-01`)}%">${y}</span>`).join('')}</span></div>\n`;
    for (const x of bars) yield `${bar(x)}\n`;
    yield `<div class="overlay">${years.map((y) => `<span class="tick" style="left:${pct(`${y}-01-01`)}%"></span>`).join('')}<span class="today${Number(pct(data.asOf)) > 50 ? ' end' : ''}" style="left:${pct(data.asOf)}%"><span>${today}</span></span></div>\n</div>`;
  }
  yield `
</body>
</html>
`;
};

const STATUS_ORDER = ['in-force', 'upcoming', 'draft', 'expired', 'terminated', 'unknown'];

/** The years whose 1 January falls inside the chart, at most about `most` of them (every year, or every 2, 5, 10…), else the first year. */
function yearTicks(min: string, max: string, most: number): number[] {
  const first = Number(min.slice(0, 4)) + (min.slice(5) === '01-01' ? 0 : 1);
  const last = Number(max.slice(0, 4));
  const count = last - first + 1;
  if (count <= 0) return [Number(min.slice(0, 4))];
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => count / s <= most) ?? Math.ceil(count / most);
  const years: number[] = [];
  for (let y = Math.ceil(first / step) * step; y <= last; y += step) years.push(y);
  return years.length > 0 ? years : [first];
}

/** For each framework that serves as a model: a square per département or region, green where a convention is in force. */
function* coverageSection(say: Say, coverage: NonNullable<ReportData['coverage']>): Generator<string> {
  if (coverage.length === 0) return;
  yield `\n<h2>${esc(say('coverage.reportHeading'))}</h2>\n`;
  yield `<div class="legend"><span><i class="in-force"></i>${esc(say('coverage.legendCovered'))}</span><span><i style="background:#eee"></i>${esc(say('coverage.legendUncovered'))}</span></div>\n`;
  for (const c of coverage) {
    const places = [...c.covered, ...c.uncovered].sort((a, b) => (a.code < b.code ? -1 : 1));
    const names = c.covered.map((p) => `${p.name} (${p.code})`).join(', ');
    yield `<h3>${esc(c.title)} (<code>${esc(c.framework)}</code>)</h3>\n<p>${esc(capital(coveredLine(say, c)))}${names ? ` — ${esc(names)}` : ''}.<br>${esc(capital(uncoveredLine(say, c)))}.</p>\n`;
    yield `<div class="places">${places
      .map((p) => {
        const tip = p.in_force.length > 0 ? say('report.placeTitle', { name: p.name, code: p.code, ids: p.in_force.join(', ') }) : say('report.placeNone', { name: p.name, code: p.code });
        return `<span class="place${p.in_force.length > 0 ? ' covered' : ''}" title="${esc(tip)}">${esc(p.code)}</span>`;
      })
      .join('')}</div>\n`;
  }
}

/** A sentence as HTML whose date values never break across lines (`2027-12-03` has hyphens a browser may break at). */
function sayHtml(say: Say, key: 'format.report.heading' | 'format.report.dueBy' | 'format.report.timelineSpan' | 'report.today', dates: Record<string, string>): string {
  const marks = Object.fromEntries(Object.keys(dates).map((name) => [name, `\u0001${name}\u0001`]));
  return esc(say(key, marks as never)).replace(/\u0001(\w+)\u0001/g, (_, name: string) => `<span class="date">${esc(dates[name] ?? '')}</span>`);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function headings(columns: readonly string[]): string {
  return `<tr>${columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
