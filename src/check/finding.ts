import type { JsonPath, Severity } from '../types.js';
import type { Target } from '../types.js';
import type { Message } from '../text/say.js';

/**
 * A problem found by a check, before it has a position: the file and the path in its data.
 * The validator turns it into a positioned Problem through the file's parsed document.
 */
export interface Finding {
  readonly file: string;
  readonly path: JsonPath;
  /** Point at the key itself (unknown key) or at its value (default). */
  readonly target?: Target;
  readonly rule: string;
  readonly severity: Severity;
  readonly message: Message;
  readonly hint?: Message;
  /**
   * The hint is to quote the value: said again with the value as typed once its place is
   * known (`01053`, not the number 1053 the parser made of it).
   */
  readonly quoteTyped?: true;
}

/** `['parties', 1, 'org']` //=> 'parties[1].org' */
export function formatPath(path: JsonPath): string {
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}
