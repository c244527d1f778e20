import { say } from '../text/say.js';

/**
 * The `yaml` parser's own sentences, said again from the catalogue so that they read in the
 * chosen language. The English entries are the parser's words (first letter lower-cased), so
 * English output is the parser's; a sentence not listed here keeps the parser's wording.
 */
const SENTENCES: readonly (readonly [RegExp, (match: RegExpExecArray) => string])[] = [
  [/^all mapping items must start at the same column$/, () => say('load.parser.mappingColumn')],
  [/^all sequence items must start at the same column$/, () => say('load.parser.sequenceColumn')],
  [/^implicit keys need to be on a single line$/, () => say('load.parser.keyOneLine')],
  [/^implicit map keys need to be followed by map values$/, () => say('load.parser.keyWithoutValue')],
  [/^nested mappings are not allowed in compact mappings$/, () => say('load.parser.nestedInCompact')],
  [/^a block sequence may not be used as an implicit map key$/, () => say('load.parser.sequenceAsKey')],
  [/^sequence item without - indicator$/, () => say('load.parser.itemWithoutDash')],
  [/^plain value cannot start with a tab character$/, () => say('load.parser.plainStartTab')],
  [/^plain value cannot start with reserved character (.)$/, ([, char]) => say('load.parser.plainStart', { char: char! })],
  [/^plain value cannot start with block scalar indicator (.)$/, ([, char]) => say('load.parser.plainStartBlock', { char: char! })],
  [/^block collections are not allowed within flow collections$/, () => say('load.parser.blockInFlow')],
  [/^block scalar header includes extra characters: (.+)$/, ([, header]) => say('load.parser.blockHeader', { header: header! })],
  [/^comments must be separated from other tokens by white space characters$/, () => say('load.parser.commentSpace')],
  [/^tags and anchors must be separated from the next token by white space$/, () => say('load.parser.propertySpace')],
  [/^invalid escape sequence (.+)$/, ([, sequence]) => say('load.parser.badEscape', { sequence: sequence! })],
  [/^missing , between (flow sequence|flow map) items$/, ([, where]) => say(where === 'flow map' ? 'load.parser.missingCommaMap' : 'load.parser.missingCommaSequence')],
  [/^missing , or : between flow map items$/, () => say('load.parser.missingCommaOrColon')],
  [/^unexpected (\S+) at node end$/, ([, token]) => say('load.parser.unexpectedAtEnd', { token: token! })],
  [/^unexpected (\S+) token$/, ([, token]) => say('load.parser.unexpectedToken', { token: token! })],
  [/^unexpected (\S+) token in YAML stream: (.+)$/, ([, token, text]) => say('load.parser.unexpectedInStream', { token: token!, text: text! })],
  [/^unexpected (\S+) on same line with key$/, ([, token]) => say('load.parser.unexpectedAfterKey', { token: token! })],
  [/^unresolved tag: (.+)$/, ([, tag]) => say('load.parser.unresolvedTag', { tag: tag! })],
];

/** The parser's sentence (already lower-cased) in the current language. */
export function parserSentence(sentence: string): string {
  for (const [pattern, words] of SENTENCES) {
    const match = pattern.exec(sentence);
    if (match) return words(match);
  }
  return say('load.yamlParser', { detail: sentence });
}
