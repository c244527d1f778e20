import { lifecycle } from '../text/catalogue/lifecycle.js';
import type { MessageKey, Param, Say } from '../text/say.js';
import { message } from '../text/say.js';
import type { AgreementKind, Level } from '../types.js';
import type { EventKind } from './events.js';
import type { Status } from './timeline.js';

/**
 * Human labels of the codes, in the language of `say`, for prose outputs (show text, report).
 * Tables, filters and JSON keep the codes. A code the catalogue does not know is printed as it is.
 * `eventLabel(sayer('fr'), 'notice-deadline')` //=> 'date limite de préavis' ('notice deadline' in English)
 */
export function eventLabel(say: Say, code: EventKind | string): string {
  return label(say, 'lifecycle.event', code);
}

/** `statusLabel(say, 'in-force')` //=> 'in-force' (en), 'en vigueur' (fr) */
export function statusLabel(say: Say, code: Status | string): string {
  return label(say, 'lifecycle.status', code);
}

/** `kindLabel(say, 'framework')` //=> 'framework' (en), 'accord-cadre' (fr) */
export function kindLabel(say: Say, code: AgreementKind | string): string {
  return label(say, 'lifecycle.kind', code);
}

/** `levelLabel(say, 'departmental')` //=> 'departmental' (en), 'départemental' (fr) */
export function levelLabel(say: Say, code: Level | string): string {
  return label(say, 'lifecycle.level', code);
}

/** `statusLabel` not yet worded, for a core message's parameter: `in-force` //=> message('lifecycle.status.inForce'). */
export function statusParam(code: Status | string): Param {
  return label((key) => message(key), 'lifecycle.status', code);
}

type LabelKey = Extract<MessageKey, `lifecycle.${'event' | 'status' | 'kind' | 'level'}.${string}`>;
const KNOWN: ReadonlySet<string> = new Set(Object.keys(lifecycle));

/** `notice-deadline` → `lifecycle.event.noticeDeadline`; a code with no label is printed as it is. */
function label<T>(say: (key: LabelKey) => T, prefix: string, code: string): T | string {
  const key = `${prefix}.${code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
  return KNOWN.has(key) ? say(key as LabelKey) : code;
}
