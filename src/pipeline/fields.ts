import { RULE_FIELDS } from '../check/rules/index.js';

/**
 * The fields of a record the facts store keeps: what some rule reads, and what `list`, `due`,
 * `report`, `show` and `list --coverage` print or compute (of a party, its organization only).
 * A command that needs more of a record (its signatories, its provenance) reads it whole.
 */
export const FACT_FIELDS: readonly string[] = [
  ...new Set([...RULE_FIELDS, 'title', 'kind', 'level', 'parties', 'signed', 'effective', 'term', 'notice', 'review_every', 'termination', 'territory', 'parent', 'changes', 'committee', 'lead', 'template']),
];
