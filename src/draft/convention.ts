import type { Agreement, Organization, Provenance } from '../types.js';
import { organizationOn } from '../registry/succession.js';
import { departement, region, withArticle } from './territory.js';
import type { DraftContext } from './render.js';
import { explainRenderError, renderBlock, renderDocument } from './render.js';
import type { TemplateSpec } from './template.js';
import type { Value } from './variables.js';
import { coerceValues } from './variables.js';
import type { Say } from '../text/say.js';

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
  /**
   * The day parties are named as of when the convention has neither a signature date nor a
   * planned one (`new` gives its as-of day). Without it, the effective date, else the framework's.
   */
  readonly asOf?: string;
}

export type Draft =
  | { readonly ok: true; readonly record: Agreement; readonly document: string; readonly organization?: Organization; readonly values: ReadonlyMap<string, Value> }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The record keys in the order the SPEC lists them, so drafted files read like hand-written ones. */
const KEY_ORDER = ['id', 'title', 'kind', 'level', 'parties', 'signed', 'place', 'effective', 'term', 'notice', 'review_every', 'committee', 'parent', 'supersedes', 'template', 'territory', 'termination', 'sources', 'tags', 'notes', 'provenance'];

/**
 * Draft a local convention: check every value, then render the record, the registry entry
 * and the text. Parties are named as of the convention's date — its signature date when the
 * record is signed, else the planned date (`date_prevue`), else the start, else `asOf` (Pôle
 * emploi becomes France Travail from 2024-01-01). A draft has no `date_signature`: its record
 * has no `signed` and its text leaves the date blank; `render` and `sign` pass the record's
 * `signed` and `effective` back as `date_signature` and `date_effet` (`valuesFromRecord`).
 * Pure: the command reads the template and writes the files.
 */
export function draftConvention(say: Say, input: DraftInput): Draft {
  const { values, problems } = coerceValues(say, input.spec.variables, input.raw, input.origins);
  const territory = territoryContext(say, values, problems);
  problems.push(...termProblems(say, input.spec, values, input.raw));
  problems.push(...axisProblems(say, input.spec, values));
  if (problems.length > 0) return { ok: false, problems };
  // The convention's date: signed (a record being rendered), else planned, else the start, else the as-of day.
  const date = stringValue(values, 'date_signature') ?? stringValue(values, 'date_prevue') ?? stringValue(values, 'date_effet') ?? input.asOf ?? input.framework.signed ?? '';
  const operator = operatorOf(input.framework);
  const operatorNow = organizationOn(operator, date, input.registry);
  const context: DraftContext = {
    id: input.id,
    operateur_nom: organizationName(operatorNow, input.registry),
    operateur_successeur: operatorNow !== operator,
    operateur_signataire_national: organizationName(operator, input.registry),
    accord_cadre_id: input.framework.id,
    accord_cadre_titre: input.framework.title,
    accord_cadre_date: input.framework.signed ?? '',
    accord_cadre_nature: input.framework.kind,
    ...territory,
    ...input.companions,
  };
  try {
    const rendered = renderBlock(say, input.spec.record, input.spec, values, context) as Partial<Agreement>;
    const parties = (rendered.parties ?? []).map((party) => ({ ...party, org: organizationOn(party.org, rendered.signed ?? date, input.registry) }));
    const record = ordered({
      ...tidy(rendered),
      id: input.id,
      parties,
      parent: input.framework.id,
      provenance: { ...input.provenance, variables: Object.fromEntries(values) },
    });
    const organization = input.spec.organization ? (renderBlock(say, input.spec.organization, input.spec, values, context) as Organization) : undefined;
    const document = renderDocument(say, input.spec, values, context);
    if ('problem' in document) return { ok: false, problems: [document.problem] };
    return { ok: true, record, document: document.text, values, ...(organization ? { organization } : {}) };
  } catch (error) {
    return { ok: false, problems: [say('draft.cannotRender', { reason: explainRenderError(say, error) })] };
  }
}

