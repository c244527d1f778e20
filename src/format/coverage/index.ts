import type { FrameworkCoverage } from '../../query/coverage.js';
import { jsonArray } from '../json-array.js';
import type { Say } from '../../text/say.js';

/** `list --coverage` in one format, in pieces. */
export type CoverageFormatter = (coverage: readonly FrameworkCoverage[], context: { readonly say: Say }) => Iterable<string>;

/** One row per framework and place: `{ framework, title, scale, code, name, covered, in_force, others }`. */
const json: CoverageFormatter = (coverage) =>
  jsonArray(
    coverage.flatMap((c) => [...c.covered, ...c.uncovered].sort((a, b) => (a.code < b.code ? -1 : 1)).map((p) => ({ c, p }))),
    ({ c, p }) => ({ framework: c.framework, title: c.title, scale: c.scale, code: p.code, name: p.name, covered: p.in_force.length > 0, in_force: p.in_force, others: p.others }),
  );

/** For a terminal: each framework, the places covered with their conventions, then the places without. */
const table: CoverageFormatter = function* (coverage, { say }) {
  if (coverage.length === 0) {
    yield `${say('coverage.none')}\n`;
    return;
  }
  for (const [i, c] of coverage.entries()) {
    const total = c.covered.length + c.uncovered.length;
    const width = Math.max(...[...c.covered, ...c.uncovered].map((p) => p.name.length), 0);
    const line = (p: FrameworkCoverage['covered'][number], ids: string) => `    ${p.code.padEnd(3)}  ${ids ? p.name.padEnd(width) : p.name}${ids ? `  ${ids}` : ''}\n`;
    yield `${i > 0 ? '\n' : ''}${c.framework} — ${c.title}\n`;
    yield `  ${coveredLine(say, c, total)}\n`;
    for (const p of c.covered) yield line(p, [p.in_force.join(', '), p.others.length ? say('coverage.notInForce', { ids: p.others.join(', ') }) : ''].filter(Boolean).join('  '));
    yield `  ${uncoveredLine(say, c)}\n`;
    for (const p of c.uncovered) yield line(p, p.others.length ? say('coverage.notInForce', { ids: p.others.join(', ') }) : '');
  }
};

export const COVERAGE_FORMATS = { table, json } satisfies Record<string, CoverageFormatter>;

/** « Départements with a convention in force: 1 of 101 » (shared with the report). */
export function coveredLine(say: Say, c: FrameworkCoverage, total = c.covered.length + c.uncovered.length): string {
  return say(c.scale === 'departement' ? 'coverage.coveredDepartements' : 'coverage.coveredRegions', { count: c.covered.length, total });
}

/** « Without one: 100 » (shared with the report). */
export function uncoveredLine(say: Say, c: FrameworkCoverage): string {
  return say(c.scale === 'departement' ? 'coverage.uncoveredDepartements' : 'coverage.uncoveredRegions', { count: c.uncovered.length });
}
