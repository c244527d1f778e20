import type { ReportFormatter } from './types.js';
import { countByParty, countByStatus, span } from './types.js';

const EVENT_FR: Record<string, string> = { start: 'entrée en vigueur', 'notice-deadline': 'date limite de préavis', renewal: 'reconduction tacite', expiry: 'fin', review: 'réexamen' };

/**
 * A Markdown overview for the forge: counts by status and partner, what is due, and a
 * timeline as a mermaid `gantt` block (GitHub and GitLab draw it).
 */
export const markdown: ReportFormatter = (data) => {
  const lines: string[] = [];
  lines.push(`# Accords de partenariat — situation au ${data.asOf}`, '');
  lines.push(`${data.agreements.length} accord(s) suivi(s).${data.invalidFiles.length ? ` ${data.invalidFiles.length} fichier(s) invalide(s) écarté(s) : lancer \`accords validate\`.` : ''}`, '');
  lines.push('## Par statut', '', '| statut | nombre |', '|---|---:|', ...countByStatus(data.agreements).map(([s, n]) => `| ${s} | ${n} |`), '');
  lines.push('## Par partenaire', '', '| partenaire | accords | en vigueur |', '|---|---:|---:|', ...countByParty(data.agreements, data.names).map(([name, all, inForce]) => `| ${cell(name)} | ${all} | ${inForce} |`), '');
  lines.push(`## Échéances jusqu’au ${data.until}`, '');
  if (data.due.length === 0) lines.push('Rien d’ici là.', '');
  else lines.push('| date | dans | événement | accord |', '|---|---:|---|---|', ...data.due.map((e) => `| ${e.date} | ${e.days_left} j | ${EVENT_FR[e.event] ?? e.event} | ${cell(e.title)} (\`${e.id}\`) |`), '');
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s);
  if (bars.length > 0) {
    lines.push('## Chronologie', '', '```mermaid', 'gantt', `  title Accords au ${data.asOf}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y');
    for (const kind of ['framework', 'protocol', 'local', 'amendment']) {
      const inKind = bars.filter((x) => x.a.kind === kind);
      if (inKind.length === 0) continue;
      lines.push(`  section ${kind}`);
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
