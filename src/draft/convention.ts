import type { Agreement, Organization, Provenance } from '../types.js';
import { organizationOn } from '../registry/succession.js';
import { say } from '../text/say.js';
import type { DraftContext } from './render.js';
import { explainRenderError, renderBlock, renderDocument } from './render.js';
import type { TemplateSpec } from './template.js';
import type { Value } from './variables.js';
import { coerceValues } from './variables.js';

export interface DraftInput {
  readonly id: string;
  readonly framework: Agreement;
  readonly spec: TemplateSpec;
  readonly raw: ReadonlyMap<string, unknown>;
  readonly origins?: ReadonlyMap<string, string>;
  readonly registry: ReadonlyMap<string, Organization>;
  readonly provenance: Omit<Provenance, 'variables'>;
  /** The texts kept beside the record that the template places (`clauses_locales`, `annexes`). */
  readonly companions?: Pick<DraftContext, 'clauses_locales' | 'annexes'>;
}

export type Draft =
  | { readonly ok: true; readonly record: Agreement; readonly document: string; readonly organization?: Organization; readonly values: ReadonlyMap<string, Value> }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The record keys in the order the SPEC lists them, so drafted files read like hand-written ones. */
const KEY_ORDER = ['id', 'title', 'kind', 'level', 'parties', 'signed', 'place', 'effective', 'term', 'notice', 'review_every', 'committee', 'parent', 'supersedes', 'template', 'territory', 'termination', 'sources', 'tags', 'notes', 'provenance'];

/**
 * Draft a local convention: check every value, then render the record, the registry entry
 * and the text. Parties are named as of the signature date (Pôle emploi becomes France
 * Travail from 2024-01-01). Pure: the command reads the template and writes the files.
 */
export function draftConvention(input: DraftInput): Draft {
  const { values, problems } = coerceValues(input.spec.variables, input.raw, input.origins);
  if (problems.length > 0) return { ok: false, problems };
  const signed = stringValue(values, 'date_signature') ?? input.framework.signed ?? '';
  const context: DraftContext = {
    id: input.id,
    operateur_nom: operatorName(input.framework, signed, input.registry),
    accord_cadre_id: input.framework.id,
    accord_cadre_titre: input.framework.title,
    accord_cadre_date: input.framework.signed ?? '',
    ...input.companions,
  };
  try {
    const rendered = renderBlock(input.spec.record, input.spec, values, context) as Partial<Agreement>;
    const parties = (rendered.parties ?? []).map((party) => ({ ...party, org: organizationOn(party.org, rendered.signed ?? signed, input.registry) }));
    const record = ordered({
      ...rendered,
      id: input.id,
      parties,
      parent: input.framework.id,
      provenance: { ...input.provenance, variables: Object.fromEntries(values) },
    });
    const organization = input.spec.organization ? (renderBlock(input.spec.organization, input.spec, values, context) as Organization) : undefined;
    const document = renderDocument(input.spec, values, context);
    if ('problem' in document) return { ok: false, problems: [document.problem] };
    return { ok: true, record, document: document.text, values, ...(organization ? { organization } : {}) };
  } catch (error) {
    return { ok: false, problems: [say('draft.cannotRender', { reason: explainRenderError(error) })] };
  }
}

/** The framework's public-employment party (the one France Travail took over), named as of `date`. */
function operatorName(framework: Agreement, date: string, registry: ReadonlyMap<string, Organization>): string {
  const operator = framework.parties.map((p) => p.org).find((org) => org === 'pole-emploi' || org === 'france-travail') ?? 'pole-emploi';
  const current = organizationOn(operator, date, registry);
  return registry.get(current)?.name ?? (current === 'france-travail' ? 'France Travail' : 'Pôle emploi');
}

function stringValue(values: ReadonlyMap<string, Value>, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
}

function ordered(record: Record<string, unknown>): Agreement {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out as unknown as Agreement;
}
