import type { MessageKey } from '../../text/say.js';
import { say } from '../../text/say.js';
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

/**
 * A map of fixed ids whose descriptions are said when read, in the language of that moment:
 * it is built when first imported, which may be before the language is chosen.
 */
class Descriptions extends Map<string, string> {
  constructor(private readonly describe: ReadonlyMap<string, () => string>) {
    super([...describe.keys()].map((id): [string, string] => [id, '']));
  }

  override get(id: string): string | undefined {
    return this.describe.get(id)?.();
  }

  override entries(): MapIterator<[string, string]> {
    return this.now().entries();
  }

  override values(): MapIterator<string> {
    return this.now().values();
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(callback: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    for (const [id, text] of this.now()) callback.call(thisArg, text, id, this);
  }

  private now(): Map<string, string> {
    return new Map([...this.describe].map(([id, describe]): [string, string] => [id, describe()]));
  }
}

/** Every rule id a diagnostic may carry, with what it checks (SARIF and the docs list them). */
export const RULE_DESCRIPTIONS: ReadonlyMap<string, string> = new Descriptions(
  new Map<string, () => string>([
    ...EARLY_RULES.map(([id, key]): [string, () => string] => [id, () => say(key)]),
    ...RULES.map((rule): [string, () => string] => [rule.id, () => rule.description]),
  ]),
);
