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
    const inWindow = eventsBetween(agreement, from, to);
    if (inWindow.length === 0) continue;
    // Occurrence numbers count from the first day in force, so they do not depend on the window.
    const start = (agreement.effective ?? agreement.signed ?? from) as IsoDate;
    const all = start < from ? eventsBetween(agreement, start, to) : inWindow;
    const seen = new Map<string, number>();
    for (const e of all) {
      const occurrence = (seen.get(e.event) ?? 0) + 1;
      seen.set(e.event, occurrence);
      if (e.date < from) continue;
      events.push({ date: e.date, event: e.event, id: agreement.id, title: agreement.title, days_left: daysBetween(from, e.date), occurrence });
    }
  }
  return events.sort((a, b) => compareEvents({ ...a, date: a.date as IsoDate }, { ...b, date: b.date as IsoDate }));
}