/** The framework's public-employment party (the one France Travail took over). */
function operatorOf(framework: Agreement): string {
  return framework.parties.map((p) => p.org).find((org) => org === 'pole-emploi' || org === 'france-travail') ?? 'pole-emploi';
}

function organizationName(id: string, registry: ReadonlyMap<string, Organization>): string {
  return registry.get(id)?.name ?? (id === 'france-travail' ? 'France Travail' : 'Pôle emploi');
}

/**
 * The names of the territory a template's `departement` / `region` code designates, from the
 * official list; a code that list does not have is a problem (`departement=999`).
 */
function territoryContext(say: Say, values: ReadonlyMap<string, Value>, problems: string[]): Pick<DraftContext, 'departement_nom' | 'departement_le' | 'departement_de' | 'region_nom' | 'region_de'> {
  const out = { departement_nom: '', departement_le: '', departement_de: '', region_nom: '', region_de: '' };
  const dep = stringValue(values, 'departement');
  if (dep !== undefined) {
    const found = departement(dep);
    if (found) {
      const named = withArticle(found);
      Object.assign(out, { departement_nom: found.nom, departement_le: named.le, departement_de: named.de });
    } else problems.push(say('drafting.unknownDepartement', { code: dep }));
  }
  const reg = stringValue(values, 'region');
  if (reg !== undefined) {
    const found = region(reg);
    if (found) Object.assign(out, { region_nom: found.nom, region_de: withArticle(found).de });
    else problems.push(say('drafting.unknownRegion', { code: reg }));
  }
  return out;
}

/**
 * Renewal and notice that the record could model one way and the text say another: notice
 * « avant l'échéance » has nothing to stop unless the renewal is tacit.
 */
function termProblems(say: Say, spec: TemplateSpec, values: Map<string, Value>, raw: ReadonlyMap<string, unknown>): string[] {
  const declared = new Set(spec.variables.map((v) => v.name));
  if (!declared.has('preavis_mode')) return [];
  const renewal = stringValue(values, 'reconduction') ?? 'none';
  const mode = stringValue(values, 'preavis_mode');
  if (mode === 'before-renewal' && renewal !== 'tacit') {
    // The template's default follows the renewal; a value the user gave is refused.
    if (raw.get('preavis_mode') === undefined || raw.get('preavis_mode') === null) values.set('preavis_mode', 'any-time');
    else return [say('drafting.noticeWithoutTacit', { renewal })];
  }
  return [];
}

/** A template whose commitments are chosen axis by axis (`axe_…`) needs at least one. */
function axisProblems(say: Say, spec: TemplateSpec, values: ReadonlyMap<string, Value>): string[] {
  const axes = spec.variables.filter((v) => v.name.startsWith('axe_') && v.type === 'boolean').map((v) => v.name);
  if (axes.length === 0 || axes.some((name) => values.get(name) === true)) return [];
  return [say('drafting.noAxis', { names: axes.join(', ') })];
}

function stringValue(values: ReadonlyMap<string, Value>, name: string): string | undefined {
  const value = values.get(name);
  return typeof value === 'string' ? value : undefined;
}

/**
 * What a template's record block cannot leave out by itself: `notice` when the template's
 * notice mode is `none` (no unilateral notice), and the renewal settings of a term that is not
 * tacitly renewed (they would have no effect).
 */
function tidy(rendered: Partial<Agreement>): Partial<Agreement> {
  const out: Record<string, unknown> = { ...rendered };
  const notice = rendered.notice as { applies?: string } | undefined;
  if (notice && (notice.applies as string) === 'none') delete out.notice;
  if (rendered.term && rendered.term.renewal !== 'tacit') {
    const { renewal_period: _period, max_renewals: _max, ...term } = rendered.term;
    out.term = term;
  }
  return out as Partial<Agreement>;
}

function ordered(record: Record<string, unknown>): Agreement {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out as unknown as Agreement;
}
