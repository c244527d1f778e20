import { daysBetween } from '../../lifecycle/date.js';
import { kindLabel, levelLabel, statusLabel } from '../../lifecycle/labels.js';
import { organizationOn } from '../../registry/succession.js';
import type { Agreement, IsoDate, SourceRef } from '../../types.js';
import type { Paint } from '../paint.js';
import { durationWords, everyWords } from '../duration-words.js';
import { proseDate } from '../prose-date.js';
import { table } from '../text.js';
import type { AgreementDetail, ShowContext, ShowFormatter } from './types.js';
import type { Say } from '../../text/say.js';

/**
 * A readable timeline: who signed, the terms so far, the next renewal and the notice deadline
 * with the days left, reviews, the end — each with the clause it comes from when `sources:` says.
 */
export const text: ShowFormatter = ({ detail, agreement: record, warnings, children, supersededBy, fields }, context) => {
  // The facts as amended (SPEC §6); the record's own words (parties, sources, file) are the same.
  const agreement = fields ?? record;
  const { say, paint, asOf } = context;
  const lines: string[] = [];
  lines.push(`${paint.bold(detail.id)} — ${detail.title}`);
  lines.push(say('format.show.standing', { kind: kindLabel(say, detail.kind), level: levelLabel(say, detail.level), status: paint.bold(statusLabel(say, detail.status)), date: proseDate(say, asOf) }));
  lines.push('');

  const facts: [string, string][] = [];
  facts.push([say('format.show.label.parties'), agreement.parties.map((p) => partyLine(p.org, p.signatory, context)).join('\n')]);
  facts.push([say('format.show.label.signed'), agreement.signed ? `${proseDate(say, agreement.signed)}${agreement.place ? `, ${agreement.place}` : ''}` : agreement.signed === null ? say('format.show.signedDateUnknown') : say('format.show.notSigned')]);
  if (detail.effective && detail.effective !== agreement.signed) facts.push([say('format.show.label.effective'), proseDate(say, detail.effective)]);
  facts.push([say('format.show.label.term'), termLine(say, agreement)]);
  if (agreement.notice) facts.push([say('format.show.label.notice'), say(agreement.notice.applies === 'any-time' ? 'format.show.noticeAnyTime' : 'format.show.noticeBeforeRenewal', { period: durationWords(say, agreement.notice.period) })]);
  if (agreement.review_every) facts.push([say('format.show.label.review'), everyWords(say, agreement.review_every)]);
  if (agreement.committee) {
    const { name, meetings_per_year: meetings } = agreement.committee;
    facts.push([say('format.show.label.committee'), meetings ? say('format.show.committee', { name, count: meetings }) : name]);
  }
  if (agreement.parent) facts.push([say('format.show.label.parent'), agreement.parent]);
  if (agreement.supersedes?.length) facts.push([say('format.show.label.supersedes'), agreement.supersedes.join(', ')]);
  if (supersededBy.length) facts.push([say('format.show.label.supersededBy'), supersededBy.join(', ')]);
  if (children.length) facts.push([say('format.show.label.derived'), say('format.show.derived', { count: children.length, ids: `${children.slice(0, 8).join(', ')}${children.length > 8 ? ', …' : ''}` })]);
  if (agreement.termination) facts.push([say('format.show.label.termination'), terminationLine(say, agreement)]);
  if (agreement.template) facts.push([say('format.show.label.template'), agreement.template]);
  lines.push(...labelled(facts, paint));

  if (detail.terms.length > 0) {
    lines.push('', paint.bold(say('format.show.heading.terms')));
    const rows = detail.terms.map((term, i) => [String(i + 1), `${term.start} → ${term.end}`, term.start <= asOf && asOf <= term.end ? paint.green(say('format.show.currentTerm')) : '']);
    lines.push(table(rows, '  '));
  }

  lines.push('', paint.bold(say('format.show.heading.next')));
  const next: [string, string][] = [];
  // What lies before the as-of day is said apart, in the past tense, never under "Next".
  const past: [string, string][] = [];
  if (detail.status === 'upcoming' && detail.effective) next.push([say('format.show.label.starts'), dated(say, detail.effective, asOf, paint)]);
  const flag = (event: string) => nonWorking(say, detail, event, paint);
  if (detail.next_renewal) next.push([say('format.show.label.renewal'), `${dated(say, detail.next_renewal, asOf, paint)}${flag('renewal')}${cite(say, agreement.sources, 'term', paint)}`]);
  if (detail.notice_deadline) {
    const passed = detail.notice_deadline < asOf;
    (passed ? past : next).push([say('format.show.label.noticeDeadline'), `${say(passed ? 'newcomer.show.noticeDeadlinePassed' : 'format.show.noticeDeadline', { date: dated(say, detail.notice_deadline, asOf, paint) })}${passed ? '' : flag('notice-deadline')}${cite(say, agreement.sources, 'notice', paint)}`]);
  }
  const nextReview = detail.reviews.find((date) => date >= asOf);
  if (nextReview) next.push([say('format.show.label.review'), `${dated(say, nextReview, asOf, paint)}${flag('review')}${cite(say, agreement.sources, 'review_every', paint)}`]);
  const meeting = detail.events.find((e) => e.event === 'committee-meeting');
  if (meeting) (meeting.overdue_since ? past : next).push([say('deadlines.show.label.meeting'), meeting.overdue_since ? paint.red(say('deadlines.overdue', { date: proseDate(say, meeting.overdue_since) })) : `${dated(say, meeting.date, asOf, paint)}${flag('committee-meeting')}`]);
  if (detail.final_end && detail.final_end < asOf) past.push([say('newcomer.show.label.ended'), `${say('newcomer.show.ended', { date: dated(say, detail.final_end, asOf, paint) })}${cite(say, agreement.sources, 'term', paint)}`]);
  else next.push([say('format.show.label.end'), `${endLine(say, detail, asOf, agreement.sources, paint)}${detail.final_end ? flag('expiry') : ''}`]);
  lines.push(...(next.length > 0 ? labelled(next, paint) : [`  ${paint.dim(say('newcomer.show.nothingAhead'))}`]));
  if (past.length > 0) lines.push('', paint.bold(say('newcomer.show.heading.past')), ...labelled(past, paint));

  if (record.kind === 'amendment' && record.parent && record.changes) {
    lines.push('', paint.bold(say('deadlines.show.heading.amendments')));
    lines.push(`  ${say('deadlines.show.amends', { parent: record.parent, date: String(record.effective ?? record.signed ?? '……') })}`);
    for (const [path, to] of Object.entries(record.changes)) lines.push(`    ${path}: ${String(to)}`);
  }
  if (detail.amendments.length > 0) {
    lines.push('', paint.bold(say('deadlines.show.heading.amendments')));
    for (const a of detail.amendments) {
      lines.push(`  ${say('deadlines.show.amendment', { id: a.id, signed: a.signed, effective: a.effective })}`);
      for (const [path, change] of Object.entries(a.changes)) lines.push(`    ${say('deadlines.show.change', { path, from: change.from === null ? say('deadlines.show.none') : String(change.from), to: String(change.to) })}`);
    }
  }

  if (warnings.length > 0) lines.push('', ...warnings.map((w) => paint.yellow(`⚠ ${w}`)));
  if (agreement.sources?.length) {
    lines.push('', paint.bold(say('format.show.heading.sources')));
    for (const source of agreement.sources) {
      const where = `${source.document}${source.clause ? `, ${source.clause}` : ''}`;
      lines.push(`  ${quoted(say, where, source.quote)}${source.note ? paint.dim(` (${source.note})`) : ''}`);
    }
  }
  lines.push('', paint.dim(say('format.show.file', { file: detail.file })));
  return `${lines.join('\n')}\n`;
};

