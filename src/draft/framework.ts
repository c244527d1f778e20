import type { Agreement, IsoDate } from '../types.js';
import { computeTimeline } from '../lifecycle/timeline.js';
import { statusLabel } from '../lifecycle/labels.js';
import type { Say } from '../text/say.js';

/**
 * What to tell a user who drafts from a framework that, as of `asOf`, has ended (expired or
 * terminated) or been superseded by a signed agreement in effect that day: drafting goes on,
 * with these warnings, the successor named.
 *
 *   ave-pole-emploi-2020 (ended 2020-12-31), as of 2026-12-03 → « … is expired as of 2026-12-03 … »
 */
export function frameworkWarnings(say: Say, framework: Agreement, agreements: readonly Agreement[], asOf: IsoDate): string[] {
  const warnings: string[] = [];
  const { status } = computeTimeline(framework, asOf, { detail: false });
  if (status === 'expired' || status === 'terminated') warnings.push(say('drafting.frameworkEnded', { framework: framework.id, status: statusLabel(say, status), asOf }));
  for (const other of agreements) {
    if (other.id === framework.id || !(other.supersedes ?? []).includes(framework.id) || !other.signed) continue;
    const start = other.effective ?? other.signed;
    if (start <= asOf) warnings.push(say('drafting.frameworkSuperseded', { framework: framework.id, successor: other.id, date: start }));
  }
  return warnings;
}
