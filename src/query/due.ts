import type { IsoDate, LoadedAgreement } from '../types.js';
import { daysBetween } from '../lifecycle/date.js';
import { compareEvents, eventsBetween } from '../lifecycle/events.js';
import type { DueEvent } from '../format/due/types.js';

/**
 * Every dated event of every agreement between `from` and `to`, both inclusive, sorted by
 * date, then id, then kind of event (SPEC §5 `due`).
 */
export function dueEvents(agreements: readonly LoadedAgreement[], from: IsoDate, to: IsoDate): DueEvent[] {
  const events: DueEvent[] = [];
  for (const { agreement } of agreements) {
    for (const e of eventsBetween(agreement, from, to)) {
      events.push({ date: e.date, event: e.event, id: agreement.id, title: agreement.title, days_left: daysBetween(from, e.date), occurrence: e.occurrence });
    }
  }
  return events.sort((a, b) => compareEvents({ ...a, date: a.date as IsoDate }, { ...b, date: b.date as IsoDate }));
}
