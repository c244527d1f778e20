import type { Say } from '../../text/say.js';
import type { Agreement, Organization } from '../../types.js';
import type { DatedEntry } from '../../query/next.js';
import type { AgreementSummary } from '../list/types.js';
import type { Paint } from '../paint.js';

/** `show --format json` (SPEC §5): the list object plus the computed timeline. */
export interface AgreementDetail extends AgreementSummary {
  readonly terms: readonly { readonly start: string; readonly end: string }[];
  readonly reviews: readonly string[];
  readonly final_end: string | null;
  /** The next date of each kind, with `non_working_day` and `last_working_day` when it is one (SPEC §6). */
  readonly events: readonly DatedEntry[];
  /** A parent's amendments in effect, in the order they apply, with each value they changed (SPEC §6). */
  readonly amendments: readonly { readonly id: string; readonly signed: string; readonly effective: string; readonly changes: Readonly<Record<string, { readonly from: string | number | null; readonly to: string | number }>> }[];
}

export interface ShowInput {
  readonly detail: AgreementDetail;
  readonly agreement: Agreement;
  readonly warnings: readonly string[];
  /** Agreements that name this one as parent, or that it supersedes / is superseded by. */
  readonly children: readonly string[];
  readonly supersededBy: readonly string[];
  /** The record's fields with its amendments applied (the record itself when it has none). */
  readonly fields?: Agreement;
}

export interface ShowContext {
  readonly paint: Paint;
  /** The sentences of the run's language. */
  readonly say: Say;
  readonly asOf: string;
  readonly registry: ReadonlyMap<string, Organization>;
}

export type ShowFormatter = (input: ShowInput, context: ShowContext) => string;
