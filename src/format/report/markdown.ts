import { eventLabel, kindLabel, statusLabel } from '../../lifecycle/labels.js';
import { say } from '../../text/say.js';
import type { ReportFormatter } from './types.js';
import { countByParty, countByStatus, dueColumns, partnerColumns, span, statusColumns } from './types.js';

/**
 * A Markdown overview for the forge, in the current language: counts by status and partner, what
 * is due, and a timeline as a mermaid `gantt` block (GitHub and GitLab draw it).
 */
export const markdown: ReportFormatter = (data) => {
  const lines: string[] = [];
  const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
  lines.push(`# ${say('format.report.heading', { date: data.asOf })}`, '');
  const invalid = data.invalidFiles.length ? ` ${say('format.report.invalid', { count: data.invalidFiles.length })}` : '';
  lines.push(`${say('format.report.tracked', { count: data.agreements.length })}${invalid}`, '');
  lines.push(`## ${say('format.report.byStatus')}`, '', row(statusColumns()), '|---|---:|', ...countByStatus(data.agreements).map(([s, n]) => row([statusLabel(s), n])), '');
  lines.push(`## ${say('format.report.byPartner')}`, '', row(partnerColumns()), '|---|---:|---:|', ...countByParty(data.agreements, data.names).map(([name, all, inForce]) => row([cell(name), all, inForce])), '');
  lines.push(`## ${say('format.report.dueBy', { date: data.until })}`, '');
  if (data.due.length === 0) lines.push(say('format.report.nothingDue'), '');
  else lines.push(row(dueColumns()), '|---|---:|---|---|', ...data.due.map((e) => row([e.date, say('format.days', { days: e.days_left }), eventLabel(e.event), `${cell(e.title)} (\`${e.id}\`)`])), '');
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s);
  if (bars.length > 0) {
    lines.push(`## ${say('format.report.timeline')}`, '', '```mermaid', 'gantt', `  title ${mermaidText(say('format.report.ganttTitle', { date: data.asOf }))}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y');
    for (const kind of ['framework', 'protocol', 'local', 'amendment']) {
      const inKind = bars.filter((x) => x.a.kind === kind);
      if (inKind.length === 0) continue;
      lines.push(`  section ${mermaidText(kindLabel(kind))}`);
      for (const { a, s } of inKind) {
        const tag = a.status === 'in-force' ? 'active, ' : a.status === 'expired' || a.status === 'terminated' ? 'done, ' : '';
        lines.push(`  ${mermaidText(a.title)} :${tag}${a.id}, ${s!.start}, ${s!.end}`);
      }
    }
    lines.push('```', '');
  }
  return lines.join('\n');
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Mermaid task names end at a colon and break on `#` and `;`. */
function mermaidText(text: string): string {
  return text.replace(/[:#;]/g, ' ').replace(/\s+/g, ' ').trim();
}
