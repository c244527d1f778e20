import type { Say } from '../../text/say.js';
import type { DueEvent } from '../due/types.js';
import type { AgreementSummary } from '../list/types.js';
import type { FrameworkCoverage } from '../../query/coverage.js';

/** What `accords report` shows a director: the state of every agreement and what is coming. */
export interface ReportData {
  readonly asOf: string;
  readonly until: string;
  readonly agreements: readonly AgreementSummary[];
  /** Organization id → display name. */
  readonly names: ReadonlyMap<string, string>;
  readonly due: readonly DueEvent[];
  readonly invalidFiles: readonly string[];
  /** Organization id → who it is on the as-of day (successions applied): « Pôle emploi » counts as France Travail from 2024. */
  readonly asOfOrg?: ReadonlyMap<string, string>;
  /** Where each framework that serves as a model is declined (see query/coverage.ts). */
  readonly coverage?: readonly FrameworkCoverage[];
}

/** The report's text, in pieces (see `writePieces`). */
export type ReportFormatter = (data: ReportData, context: { readonly say: Say }) => Iterable<string>;

/** The column headings of the report's three tables, in the language of `say` (shared by Markdown and HTML). */
export const statusColumns = (say: Say): string[] => [say('format.report.column.status'), say('format.report.column.count')];
export const partnerColumns = (say: Say): string[] => [say('format.report.column.partner'), say('format.report.column.agreements'), say('format.report.column.inForce')];
export const dueColumns = (say: Say): string[] => [say('format.report.column.date'), say('format.report.column.in'), say('format.report.column.event'), say('format.report.column.agreement')];

/** Counts by status, in a fixed order. */
export function countByStatus(agreements: readonly AgreementSummary[]): [string, number][] {
  const order = ['in-force', 'upcoming', 'draft', 'expired', 'terminated', 'unknown'];
  return order.map((status): [string, number] => [status, agreements.filter((a) => a.status === status).length]).filter(([, n]) => n > 0);
}

/**
 * Counts by partner organization (every party counts), most agreements first. With `asOfOrg`, a
 * party counts under whoever it is on the as-of day: Pôle emploi's agreements are France Travail's.
 */
export function countByParty(agreements: readonly AgreementSummary[], names: ReadonlyMap<string, string>, asOfOrg?: ReadonlyMap<string, string>): [string, number, number][] {
  const counts = new Map<string, { all: number; inForce: number }>();
  const seen = new Set<string>();
  for (const a of agreements) {
    // An organization that is two parties (or two that merged into one) counts the agreement once.
    seen.clear();
    for (const party of a.parties) {
      const org = asOfOrg?.get(party) ?? party;
      if (seen.has(org)) continue;
      seen.add(org);
      let count = counts.get(org);
      if (!count) counts.set(org, (count = { all: 0, inForce: 0 }));
      count.all++;
      if (a.status === 'in-force') count.inForce++;
    }
  }
  // The order localeCompare gives, from one collator rather than one per comparison.
  const collator = new Intl.Collator();
  return [...counts]
    .map(([org, { all, inForce }]): [string, number, number] => [names.get(org) ?? org, all, inForce])
    .sort((a, b) => b[1] - a[1] || collator.compare(a[0], b[0]));
}

/** The bar of an agreement on the timeline: from its first day to its current (or last) end. */
export function span(a: AgreementSummary, asOf: string): { start: string; end: string } | undefined {
  if (!a.effective) return undefined;
  const end = a.end ?? (asOf > a.effective ? asOf : a.effective);
  return { start: a.effective, end: end < a.effective ? a.effective : end };
}
