import type { Agreement, IsoDate } from '../types.js';
import { daysBetween, parseIsoDate } from '../lifecycle/date.js';
import type { EventKind } from '../lifecycle/events.js';
import { nextMeeting } from '../lifecycle/events.js';
import type { Timeline } from '../lifecycle/timeline.js';
import { workingDayFlag } from '../lifecycle/working-days.js';

/** One dated entry of `show`: the next date of a kind, and whether it falls on a non-working day (SPEC §6). */
export interface DatedEntry {
  readonly date: IsoDate;
  readonly event: EventKind;
  readonly days_left: number;
  /** A committee meeting due before the as-of day and not recorded: the day it was due (`date` is the as-of day). */
  readonly overdue_since?: IsoDate;
  readonly non_working_day?: true;
  readonly last_working_day?: IsoDate;
}

/**
 * The next date of each kind as of `asOf`, as `show` lists them under "Next": the start of an
 * upcoming agreement, the next review, the next committee meeting, the notice deadline before
 * the next renewal (when it has not passed), the renewal, the last day in force. `fields` is
 * the record with its amendments applied.
 */
export function nextDates(fields: Agreement, timeline: Timeline, asOf: IsoDate): DatedEntry[] {
  const entries: DatedEntry[] = [];
  const add = (date: IsoDate | null | undefined, event: EventKind, overdue?: IsoDate) => {
    if (!date || date < asOf) return;
    entries.push({ date, event, days_left: daysBetween(asOf, date), ...(overdue ? { overdue_since: overdue } : {}), ...workingDayFlag(date, fields.territory) });
  };
  const inForce = timeline.status === 'in-force' || timeline.status === 'upcoming';
  if (timeline.status === 'upcoming') add(timeline.effective, 'start');
  if (inForce) add(timeline.reviews.find((d) => d >= asOf) as IsoDate | undefined, 'review');
  const effective = parseIsoDate(timeline.effective);
  const meeting = inForce && effective ? nextMeeting(fields, effective) : undefined;
  if (meeting && (timeline.final_end === null || meeting.date <= timeline.final_end)) {
    if (meeting.date >= asOf) add(meeting.date, 'committee-meeting');
    else if (timeline.status === 'in-force') add(asOf, 'committee-meeting', meeting.date);
  }
  add(timeline.notice_deadline, 'notice-deadline');
  add(timeline.next_renewal, 'renewal');
  add(timeline.final_end, 'expiry');
  return entries;
}
