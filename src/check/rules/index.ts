import type { Rule } from '../rule.js';
import { dateOrder } from './date-order.js';
import { idMatchesFile } from './id-matches-file.js';
import { knownOrganization } from './known-organization.js';
import { knownReference } from './known-reference.js';
import { organizationRegistry } from './organization-registry.js';
import { parentRequired } from './parent-required.js';
import { referenceCycle } from './reference-cycle.js';
import { renewalSettings } from './renewal-settings.js';
import { signedBeforeParent } from './signed-before-parent.js';
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
  parentRequired,
  templateExists,
  organizationRegistry,
];
