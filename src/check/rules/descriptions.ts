import type { MessageKey } from '../../text/say.js';
import { RULES } from './index.js';

/** The rules reported before the semantic ones (reading, parsing, the schema), with what each checks. */
const EARLY_RULES: readonly [string, MessageKey & `check.rule.${string}`][] = [
  ['unreadable-file', 'check.rule.unreadableFile'],
  ['yaml-syntax', 'check.rule.yamlSyntax'],
  ['yaml-duplicate-key', 'check.rule.yamlDuplicateKey'],
  ['yaml-alias', 'check.rule.yamlAlias'],
  ['yaml-nesting', 'check.rule.yamlNesting'],
  ['reserved-key', 'check.rule.reservedKey'],
  ['empty-file', 'check.rule.emptyFile'],
  ['document-shape', 'check.rule.documentShape'],
  ['missing-registry', 'check.rule.missingRegistry'],
  ['unknown-key', 'check.rule.unknownKey'],
  ['missing-key', 'check.rule.missingKey'],
  ['invalid-type', 'check.rule.invalidType'],
  ['invalid-value', 'check.rule.invalidValue'],
  ['invalid-date', 'check.rule.invalidDate'],
  ['invalid-duration', 'check.rule.invalidDuration'],
  ['invalid-id', 'check.rule.invalidId'],
  ['schema', 'check.rule.schema'],
];

/** Every rule id a diagnostic may carry, with the key of what it checks (SARIF words them). */
export function ruleDescriptions(): ReadonlyMap<string, MessageKey> {
  return new Map([...EARLY_RULES, ...RULES.map((rule): [string, MessageKey] => [rule.id, rule.description])]);
}
