import { describe, expect, it } from 'vitest';
import { html } from '../../../src/format/report/html.js';
import { markdown } from '../../../src/format/report/markdown.js';
import type { ReportData } from '../../../src/format/report/types.js';
import { countByParty } from '../../../src/format/report/types.js';
import type { FrameworkCoverage } from '../../../src/query/coverage.js';
import { joined } from '../pieces.js';
import { summary } from '../summary.js';
import { en, fr } from '../../say.js';

const data: ReportData = {
  asOf: '2027-08-01',
  until: '2027-11-01',
  agreements: [summary({}), summary({ id: 'amf-33-2017', title: 'Convention locale', kind: 'local', level: 'departmental', status: 'expired', effective: '2017-03-02', end: '2019-12-31' })],
  names: new Map([['amf', 'AMF']]),
  due: [{ date: '2027-09-15', event: 'notice-deadline', id: 'amf-2016', title: 'Accord cadre AMF', days_left: 45, occurrence: 11 }],
  invalidFiles: ['agreements/broken.yaml'],
};
const gantt = (md: string) => /```mermaid\n([\s\S]*?)```/.exec(md)?.[1] ?? '';

describe('the Markdown report', () => {
  it('is in English by default, with the status codes as labels', () => {
    const md = joined(markdown(data, { say: en }));
    expect(md).toContain('# Partnership agreements — as of 2027-08-01\n\n2 agreements tracked. 1 invalid file left out: run `accords validate`.\n');
    expect(md).toContain('| status | count |\n|---|---:|\n| in-force | 1 |\n| expired | 1 |');
    expect(md).toContain('| partner | agreements | in force |');
    expect(md).toContain('## Due by 2027-11-01');
    expect(md).toContain('| 2027-09-15 | 45 d | notice deadline | Accord cadre AMF (`amf-2016`) |');
    expect(gantt(md)).toContain('  title Agreements as of 2027-08-01\n');
    expect(gantt(md)).toContain('  section framework\n');
  });

  it('is in French in French, with a valid mermaid block', () => {
    const md = joined(markdown(data, { say: fr }));
    expect(md).toContain('# Accords de partenariat — situation au 2027-08-01\n\n2 accords suivis. 1 fichier invalide écarté : lancez `accords validate`.\n');
    expect(md).toContain('| statut | nombre |\n|---|---:|\n| en vigueur | 1 |\n| expiré | 1 |');
    expect(md).toContain('| partenaire | accords | en vigueur |');
    expect(md).toContain('## Échéances jusqu’au 2027-11-01');
    expect(md).toContain('| 2027-09-15 | 45 j | date limite de préavis | Accord cadre AMF (`amf-2016`) |');
    const block = gantt(md).split('\n');
    expect(block.slice(0, 4)).toEqual(['gantt', '  title Accords au 2027-08-01', '  dateFormat YYYY-MM-DD', '  axisFormat %Y']);
    expect(block).toContain('  section accord-cadre');
    expect(block).toContain('  section convention locale');
    for (const task of block.filter((line) => line.includes(' :'))) expect(task).toMatch(/^ {2}[^:#;]+ :(active, |done, )?[a-z0-9-]+, \d{4}-\d{2}-\d{2}, \d{4}-\d{2}-\d{2}$/);
  });

  it('lists more due events than a call takes arguments (200,000)', () => {
    // It used to gather its lines with `push(...rows)`, and `report --within 10y` over 10,000 records overflowed.
    const due = Array.from({ length: 200_000 }, () => data.due[0]!);
    const md = joined(markdown({ ...data, due }, { say: en }));
    expect(md.split('\n').filter((line) => line.endsWith('(`amf-2016`) |'))).toHaveLength(200_000);
  });

  it('writes a plain title as it is, and one with table or mermaid marks (or stray spaces) made safe', () => {
    const titles = ['Convention locale (33)', 'A | B <i> & C', 'Étape : 1 ; #2', '  deux  espaces\tet tab ', 'fin\u00a0insécable'];
    const agreements = titles.map((title, i) => summary({ id: `c-${i}`, title, kind: 'local', level: 'departmental' }));
    const due = titles.map((title, i) => ({ ...data.due[0]!, id: `c-${i}`, title }));
    const md = joined(markdown({ ...data, agreements, due }, { say: en }));
    expect(md).toContain('| Convention locale (33) (`c-0`) |');
    expect(md).toContain('| A \\| B &lt;i&gt; &amp; C (`c-1`) |');
    const tasks = gantt(md).split('\n').filter((line) => line.includes(' :'));
    expect(tasks.map((line) => line.slice(2, line.indexOf(' :')))).toEqual(['Convention locale (33)', 'A | B i & C', 'Étape 1 2', 'deux espaces et tab', 'fin insécable']);
  });

  it('says when nothing is due, in both languages', () => {
    expect(joined(markdown({ ...data, due: [] }, { say: en }))).toContain('Nothing until then.');
    expect(joined(markdown({ ...data, due: [] }, { say: fr }))).toContain('Rien d’ici là.');
  });
});

describe('the HTML report', () => {
  it('is in English by default', () => {
    const page = joined(html(data, { say: en }));
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Agreements — as of 2027-08-01</title>');
    expect(page).toContain('<p>2 agreements tracked. 1 invalid file left out.</p>');
    expect(page).toContain('<tr><th>status</th><th>count</th></tr><tr><td>in-force</td><td>1</td></tr>');
    expect(page).toContain('<td>45 d</td><td>notice deadline</td>');
    expect(page).toContain('title="Accord cadre AMF (amf-2016): 2016-11-16 → 2027-11-15, in-force"');
  });

  it('is in French in French, the CSS classes keeping the codes', () => {
    const page = joined(html(data, { say: fr }));
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('<h1>Accords de partenariat — situation au <span class="date">2027-08-01</span></h1>');
    expect(page).toContain('<p>2 accords suivis. 1 fichier invalide écarté.</p>');
    expect(page).toContain('<tr><th>statut</th><th>nombre</th></tr><tr><td>en vigueur</td><td>1</td></tr>');
    expect(page).toContain('<td>45 j</td><td>date limite de préavis</td>');
    expect(page).toContain('<h2>Chronologie (<span class="date">2016-11-16</span> → <span class="date">2027-11-15</span>)</h2>');
    expect(page).toContain('class="bar in-force"');
    expect(page).toContain('title="Accord cadre AMF (amf-2016) : 2016-11-16 → 2027-11-15, en vigueur"');
  });
});

describe('the report’s layout', () => {
  const coverage: FrameworkCoverage[] = [
    {
      framework: 'amf-2016',
      title: 'Accord cadre AMF',
      scale: 'departement',
      covered: [{ code: '33', name: 'Gironde', region: '75', in_force: ['amf-33-2026'], others: [] }],
      uncovered: [
        { code: '01', name: 'Ain', region: '84', in_force: [], others: ['amf-01-2027'] },
        { code: '2A', name: 'Corse-du-Sud', region: '94', in_force: [], others: [] },
      ],
    },
  ];

  it('counts a party under whoever it is on the as-of day: Pôle emploi’s agreements are France Travail’s', () => {
    const agreements = [summary({}), summary({ id: 'b', parties: ['france-travail', 'ave'] }), summary({ id: 'c', parties: ['pole-emploi', 'france-travail'], status: 'expired' })];
    const names = new Map([['pole-emploi', 'Pôle emploi'], ['france-travail', 'France Travail'], ['amf', 'AMF'], ['ave', 'AVE']]);
    const asOfOrg = new Map([['pole-emploi', 'france-travail']]);
    expect(countByParty(agreements, names, asOfOrg)).toEqual([['France Travail', 3, 2], ['AMF', 1, 1], ['AVE', 1, 1]]);
    expect(countByParty(agreements, names)).toContainEqual(['Pôle emploi', 2, 1]);
    expect(joined(markdown({ ...data, names, asOfOrg }, { say: en }))).toContain('| France Travail | 2 | 1 |');
  });

  it('draws the HTML timeline with a year axis, a today marker inside it, a legend, and bars labelled with titles', () => {
    const page = joined(html(data, { say: en }));
    const years = [...page.matchAll(/<span class="year" style="left:([\d.]+)%">(\d{4})<\/span>/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(years.map(([, y]) => y)).toEqual([2018, 2020, 2022, 2024, 2026]);
    for (const [left] of years) expect(left).toBeGreaterThan(0), expect(left).toBeLessThan(100);
    const today = /<span class="today( end)?" style="left:([\d.]+)%"><span>today, <span class="date">2027-08-01<\/span><\/span><\/span>/.exec(page);
    expect(Number(today?.[2])).toBeGreaterThan(90);
    expect(today?.[1]).toBe(' end');
    expect(page).toContain('<div class="legend" aria-label="Legend"><span><i class="in-force"></i>in-force</span><span><i class="expired"></i>expired</span><span><i class="today"></i>today, <span class="date">2027-08-01</span></span></div>');
    expect(page).toContain('<span class="label" title="Convention locale (amf-33-2017)">Convention locale</span>');
    expect(page).toContain('<table class="due">');
  });

  it('shows where each model framework is declined: Markdown names the places, HTML draws a square for each', () => {
    const md = joined(markdown({ ...data, coverage }, { say: en }));
    expect(md).toContain('## Coverage of the frameworks that serve as models\n\n### Accord cadre AMF (`amf-2016`)\n\nDépartements with a convention in force: 1 of 3 — Gironde (33).\n\n<details><summary>Without one: 2 départements</summary>\n\nAin (01), Corse-du-Sud (2A).\n\n</details>\n');
    const page = joined(html({ ...data, coverage }, { say: en }));
    expect(page).toContain('<div class="places"><span class="place" title="Ain (01): no convention in force">01</span><span class="place" title="Corse-du-Sud (2A): no convention in force">2A</span><span class="place covered" title="Gironde (33): amf-33-2026">33</span></div>');
    expect(joined(markdown({ ...data, coverage }, { say: fr }))).toContain('Départements avec une convention en vigueur : 1 sur 3 — Gironde (33).');
    expect(joined(markdown({ ...data, coverage: [] }, { say: fr }))).not.toContain('Couverture');
  });
});
