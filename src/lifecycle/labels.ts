import { lifecycle } from '../text/catalogue/lifecycle.js';
import type { MessageKey } from '../text/say.js';
import { say } from '../text/say.js';
import type { AgreementKind, Level } from '../types.js';
import type { EventKind } from './events.js';
import type { Status } from './timeline.js';

/**
 * Human labels of the codes, in the current language, for prose outputs (show text, report).
 * Tables, filters and JSON keep the codes. A code the catalogue does not know is printed as it is.
 * `eventLabel('notice-deadline')` //=> 'notice deadline' (en), 'date limite de préavis' (fr)
 */
export function eventLabel(code: EventKind | string): string {
  return label('lifecycle.event', code);
}

/** `statusLabel('in-force')` //=> 'in-force' (en), 'en vigueur' (fr) */
export function statusLabel(code: Status | string): string {
  return label('lifecycle.status', code);
}

/** `kindLabel('framework')` //=> 'framework' (en), 'accord-cadre' (fr) */
export function kindLabel(code: AgreementKind | string): string {
  return label('lifecycle.kind', code);
}

/** `levelLabel('departmental')` //=> 'departmental' (en), 'départemental' (fr) */
export function levelLabel(code: Level | string): string {
  return label('lifecycle.level', code);
}

type LabelKey = Extract<MessageKey, `lifecycle.${'event' | 'status' | 'kind' | 'level'}.${string}`>;
const KNOWN: ReadonlySet<string> = new Set(Object.keys(lifecycle));

/** `notice-deadline` → `lifecycle.event.noticeDeadline`; a code with no label is printed as it is. */
function label(prefix: string, code: string): string {
  const key = `${prefix}.${code.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`;
  return KNOWN.has(key) ? say(key as LabelKey) : code;
}
