import type { Agreement, IsoDate, LoadedAgreement } from '../types.js';
import type { AppliedAmendment } from '../lifecycle/amendments.js';
import type { Timeline } from '../lifecycle/timeline.js';
import type { AmendmentIndex } from './amendments.js';
import { computed } from './amendments.js';
import type { AgreementSummary } from '../format/list/types.js';

/**
 * The fields of a record that `list`, `due` and `report` read — the summary, the filters, the
 * timeline and the events — and `show` of the records it does not print. Over 100,000 records,
 * keeping only these (no sources, notes, signatories) keeps their memory near `validate`'s.
 */
export const LISTED_FIELDS: readonly string[] = ['id', 'title', 'kind', 'level', 'parties', 'signed', 'effective', 'term', 'notice', 'review_every', 'termination', 'territory', 'parent', 'changes', 'committee', 'lead'];

/** An agreement and its computed timeline as of a day. */
export interface AgreementView {
  readonly loaded: LoadedAgreement;
  readonly timeline: Timeline;
  readonly summary: AgreementSummary;
  /** The record's fields with its amendments in effect applied (the record itself when it has none). */
  readonly fields: Agreement;
  readonly amendments: readonly AppliedAmendment[];
}

/**
 * The SPEC's `list` object for one agreement as of `asOf` (with `detail`, the history `show`
 * prints too); with the repository's amendment index, computed with its amendments (SPEC §6).
 */
export function viewOf(loaded: LoadedAgreement, asOf: IsoDate, detail = false, index?: AmendmentIndex): AgreementView {
  const { agreement, file } = loaded;
  const { timeline, agreement: fields, amendments } = computed(agreement, asOf, index, detail);
  return {
    loaded,
    timeline,
    fields,
    amendments,
    summary: {
      id: agreement.id,
      title: agreement.title,
      kind: agreement.kind,
      level: agreement.level,
      parties: agreement.parties.map((party) => party.org),
      signed: agreement.signed ?? null,
      effective: timeline.effective,
      status: timeline.status,
      end: timeline.end,
      next_renewal: timeline.next_renewal,
      notice_deadline: timeline.notice_deadline,
      file,
    },
  };
}
