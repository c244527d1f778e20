import { daysBetween } from '../../lifecycle/date.js';
import { organizationOn, successorsOf } from '../../registry/succession.js';
import type { Agreement, IsoDate, SourceRef } from '../../types.js';
import type { Paint } from '../paint.js';
import { table } from '../text.js';
import type { ShowContext, ShowFormatter } from './types.js';

/**
 * A readable timeline: who signed, the terms so far, the next renewal and the notice deadline
 * with the days left, reviews, the end — each with the clause it comes from when `sources:` says.
 */
export const text: ShowFormatter = ({ detail, agreement, warnings, children, supersededBy }, context) => {
  const { paint, asOf } = context;
  const lines: string[] = [];
  lines.push(`${paint.bold(detail.id)} — ${detail.title}`);
  lines.push(`${detail.kind} · ${detail.level} · ${paint.bold(detail.status)} as of ${asOf}`);
  lines.push('');

  const facts: [string, string][] = [];
  facts.push(['parties', agreement.parties.map((p) => partyLine(p.org, p.signatory, context)).join('\n')]);
  facts.push(['signed', agreement.signed ? `${agreement.signed}${agreement.place ? `, ${agreement.place}` : ''}` : agreement.signed === null ? 'yes, date unknown' : 'not signed (draft)']);
  if (detail.effective && detail.effective !== agreement.signed) facts.push(['effective', detail.effective]);
  facts.push(['term', termLine(agreement)]);
  if (agreement.notice) facts.push(['notice', `${agreement.notice.period} ${agreement.notice.applies === 'any-time' ? 'at any time' : 'before each renewal'}`]);
  if (agreement.review_every) facts.push(['review', `every ${agreement.review_every}`]);
  if (agreement.committee) facts.push(['committee', `${agreement.committee.name}${agreement.committee.meetings_per_year ? `, ${agreement.committee.meetings_per_year} meeting(s) a year` : ''}`]);
  if (agreement.parent) facts.push(['parent', agreement.parent]);
  if (agreement.supersedes?.length) facts.push(['supersedes', agreement.supersedes.join(', ')]);
  if (supersededBy.length) facts.push(['superseded by', supersededBy.join(', ')]);
  if (children.length) facts.push(['derived', `${children.length}: ${children.slice(0, 8).join(', ')}${children.length > 8 ? ', …' : ''}`]);
  if (agreement.termination) facts.push(['termination', terminationLine(agreement)]);
  if (agreement.template) facts.push(['template', agreement.template]);
  lines.push(...labelled(facts, paint));

  if (detail.terms.length > 0) {
    lines.push('', paint.bold('Terms'));
    const rows = detail.terms.map((term, i) => [String(i + 1), `${term.start} → ${term.end}`, term.start <= asOf && asOf <= term.end ? paint.green('current') : '']);
    lines.push(table(rows, '  '));
  }

  lines.push('', paint.bold('Next'));
  const next: [string, string][] = [];
  if (detail.status === 'upcoming' && detail.effective) next.push(['starts', dated(detail.effective, asOf, paint)]);
  if (detail.next_renewal) next.push(['renewal', `${dated(detail.next_renewal, asOf, paint)}${cite(agreement.sources, 'term', paint)}`]);
  if (detail.notice_deadline) next.push(['notice deadline', `${dated(detail.notice_deadline, asOf, paint)} — last day to give notice against that renewal${cite(agreement.sources, 'notice', paint)}`]);
  const nextReview = detail.reviews.find((date) => date >= asOf);
  if (nextReview) next.push(['review', `${dated(nextReview, asOf, paint)}${cite(agreement.sources, 'review_every', paint)}`]);
  next.push(['end', detail.final_end ? `${dated(detail.final_end, asOf, paint)} (last day in force)${cite(agreement.sources, 'term', paint)}` : detail.next_renewal ? 'none fixed: renews tacitly' : detail.end ? `${detail.end}` : 'none fixed (indefinite)']);
  lines.push(...labelled(next, paint));

  if (warnings.length > 0) lines.push('', ...warnings.map((w) => paint.yellow(`⚠ ${w}`)));
  if (agreement.sources?.length) {
    lines.push('', paint.bold('Sources'));
    for (const source of agreement.sources) {
      lines.push(`  ${source.document}${source.clause ? `, ${source.clause}` : ''}${source.quote ? `: « ${source.quote} »` : ''}${source.note ? paint.dim(` (${source.note})`) : ''}`);
    }
  }
  lines.push('', paint.dim(`file: ${detail.file}`));
  return `${lines.join('\n')}\n`;
};

function labelled(rows: [string, string][], paint: Paint): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.flatMap(([label, value]) => value.split('\n').map((line, i) => `  ${paint.dim((i === 0 ? label : '').padEnd(width))}  ${line}`));
}

function dated(date: string, asOf: string, paint: Paint): string {
  const days = daysBetween(asOf as IsoDate, date as IsoDate);
  const when = days === 0 ? 'today' : days > 0 ? `in ${days} day${days === 1 ? '' : 's'}` : `${-days} day${days === -1 ? '' : 's'} ago`;
  const colour = days < 0 ? paint.dim : days <= 7 ? paint.red : days <= 30 ? paint.yellow : (s: string) => s;
  return `${date} ${colour(`(${when})`)}`;
}

function partyLine(org: string, signatory: { name: string; role?: string } | undefined, { registry, asOf }: ShowContext): string {
  const name = registry.get(org)?.name ?? org;
  const now = organizationOn(org, asOf, registry);
  const successor = now !== org ? ` → now ${registry.get(now)?.name ?? now} (since ${registry.get(org)?.succeeded_by?.on ?? '?'})` : successorsOf(org, registry).length ? '' : '';
  return `${name} [${org}]${successor}${signatory ? ` — ${signatory.name}${signatory.role ? `, ${signatory.role}` : ''}` : ''}`;
}

function termLine(agreement: Agreement): string {
  const term = agreement.term;
  if (!term) return 'no fixed end (indefinite)';
  const length = term.duration ? `${term.duration} from the first day in force` : `until ${term.end}`;
  const renewal =
    term.renewal === 'tacit'
      ? `, renewed tacitly for ${term.renewal_period ?? `${term.duration ?? '?'} (period unstated: taken equal to the first term)`}${term.max_renewals !== undefined ? `, at most ${term.max_renewals} time(s)` : ''}`
      : term.renewal === 'express'
        ? ', renewed only by an express decision'
        : ', no renewal';
  return `${length}${renewal}`;
}

function terminationLine(agreement: Agreement): string {
  const t = agreement.termination!;
  return [t.notice_given ? `notice received ${t.notice_given}` : '', t.by ? `from ${t.by}` : '', t.ended ? `ended ${t.ended}` : ''].filter(Boolean).join(', ');
}

/** The first source whose clause or quote speaks of this fact, as ` [Article 5]`. */
function cite(sources: readonly SourceRef[] | undefined, topic: 'term' | 'notice' | 'review_every', paint: Paint): string {
  const words: Record<typeof topic, RegExp> = {
    term: /durée|reconduction|renouvel|jusqu|prend effet|ans?\b|duration|until/i,
    notice: /préavis|dénonc|résili|notice/i,
    review_every: /examin|révis|review/i,
  };
  const source = sources?.find((s) => ((s as { fields?: string[] }).fields ?? []).some((f) => f.startsWith(topic))) ?? sources?.find((s) => words[topic].test(`${s.clause ?? ''} ${s.quote ?? ''}`));
  if (!source) return '';
  return paint.dim(` [${source.clause ?? source.document}${source.quote ? `: « ${source.quote} »` : ''}]`);
}