/** ` — non-working day: the last working day before it is 2027-04-30` when the next date of that kind is one. */
function nonWorking(say: Say, detail: AgreementDetail, event: string, paint: Paint): string {
  const entry = detail.events.find((e) => e.event === event);
  return entry?.non_working_day && entry.last_working_day ? paint.yellow(` — ${say('deadlines.nonWorking', { date: proseDate(say, entry.last_working_day) })}`) : '';
}

function labelled(rows: [string, string][], paint: Paint): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.flatMap(([label, value]) => value.split('\n').map((line, i) => `  ${paint.dim((i === 0 ? label : '').padEnd(width))}  ${line}`));
}

function dated(say: Say, date: string, asOf: string, paint: Paint): string {
  const days = daysBetween(asOf as IsoDate, date as IsoDate);
  const when = days === 0 ? say('format.today') : days > 0 ? say('format.show.inDays', { count: days }) : say('format.show.daysAgo', { count: -days });
  const colour = days < 0 ? paint.dim : days <= 7 ? paint.red : days <= 30 ? paint.yellow : (s: string) => s;
  return `${proseDate(say, date)} ${colour(`(${when})`)}`;
}

function partyLine(org: string, signatory: { name: string; role?: string } | undefined, { say, registry, asOf }: ShowContext): string {
  const name = registry.get(org)?.name ?? org;
  const now = organizationOn(org, asOf, registry);
  const successor = now !== org ? ` → ${say('format.show.successor', { name: registry.get(now)?.name ?? now, date: proseDate(say, registry.get(org)?.succeeded_by?.on ?? '?') })}` : '';
  return `${name} [${org}]${successor}${signatory ? ` — ${signatory.name}${signatory.role ? `, ${signatory.role}` : ''}` : ''}`;
}

