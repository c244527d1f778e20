import type { Agreement, Organization } from '../../types.js';
import type { AgreementSummary } from '../list/types.js';
import type { Paint } from '../paint.js';

/** `show --format json` (SPEC §5): the list object plus the computed timeline. */
export interface AgreementDetail extends AgreementSummary {
  readonly terms: readonly { readonly start: string; readonly end: string }[];
  readonly reviews: readonly string[];
  readonly final_end: string | null;
}

export interface ShowInput {
  readonly detail: AgreementDetail;
  readonly agreement: Agreement;
  readonly warnings: readonly string[];
  /** Agreements that name this one as parent, or that it supersedes / is superseded by. */
  readonly children: readonly string[];
  readonly supersededBy: readonly string[];
}

export interface ShowContext {
  readonly paint: Paint;
  readonly asOf: string;
  readonly registry: ReadonlyMap<string, Organization>;
}

export type ShowFormatter = (input: ShowInput, context: ShowContext) => string;
