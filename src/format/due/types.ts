import type { Paint } from '../paint.js';

export type EventKind = 'start' | 'notice-deadline' | 'renewal' | 'expiry' | 'review';

/** One dated event as `due --format json` prints it (SPEC §5). */
export interface DueEvent {
  readonly date: string;
  readonly event: EventKind;
  readonly id: string;
  readonly title: string;
  readonly days_left: number;
  /** Which occurrence of this kind of event for this agreement (1 = first): keeps calendar UIDs stable. */
  readonly occurrence: number;
}

export interface DueContext {
  readonly paint: Paint;
  readonly asOf: string;
  readonly until: string;
}

/** The text in pieces, in order (see `ListFormatter`): `[...pieces].join('')` is the text. */
export type DueFormatter = (events: readonly DueEvent[], context: DueContext) => Iterable<string>;
