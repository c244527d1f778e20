import { message } from '../text/say.js';
import type { Message } from '../text/say.js';
import type { Position } from '../types.js';

/**
 * A cheap pass over the raw text that rejects pathological nesting before the YAML parser
 * sees it (ten thousand `[` exhaust the parser's memory). It over-approximates: brackets inside
 * quotes and comments are skipped, brackets in plain scalars are counted, which only matters
 * far beyond any real record.
 */
export function scanNesting(text: string, maxFlowDepth: number, maxIndent: number): { message: Message; position: Position } | undefined {
  let depth = 0;
  let line = 0;
  let lineStart = 0;
  let quote: '"' | "'" | undefined;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      continue;
    }
    if (atLineStart) {
      if (c === 32 /* space */) {
        if (i - lineStart >= maxIndent) return { message: message('load.indentTooDeep', { max: maxIndent }), position: { line, column: i - lineStart } };
        continue;
      }
      atLineStart = false;
    }
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if ((ch === '"' || ch === "'") && opensScalar(text, i, lineStart)) quote = ch;
    else if (ch === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (ch === '[' || ch === '{') {
      if (++depth > maxFlowDepth) return { message: message('load.nestedTooDeep', { max: maxFlowDepth }), position: { line, column: i - lineStart } };
    } else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** A quote starts a quoted scalar only where a value may start (not in `l'AMF`). */
function opensScalar(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  while (j >= lineStart && (text[j] === ' ' || text[j] === '\t')) j--;
  return j < lineStart || ':-[{,?'.includes(text[j]!);
}
