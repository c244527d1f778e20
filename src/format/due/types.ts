import type { Say } from '../../text/say.js';
import type { Paint } from '../paint.js';

export type EventKind = 'start' | 'notice-deadline' | 'renewal' | 'expiry' | 'review' | 'committee-meeting';

/** One dated event as `due --format json` prints it (SPEC §5). */
export interface DueEvent {
  readonly date: string;
  readonly event: EventKind;
  readonly id: string;
  readonly title: string;
  readonly days_left: number;
  /** Which occurrence of this kind of event for this agreement (1 = first): keeps calendar UIDs stable. */
  readonly occurrence: number;
  /** The record's file, relative to the root (where `--format github` places the annotation). */
  readonly file?: string;
  /** With a lead time: the day the event is announced from (its date − the lead). */
  readonly announce?: string;
  /** On a Saturday, a Sunday or a public holiday (SPEC §6): then the last working day before it. */
  readonly non_working_day?: true;
  readonly last_working_day?: string;
}

export interface DueContext {
  readonly paint: Paint;
  /** The sentences of the run's language. */
  readonly say: Say;
  readonly asOf: string;
  readonly until: string;
  /** Where an event's cause is written, 1-based, the file relative to the working folder (`--format github`, `sarif`). */
  readonly placeOf?: (event: DueEvent) => { readonly file: string; readonly line: number; readonly column: number } | undefined;
  readonly toolVersion?: string;
}

/** The text in pieces, in order (see `ListFormatter`): `[...pieces].join('')` is the text. */
export type DueFormatter = (events: readonly DueEvent[], context: DueContext) => Iterable<string>;
