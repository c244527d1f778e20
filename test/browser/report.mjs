// `npm run test:browser`: the HTML report in a real browser (Debian's chromium, driven by
// playwright-core), so `npm test` needs none. On a copy of the bundled tree with the README's
// Gironde convention drafted, `accords report --format html` in French and in English is laid out
// at two widths and checked: no date cell of the due table wraps, the timeline has an axis of
// years, the "today" marker lies inside the chart, the bars are labelled with titles, the legend
// and the coverage squares are there. A screenshot of each page is saved (path printed) to be looked at.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(PROJECT, 'bin/accords');
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = process.env.ACCORDS_SCREENSHOTS ?? join(tmpdir(), 'accords-browser');
const AS_OF = '2026-12-03';

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
}

function accords(args, cwd) {
  const env = { ...process.env, NO_COLOR: '1', ACCORDS_CACHE: '0', LANG: 'C.UTF-8' };
  delete env.ACCORDS_ROOT;
  delete env.LC_ALL;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`accords ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout;
}

if (!existsSync(EXECUTABLE)) {
  console.error(`test:browser: no browser at ${EXECUTABLE} (apt-get install -y chromium, or set CHROMIUM)`);
  process.exit(2);
}

const root = mkdtempSync(join(tmpdir(), 'accords-browser-'));
mkdirSync(OUT, { recursive: true });
for (const folder of ['agreements', 'templates', 'examples']) cpSync(join(PROJECT, folder), join(root, folder), { recursive: true });
accords(['new', '--from', 'amf-pole-emploi-2016', '--id', 'amf-33-2026', '--vars', 'examples/gironde.yaml', '--as-of', AS_OF], root);
// A drafted convention is a draft until signed: signed, it is in force, covers the Gironde and has dates due.
accords(['sign', 'amf-33-2026', '--date', '2026-12-01', '--as-of', AS_OF], root);

const browser = await chromium.launch({
  executablePath: EXECUTABLE,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const lang of ['fr', 'en']) {
    const file = join(root, `rapport-${lang}.html`);
    writeFileSync(file, accords(['report', '--format', 'html', '--as-of', AS_OF, '--within', '1y', '--lang', lang], root));
    for (const width of [1280, 560]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`file://${file}`);
      const facts = await page.evaluate(() => {
        const box = (el) => el.getBoundingClientRect();
        const lines = (el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const dateCells = [...document.querySelectorAll('table.due tr td:first-child')];
        const chart = document.querySelector('.chart');
        const tracks = [...document.querySelectorAll('.chart .row:not(.axis) .track')];
        const today = document.querySelector('.overlay .today');
        const years = [...document.querySelectorAll('.axis .year')];
        const axisTrack = document.querySelector('.axis .track');
        const titles = [...document.querySelectorAll('.chart .row:not(.axis) .label')].map((l) => l.textContent);
        return {
          dateCells: dateCells.map((td) => ({ text: td.textContent, lines: lines(td) })),
          dayCells: [...document.querySelectorAll('table.due tr td:nth-child(2)')].map((td) => lines(td)),
          years: years.map((y) => ({ text: y.textContent, left: box(y).left, right: box(y).right })),
          axis: axisTrack && { left: box(axisTrack).left, right: box(axisTrack).right },
          chart: chart && { top: box(chart).top, bottom: box(chart).bottom },
          track: tracks[0] && { left: box(tracks[0]).left, right: box(tracks[0]).right },
          todayLabel: today && (() => { const l = today.firstElementChild; const b = box(l); return { text: l.textContent, left: b.left, right: b.right, lines: lines(l) }; })(),
          today: today && { left: box(today).left, top: box(today).top, bottom: box(today).bottom, height: box(today).height },
          firstRowTop: tracks[0] && box(tracks[0]).top,
          lastRowBottom: tracks.at(-1) && box(tracks.at(-1)).bottom,
          titles,
          legend: [...document.querySelectorAll('.legend span')].map((s) => s.textContent),
          places: document.querySelectorAll('.places .place').length,
          covered: [...document.querySelectorAll('.places .place.covered')].map((p) => p.textContent),
          overflow: document.documentElement.scrollWidth > window.innerWidth + 1,
        };
      });
      const at = `${lang}, ${width}px`;
      check(facts.dateCells.length >= 3, `${at}: the due table has rows (${facts.dateCells.length})`);
      check(facts.dateCells.every((c) => c.lines === 1 && /^\d{4}-\d{2}-\d{2}$/.test(c.text)), `${at}: no date cell wraps (${facts.dateCells.map((c) => `${c.text}:${c.lines}`).join(' ')})`);
      check(facts.dayCells.every((n) => n === 1), `${at}: no "in … days" cell wraps`);
      const years = facts.years.map((y) => Number(y.text));
      check(years.length >= 3 && years.every((y, i) => /^\d{4}$/.test(facts.years[i].text) && (i === 0 || y > years[i - 1])), `${at}: the axis has years in order (${years.join(' ')})`);
      check(facts.years.every((y, i) => i === 0 || y.left >= facts.years[i - 1].right - 1), `${at}: the year labels do not overlap`);
      check(facts.years.every((y) => (y.left + y.right) / 2 >= facts.axis.left - 1 && (y.left + y.right) / 2 <= facts.axis.right + 1), `${at}: every year sits on the axis`);
      check(facts.today && facts.today.left >= facts.track.left && facts.today.left <= facts.track.right, `${at}: the today marker is inside the chart horizontally (${facts.today?.left} in ${facts.track?.left}–${facts.track?.right})`);
      check(facts.todayLabel && facts.todayLabel.text.includes(AS_OF) && facts.todayLabel.lines === 1 && facts.todayLabel.left >= facts.track.left - 1 && facts.todayLabel.right <= facts.track.right + 1, `${at}: the today label (${facts.todayLabel?.text}) is on one line, inside the chart`);
      check(facts.today && facts.today.top <= facts.firstRowTop && facts.today.bottom >= facts.lastRowBottom && facts.today.bottom <= facts.chart.bottom + 1, `${at}: the today marker runs down the whole chart`);
      check(facts.titles.includes("Accord cadre national entre l'AMF et Pôle emploi") && !facts.titles.includes('amf-pole-emploi-2016'), `${at}: bars are labelled with titles, not ids`);
      check(facts.legend.some((l) => l.includes(AS_OF)) && facts.legend.length >= 3, `${at}: a legend with the statuses and today (${facts.legend.join(' | ')})`);
      check(facts.places >= 101 && facts.covered.join() === '33', `${at}: coverage shows ${facts.places} places, the Gironde covered`);
      check(!facts.overflow, `${at}: nothing overflows the page sideways`);
      const shot = join(OUT, `report-${lang}-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      console.log(`     screenshot: ${shot}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}
if (failures > 0) {
  console.error(`test:browser: ${failures} check(s) failed`);
  process.exit(1);
}
console.log('test:browser: all checks passed');
