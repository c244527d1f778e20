import { message } from '../text/say.js';
import type { Message } from '../text/say.js';

/**
 * The `yaml` parser's own sentences, said again from the catalogue so that they read in the
 * chosen language. The English entries are the parser's words (first letter lower-cased), so
 * English output is the parser's; a sentence not listed here keeps the parser's wording.
 */
const SENTENCES: readonly (readonly [RegExp, (match: RegExpExecArray) => Message])[] = [
  [/^all mapping items must start at the same column$/, () => message('load.parser.mappingColumn')],
  [/^all sequence items must start at the same column$/, () => message('load.parser.sequenceColumn')],
  [/^implicit keys need to be on a single line$/, () => message('load.parser.keyOneLine')],
  [/^implicit map keys need to be followed by map values$/, () => message('load.parser.keyWithoutValue')],
  [/^nested mappings are not allowed in compact mappings$/, () => message('load.parser.nestedInCompact')],
  [/^a block sequence may not be used as an implicit map key$/, () => message('load.parser.sequenceAsKey')],
  [/^sequence item without - indicator$/, () => message('load.parser.itemWithoutDash')],
  [/^plain value cannot start with a tab character$/, () => message('load.parser.plainStartTab')],
  [/^plain value cannot start with reserved character (.)$/, ([, char]) => message('load.parser.plainStart', { char: char! })],
  [/^plain value cannot start with block scalar indicator (.)$/, ([, char]) => message('load.parser.plainStartBlock', { char: char! })],
  [/^block collections are not allowed within flow collections$/, () => message('load.parser.blockInFlow')],
  [/^block scalar header includes extra characters: (.+)$/, ([, header]) => message('load.parser.blockHeader', { header: header! })],
  [/^comments must be separated from other tokens by white space characters$/, () => message('load.parser.commentSpace')],
  [/^tags and anchors must be separated from the next token by white space$/, () => message('load.parser.propertySpace')],
  [/^invalid escape sequence (.+)$/, ([, sequence]) => message('load.parser.badEscape', { sequence: sequence! })],
  [/^missing , between (flow sequence|flow map) items$/, ([, where]) => message(where === 'flow map' ? 'load.parser.missingCommaMap' : 'load.parser.missingCommaSequence')],
  [/^missing , or : between flow map items$/, () => message('load.parser.missingCommaOrColon')],
  [/^unexpected (\S+) at node end$/, ([, token]) => message('load.parser.unexpectedAtEnd', { token: token! })],
  [/^unexpected (\S+) token$/, ([, token]) => message('load.parser.unexpectedToken', { token: token! })],
  [/^unexpected (\S+) token in YAML stream: (.+)$/, ([, token, text]) => message('load.parser.unexpectedInStream', { token: token!, text: text! })],
  [/^unexpected (\S+) on same line with key$/, ([, token]) => message('load.parser.unexpectedAfterKey', { token: token! })],
  [/^unresolved tag: (.+)$/, ([, tag]) => message('load.parser.unresolvedTag', { tag: tag! })],
];

/** The parser's sentence (already lower-cased) as a message of the catalogue. */
export function parserSentence(sentence: string): Message {
  for (const [pattern, words] of SENTENCES) {
    const match = pattern.exec(sentence);
    if (match) return words(match);
  }
  return message('load.yamlParser', { detail: sentence });
}
