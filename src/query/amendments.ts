import type { Agreement, IsoDate, LoadedAgreement } from '../types.js';
import type { AppliedAmendment } from '../lifecycle/amendments.js';
import { amendedTimeline, amendmentTimeline } from '../lifecycle/amendments.js';
import type { Timeline } from '../lifecycle/timeline.js';
import { computeTimeline } from '../lifecycle/timeline.js';

/** The amendments of the repository by the id of the record they amend, and the records amendments name, by id. */
export interface AmendmentIndex {
  readonly byParent: ReadonlyMap<string, readonly Agreement[]>;
  /** Only an amendment's parent is looked up by id (to compute it from its parent's timeline): over 100,000 records, a map of the few. */
  readonly byId: ReadonlyMap<string, Agreement>;
}

/** Built once per command: a record with no amendment costs a map look-up. */
export function amendmentIndex(agreements: readonly LoadedAgreement[]): AmendmentIndex {
  const byParent = new Map<string, Agreement[]>();
  const named = new Set<string>();
  for (const { agreement } of agreements) {
    if (agreement.kind !== 'amendment' || typeof agreement.parent !== 'string') continue;
    named.add(agreement.parent);
    if (agreement.changes) {
      const list = byParent.get(agreement.parent);
      if (list) list.push(agreement);
      else byParent.set(agreement.parent, [agreement]);
    }
  }
  const byId = new Map<string, Agreement>();
  // A later record of an id wins, as in a map of every record.
  if (named.size > 0) for (const { agreement } of agreements) if (named.has(agreement.id)) byId.set(agreement.id, agreement);
  return { byParent, byId };
}

/** A record as the commands compute it: its fields with its amendments applied, its timeline, the amendments in effect. */
export interface Computed {
  readonly agreement: Agreement;
  readonly timeline: Timeline;
  readonly amendments: readonly AppliedAmendment[];
}

/**
 * A record computed as of `asOf` (SPEC §6): a parent with the amendments in effect applied; an
 * amendment in force as long as its parent (see `amendmentTimeline`); any other as it stands.
 */
export function computed(agreement: Agreement, asOf: IsoDate, index: AmendmentIndex | undefined, detail = false, depth = 0): Computed {
  const amendments = index?.byParent.get(agreement.id);
  if (amendments) {
    const amended = amendedTimeline(agreement, amendments, asOf, { detail });
    return { agreement: amended.agreement, timeline: amended.timeline, amendments: amended.amendments };
  }
  // An amendment of an amendment… follows its parents; a cycle (an error `validate` reports) stops the walk.
  if (agreement.kind === 'amendment' && index && typeof agreement.parent === 'string' && depth < 64) {
    const parent = index.byId.get(agreement.parent);
    const parentTimeline = parent ? computed(parent, asOf, index, false, depth + 1).timeline : undefined;
    return { agreement, timeline: amendmentTimeline(agreement, parentTimeline, asOf), amendments: [] };
  }
  return { agreement, timeline: computeTimeline(agreement, asOf, { detail }), amendments: [] };
}

/** Only the fields (what `due` computes events from): a record with no amendment is returned as it is, at no cost. */
export function amendedFields(agreement: Agreement, asOf: IsoDate, index: AmendmentIndex | undefined): Agreement {
  const amendments = index?.byParent.get(agreement.id);
  return amendments ? amendedTimeline(agreement, amendments, asOf).agreement : agreement;
}
