import type { Rule } from '../rule.js';
import { dateOrder } from './date-order.js';
import { idMatchesFile } from './id-matches-file.js';
import { knownOrganization } from './known-organization.js';
import { knownReference } from './known-reference.js';
import { knownTerritory } from './known-territory.js';
import { organizationRegistry } from './organization-registry.js';
import { parentInForce } from './parent-in-force.js';
import { parentRequired } from './parent-required.js';
import { referenceCycle } from './reference-cycle.js';
import { renewalSettings } from './renewal-settings.js';
import { signedBeforeParent } from './signed-before-parent.js';
import { signedCopy } from './signed-copy.js';
import { signedCopyExpected } from './signed-copy-expected.js';
import { templateExists } from './template-exists.js';
import { termShape } from './term-shape.js';
import { terminationByParty } from './termination-by-party.js';
import { uniqueId } from './unique-id.js';

/** Every semantic rule, run in this order after the schema check. */
export const RULES: readonly Rule[] = [
  idMatchesFile,
  uniqueId,
  knownOrganization,
  knownReference,
  referenceCycle,
  termShape,
  dateOrder,
  terminationByParty,
  renewalSettings,
  signedBeforeParent,
  parentInForce,
  parentRequired,
  templateExists,
  organizationRegistry,
  knownTerritory,
  signedCopy,
  signedCopyExpected,
];

/**
 * The fields of a record that some rule reads (of `parties`, each one's `org`). `validate` keeps only these of each record
 * between the per-file stage and the rules (a differential test holds them to it).
 */
export const RULE_FIELDS: readonly string[] = ['id', 'kind', 'level', 'parties', 'signed', 'effective', 'term', 'notice', 'review_every', 'termination', 'parent', 'supersedes', 'template', 'territory', 'signed_copy'];