function termLine(say: Say, agreement: Agreement): string {
  const term = agreement.term;
  if (!term) return say('format.show.term.none');
  const length = term.duration ? say('format.show.term.duration', { duration: durationWords(say, term.duration) }) : say('format.show.term.until', { date: proseDate(say, String(term.end)) });
  if (term.renewal === 'express') return say('format.show.term.express', { length });
  if (term.renewal !== 'tacit') return say('format.show.term.noRenewal', { length });
  const period = term.renewal_period ? durationWords(say, term.renewal_period) : say('format.show.term.periodUnstated', { duration: durationWords(say, term.duration ?? '?') });
  return term.max_renewals !== undefined ? say('format.show.term.tacitCapped', { length, period, count: term.max_renewals }) : say('format.show.term.tacit', { length, period });
}

function terminationLine(say: Say, agreement: Agreement): string {
  const t = agreement.termination!;
  return [
    t.notice_given ? say('format.show.termination.noticeReceived', { date: proseDate(say, t.notice_given) }) : '',
    t.by ? say('format.show.termination.by', { by: t.by }) : '',
    t.ended ? say('format.show.termination.ended', { date: proseDate(say, t.ended) }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The end: the last day in force when known, else why there is none. */
function endLine(say: Say, detail: AgreementDetail, asOf: string, sources: readonly SourceRef[] | undefined, paint: Paint): string {
  if (detail.final_end) return `${say('format.show.lastDay', { date: dated(say, detail.final_end, asOf, paint) })}${cite(say, sources, 'term', paint)}`;
  if (detail.next_renewal) return say('format.show.endRenewsTacitly');
  return detail.end ?? say('format.show.endIndefinite');
}

/** `Article 5: « quote »` (French spacing in French), or the text alone without a quote. */
function quoted(say: Say, text: string, quote: string | undefined): string {
  return quote ? say('format.show.quoted', { text, quote }) : text;
}

/** The first source whose clause or quote speaks of this fact, as ` [Article 5]`. */
function cite(say: Say, sources: readonly SourceRef[] | undefined, topic: 'term' | 'notice' | 'review_every', paint: Paint): string {
  const words: Record<typeof topic, RegExp> = {
    term: /durée|reconduction|renouvel|jusqu|prend effet|ans?\b|duration|until/i,
    notice: /préavis|dénonc|résili|notice/i,
    review_every: /examin|révis|review/i,
  };
  const source = sources?.find((s) => ((s as { fields?: string[] }).fields ?? []).some((f) => f.startsWith(topic))) ?? sources?.find((s) => words[topic].test(`${s.clause ?? ''} ${s.quote ?? ''}`));
  if (!source) return '';
  return paint.dim(` [${quoted(say, source.clause ?? source.document, source.quote)}]`);
}
