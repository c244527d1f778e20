import type { Say } from '../../text/say.js';
import type { AgreementKind, Level } from '../../types.js';
import type { Paint } from '../paint.js';

/** One agreement as `list --format json` prints it (SPEC §5), plus the next dated step for the table. */
export interface AgreementSummary {
  readonly id: string;
  readonly title: string;
  readonly kind: AgreementKind;
  readonly level: Level;
  readonly parties: readonly string[];
  readonly signed: string | null;
  readonly effective: string | null;
  readonly status: string;
  readonly end: string | null;
  readonly next_renewal: string | null;
  readonly notice_deadline: string | null;
  readonly file: string;
}

export interface ListContext {
  readonly paint: Paint;
  /** The sentences of the run's language. */
  readonly say: Say;
  readonly asOf: string;
  /** CSV only: the field separator (`;` for French spreadsheets) and a UTF-8 byte-order mark. */
  readonly separator?: string;
  readonly bom?: boolean;
}

/**
 * The text in pieces, in order (the machine formats give one or a few rows at a time): over
 * 100,000 agreements the whole text is never held at once. `[...pieces].join('')` is the text.
 */
export type ListFormatter = (rows: readonly AgreementSummary[], context: ListContext) => Iterable<string>;
