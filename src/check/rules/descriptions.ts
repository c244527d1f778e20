import { RULES } from './index.js';

/** Every rule id a diagnostic may carry, with what it checks (SARIF and the docs list them). */
export const RULE_DESCRIPTIONS: ReadonlyMap<string, string> = new Map([
  ['unreadable-file', 'The file can be read as UTF-8 within the size limit.'],
  ['yaml-syntax', 'The file is well-formed YAML.'],
  ['yaml-duplicate-key', 'A key appears once in a mapping.'],
  ['yaml-alias', 'Aliases stay within the expansion limit.'],
  ['yaml-nesting', 'Nesting stays within the depth limit.'],
  ['reserved-key', 'No key is named __proto__, constructor or prototype.'],
  ['empty-file', 'The file holds a document.'],
  ['document-shape', 'A record is a mapping; the registry is a list.'],
  ['missing-registry', 'agreements/organizations.yaml exists.'],
  ['unknown-key', 'Every key is one the schema knows.'],
  ['missing-key', 'Required keys are present.'],
  ['invalid-type', 'Values have the type the schema expects.'],
  ['invalid-value', 'Values are among those allowed.'],
  ['invalid-date', 'Dates are written YYYY-MM-DD and exist in the calendar.'],
  ['invalid-duration', 'Durations are ISO 8601 date durations (P1Y, P6M, P6W, P90D).'],
  ['invalid-id', 'Ids are lower-case slugs.'],
  ['schema', 'The value satisfies the JSON Schema.'],
  ...RULES.map((rule): [string, string] => [rule.id, rule.description]),
]);
