import type { ReportFormatter } from './types.js';
import { countByParty, countByStatus, span } from './types.js';

/** A standalone page (no script, no network): the same overview, with a CSS timeline. */
export const html: ReportFormatter = (data) => {
  const bars = data.agreements.map((a) => ({ a, s: span(a, data.asOf) })).filter((x) => x.s) as { a: (typeof data.agreements)[number]; s: { start: string; end: string } }[];
  const min = bars.reduce((m, x) => (x.s.start < m ? x.s.start : m), data.asOf);
  const max = bars.reduce((m, x) => (x.s.end > m ? x.s.end : m), data.until);
  const t = (date: string) => Date.parse(`${date}T00:00:00Z`);
  const pct = (date: string) => (((t(date) - t(min)) / Math.max(1, t(max) - t(min))) * 100).toFixed(2);
  const timeline = bars
    .map(({ a, s }) => `<div class="row"><span class="label">${esc(a.id)}</span><span class="track"><span class="bar ${esc(a.status)}" style="left:${pct(s.start)}%;width:${(Number(pct(s.end)) - Number(pct(s.start))).toFixed(2)}%" title="${esc(`${a.title} : ${s.start} → ${s.end}`)}"></span></span></div>`)
    .join('\n');
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Accords — situation au ${esc(data.asOf)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}
.row{display:flex;align-items:center;margin:.2rem 0}.label{width:16rem;font-family:monospace;font-size:.8rem}
.track{position:relative;flex:1;height:.9rem;background:#f3f3f3}.bar{position:absolute;top:0;bottom:0;background:#999}
.bar.in-force{background:#2e7d32}.bar.upcoming{background:#1565c0}.bar.terminated{background:#c62828}
</style>
</head>
<body>
<h1>Accords de partenariat — situation au ${esc(data.asOf)}</h1>
<p>${data.agreements.length} accord(s) suivi(s).${data.invalidFiles.length ? ` ${data.invalidFiles.length} fichier(s) invalide(s) écarté(s).` : ''}</p>
<h2>Par statut</h2>
<table><tr><th>statut</th><th>nombre</th></tr>${countByStatus(data.agreements).map(([s, n]) => `<tr><td>${esc(s)}</td><td>${n}</td></tr>`).join('')}</table>
<h2>Par partenaire</h2>
<table><tr><th>partenaire</th><th>accords</th><th>en vigueur</th></tr>${countByParty(data.agreements, data.names).map(([name, all, f]) => `<tr><td>${esc(name)}</td><td>${all}</td><td>${f}</td></tr>`).join('')}</table>
<h2>Échéances jusqu’au ${esc(data.until)}</h2>
${data.due.length === 0 ? '<p>Rien d’ici là.</p>' : `<table><tr><th>date</th><th>dans</th><th>événement</th><th>accord</th></tr>${data.due.map((e) => `<tr><td>${e.date}</td><td>${e.days_left} j</td><td>${esc(e.event)}</td><td>${esc(e.title)} (<code>${esc(e.id)}</code>)</td></tr>`).join('')}</table>`}
<h2>Chronologie (${esc(min)} → ${esc(max)})</h2>
${timeline}
</body>
</html>
`;
};

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
