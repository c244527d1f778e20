import { eventLabel, kindLabel, statusLabel } from '../../lifecycle/labels.js';
import { eventNotes } from '../due/notes.js';
import { joinLines } from '../join-lines.js';
import { coveredLine, uncoveredLine } from '../coverage/index.js';
import type { ReportData, ReportFormatter } from './types.js';
import { countByParty, countByStatus, dueColumns, partnerColumns, span, statusColumns } from './types.js';
import type { Say } from '../../text/say.js';

/**
 * A Markdown overview for the forge, in the current language: counts by status and partner, what
 * is due, and a timeline as a mermaid `gantt` block (GitHub and GitLab draw it).
 */
export const markdown: ReportFormatter = (data, { say }) => joinLines(markdownLines(data, say));

/** The report's lines, one at a time: over 100,000 agreements the timeline alone has 100,000. */
function* markdownLines(data: ReportData, say: Say): Generator<string> {
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  yield* [`# ${say('format.report.heading', { date: data.asOf })}`, ''];
  const invalid = data.invalidFiles.length ? ` ${say('format.report.invalid', { count: data.invalidFiles.length })}` : '';
  yield* [`${say('format.report.tracked', { count: data.agreements.length })}${invalid}`, ''];
  yield* [`## ${say('format.report.byStatus')}`, '', row(statusColumns(say)), '|---|---:|', ...countByStatus(data.agreements).map(([s, n]) => row([statusLabel(say, s), n])), ''];
  yield* [`## ${say('format.report.byPartner')}`, '', row(partnerColumns(say)), '|---|---:|---:|', ...countByParty(data.agreements, data.names, data.asOfOrg).map(([name, all, inForce]) => row([cell(name), all, inForce])), ''];
  yield* [`## ${say('format.report.dueBy', { date: data.until })}`, ''];
  if (data.due.length === 0) yield* [say('format.report.nothingDue'), ''];
  else {
    yield* [row(dueColumns(say)), '|---|---:|---|---|'];
    for (const e of data.due) yield row([e.date, say('format.days', { days: e.days_left }), cell([eventLabel(say, e.event), ...eventNotes(say, e)].join(' — ')), `${cell(e.title)} (\`${e.id}\`)`]);
    yield '';
  }
  if (data.coverage && data.coverage.length > 0) {
    yield* [`## ${say('coverage.reportHeading')}`, ''];
    for (const c of data.coverage) {
      const covered = c.covered.map((p) => `${cell(p.name)} (${p.code})`).join(', ');
      yield* [`### ${cell(c.title)} (\`${c.framework}\`)`, '', `${capital(coveredLine(say, c))}${covered ? ` — ${covered}` : ''}.`, ''];
      // Folded on the forge: the list of places without one is long where few are covered.
      if (c.uncovered.length > 0) yield* [`<details><summary>${capital(uncoveredLine(say, c))}</summary>`, '', `${c.uncovered.map((p) => `${cell(p.name)} (${p.code})`).join(', ')}.`, '', '</details>', ''];
    }
  }
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s);
  if (bars.length > 0) {
    yield* [`## ${say('format.report.timeline')}`, '', '```mermaid', 'gantt', `  title ${mermaidText(say('format.report.ganttTitle', { date: data.asOf }))}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y'];
    for (const kind of ['framework', 'protocol', 'local', 'amendment']) {
      const inKind = bars.filter((x) => x.a.kind === kind);
      if (inKind.length === 0) continue;
      yield `  section ${mermaidText(kindLabel(say, kind))}`;
      for (const { a, s } of inKind) {
        const tag = a.status === 'in-force' ? 'active, ' : a.status === 'expired' || a.status === 'terminated' ? 'done, ' : '';
        yield `  ${mermaidText(a.title)} :${tag}${a.id}, ${s!.start}, ${s!.end}`;
      }
    }
    yield* ['```', ''];
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A table cell: `|` escaped, one line, and HTML a title may hold (`<script>`, `<img onerror>`) shown as text. */
function cell(text: string): string {
  if (!CELL_SPECIAL.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Mermaid task names end at a colon and break on `#` and `;`; `<` and `>` would be read as HTML. */
function mermaidText(text: string): string {
  // Most titles hold none of these, nor a space out of place: they are written as they are.
  if (!MERMAID_SPECIAL.test(text)) return text;
  return text.replace(/[:#;<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

const CELL_SPECIAL = /[&<>|\n]/;
const MERMAID_SPECIAL = /[:#;<>]|[^\S ]|  |^ | $/;
