import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Agreement, ExitCode, LoadedAgreement, Organization } from '../types.js';
import type { DocxOptions } from '../document/docx.js';
import { draftConvention } from '../draft/convention.js';
import { editRecordText } from '../edit/edit-record.js';
import type { TemplateSpec } from '../draft/template.js';
import { LIMITS } from '../parse/limits.js';
import { readRegularFile } from '../load/read.js';
import { isInside, writeFileAtomic } from '../load/write.js';
import { closest } from '../text/suggest.js';
import { companionFile, readCompanions, textSha256 } from './companions.js';
import type { Companions } from './companions.js';
import type { CommonOptions, Io } from './context.js';
import { chooseFormat, usageError } from './context.js';
import { FORMATS } from './formats.js';
import { loadTemplate } from './drafting.js';
import type { LoadedTemplate } from './drafting.js';
import { openRepository } from './open.js';
import type { Say } from '../text/say.js';

export interface RenderOptions extends CommonOptions {
  check?: boolean;
  force?: boolean;
  out?: string;
}

type Status = 'unchanged' | 'written' | 'differs' | 'missing' | 'edited' | 'error';

interface Outcome {
  readonly id: string;
  readonly file: string;
  readonly status: Status;
  readonly message?: string;
  readonly staleTemplate?: boolean;
  /** `edited` only: the record keeps no fingerprint of the text (drafted before `text_sha256`). */
  readonly unfingerprinted?: boolean;
  /** `--format docx`: the Word document written, or why not. */
  readonly docx?: string;
  readonly docxError?: string;
}

/**
 * `accords render [ids...]` regenerates the text of drafted conventions from their record and
 * template; `--check` only compares and exits 1 when a committed text differs (for CI);
 * `--format docx` also writes each one's Word document from its text.
 *
 * The text is the user's (SPEC §7): a `.md` whose bytes are not those the tool last wrote
 * (`provenance.text_sha256`) is left as it is, named, and the run exits 1, unless `--force`.
 */
export async function renderCommand(ids: string[], options: RenderOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  // The text (`md`, the default), the text and a Word document (`docx`), or the text with the report as JSON.
  const format = chooseFormat(io, FORMATS.render, options.format);
  if (typeof format === 'number') return format;
  if (options.out !== undefined) {
    if (format !== 'docx') return usageError(io, say('render.outNeedsDocx'), say('render.outHint'));
    if (options.check) return usageError(io, say('render.outWithCheck'), say('render.outHint'));
    if (ids.length !== 1) return usageError(io, say('render.outNeedsOneId', { count: ids.length }), say('render.outHint'));
  }
  const repository = await openRepository(io, options, { whole: true });
  if (typeof repository === 'number') return repository;
  const { tree, registry } = repository;
  const drafted = tree.agreements.filter((a) => a.agreement.provenance);
  const draftedIds = new Set(drafted.map((a) => a.agreement.id));
  // Invalid records that look drafted could not be checked: each one is a problem (SPEC §7).
  const unchecked = tree.invalidFiles.filter((file) => looksDrafted(tree.root, file));
  const stem = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  for (const id of ids) {
    if (!draftedIds.has(id) && !unchecked.some((file) => stem(file) === id)) {
      const guess = closest(id, drafted.map((a) => a.agreement.id));
      return usageError(io, say('draft.notDrafted', { id }), guess ? say('common.didYouMean', { guess }) : say('draft.seeListLocal'));
    }
  }
  const wanted = new Set(ids);
  const targets = ids.length > 0 ? drafted.filter((a) => wanted.has(a.agreement.id)) : drafted;
  // By id, the first of each (as a search would find it): a framework is looked up per convention.
  const byId = new Map<string, LoadedAgreement>();
  for (const loaded of tree.agreements) if (!byId.has(loaded.agreement.id)) byId.set(loaded.agreement.id, loaded);
  const templates = templateCache(say, tree.root);
  // A draft (no date of signature, none planned) names its parties as of the as-of day, as `new` does.
  const settings = { checkOnly: Boolean(options.check), force: Boolean(options.force), asOf: repository.asOf };
  const outcomes: Outcome[] = targets.map((loaded) => renderOne(say, loaded, tree.root, byId, registry, templates, settings));
  for (const file of unchecked) {
    if (ids.length === 0 || wanted.has(stem(file))) outcomes.push({ id: stem(file), file, status: 'error', message: say('render.invalidRecord', { file }) });
  }

  if (format === 'docx' && !options.check) {
    const { markdownToDocx } = await import('../document/docx.js');
    for (const [i, outcome] of outcomes.entries()) {
      const loaded = targets[i];
      if (!loaded || outcome.status === 'error') continue;
      const target = options.out !== undefined ? (isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out)) : join(tree.root, loaded.file.replace(/\.ya?ml$/, '.docx'));
      const shown = options.out !== undefined ? options.out : loaded.file.replace(/\.ya?ml$/, '.docx');
      outcomes[i] = { ...outcome, ...(await writeDocx(say, tree.root, loaded, registry, target, shown, markdownToDocx)) };
    }
  }

  if (format === 'json') io.stdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  else {
    for (const o of outcomes) {
      io.stdout(`${say(STATUS_WORDS[o.status]).padEnd(9)} ${outcomeLine(say, o)}\n`);
      if (o.docx !== undefined) io.stdout(`${say(o.docxError === undefined ? 'render.statusDocx' : 'draft.statusError').padEnd(9)} ${o.docxError === undefined ? o.docx : say('draft.renderError', { file: o.docx, message: o.docxError })}\n`);
    }
    if (outcomes.length === 0) io.stdout(`${say('draft.nothingToRender')}\n`);
  }
  return outcomes.some((o) => o.status === 'differs' || o.status === 'missing' || o.status === 'edited' || o.status === 'error' || o.docxError !== undefined) ? 1 : 0;
}

const STATUS_WORDS = { unchanged: 'draft.statusOk', written: 'draft.statusRendered', differs: 'draft.statusDiffers', missing: 'draft.statusMissing', edited: 'render.statusEdited', error: 'draft.statusError' } as const;

/** What follows an outcome's status word: its file, and what to do about it. */
function outcomeLine(say: Say, o: Outcome): string {
  const file = o.file;
  const stale = o.staleTemplate ? ` ${say('draft.staleTemplate')}` : '';
  if (o.status === 'differs') return say('draft.renderDiffers', { file, stale, id: o.id });
  if (o.status === 'missing') return say('draft.renderMissing', { file, id: o.id });
  if (o.status === 'edited') return say(o.unfingerprinted ? 'render.textUnfingerprinted' : 'render.textEdited', { file, id: o.id, clauses: companionFile(file.replace(/\.md$/, '.yaml'), 'clauses_locales') });
  if (o.status === 'error') return say('draft.renderError', { file, message: o.message ?? '' });
  return `${file}${stale}`;
}

/**
 * Whether an invalid record looks like a drafted one: it has a `provenance:` key, or the
 * `template_sha256:` that only drafting writes, at whatever indentation, quoted or not (a record
 * whose YAML is broken cannot say more).
 */
function looksDrafted(root: string, file: string): boolean {
  try {
    return /^[ \t]*["']?(?:provenance|template_sha256)["']?[ \t]*:/m.test(readFileSync(join(root, file), 'utf8'));
  } catch {
    return false;
  }
}

/** A template and the SHA-256 of its text, as drafting recorded it in `provenance`. */
type HashedTemplate = LoadedTemplate & { readonly sha256?: string };

/** Each template read, parsed and hashed once a run, however many conventions it drafted. */
function templateCache(say: Say, root: string): (path: string | undefined, owner: string) => HashedTemplate {
  const loaded = new Map<string, HashedTemplate>();
  return (path, owner) => {
    const known = path === undefined ? undefined : loaded.get(path);
    if (known) return known;
    const template = loadTemplate(say, root, path, owner);
    // A template that cannot be used is loaded again for each convention: its message names the convention.
    if (!template.ok || path === undefined) return template;
    const hashed = { ...template, sha256: createHash('sha256').update(template.text).digest('hex') };
    loaded.set(path, hashed);
    return hashed;
  };
}

function renderOne(
  say: Say,
  loaded: LoadedAgreement,
  root: string,
  byId: ReadonlyMap<string, LoadedAgreement>,
  registry: ReadonlyMap<string, Organization>,
  templateFor: (path: string | undefined, owner: string) => HashedTemplate,
  { checkOnly, force, asOf }: { readonly checkOnly: boolean; readonly force: boolean; readonly asOf: string },
): Outcome {
  const record = loaded.agreement;
  const file = loaded.file.replace(/\.ya?ml$/, '.md');
  const base = { id: record.id, file };
  const provenance = record.provenance!;
  const framework = record.parent ? byId.get(record.parent) : undefined;
  if (!framework) {
    const parent = record.parent;
    return { ...base, status: 'error', message: parent === undefined || parent === null ? say('draft.noParent') : say('draft.parentNotValid', { parent }) };
  }
  const template = templateFor(provenance.template, record.id);
  if (!template.ok) return { ...base, status: 'error', message: template.message };
  const staleTemplate = template.sha256 !== provenance.template_sha256;
  const companions = readCompanions(say, root, loaded.file);
  if (!companions.ok) return { ...base, status: 'error', message: companions.message };
  const render = (raw: ReadonlyMap<string, unknown>, extra: Companions) =>
    draftConvention(say, { id: record.id, framework: framework.agreement, spec: template.spec, raw, registry, companions: extra, asOf, provenance: { template: provenance.template, template_sha256: provenance.template_sha256, tool_version: provenance.tool_version } });
  const raw = new Map<string, unknown>(Object.entries(provenance.variables));
  for (const [name, value] of valuesFromRecord(template.spec, record)) raw.set(name, value);
  const draft = render(raw, companions.companions);
  if (!draft.ok) return { ...base, status: 'error', message: draft.problems.join(say('draft.problemSeparator')), staleTemplate };
  // As `new` does: never through a folder that links out of the root.
  if (!isInside(join(root, 'agreements'), join(root, file))) return { ...base, status: 'error', message: say('robust.renderOutside', { file, folder: join(root, 'agreements') }) };
  // A regular file only (a FIFO in its place would hang the run); an unreadable one is rewritten.
  const read = readRegularFile(join(root, file), LIMITS.maxTemplateBytes);
  const current: string | undefined = read.ok ? read.text : undefined;
  if (current === draft.document) return { ...base, status: 'unchanged', staleTemplate };
  const owner = current === undefined ? 'tool' : whoWrote(current, provenance.text_sha256, () => {
    // Drafted before the fingerprint: the text is the tool's only if it is, byte for byte, the
    // one `new` wrote (the variables as drafted, no companion files: they did not exist yet).
    const first = render(new Map(Object.entries(provenance.variables)), {});
    return first.ok ? first.document : undefined;
  });
  if (owner !== 'tool' && !(force && !checkOnly)) return { ...base, status: 'edited', staleTemplate, ...(owner === 'unknown' ? { unfingerprinted: true } : {}) };
  if (checkOnly) return { ...base, status: current === undefined ? 'missing' : 'differs', staleTemplate };
  const written = writeFileAtomic(join(root, file), draft.document, { overwrite: true });
  if (!written.ok) return { ...base, status: 'error', message: say.message(written.message) };
  const fingerprint = recordFingerprint(say, root, loaded.file, textSha256(draft.document));
  if (fingerprint !== undefined) return { ...base, status: 'error', message: fingerprint, staleTemplate };
  return { ...base, status: 'written', staleTemplate };
}

/**
 * Whose text is on disk: the tool's (its bytes are the ones the tool last wrote), a person's
 * (they differ from them), or `unknown` for a record drafted before `text_sha256` whose text is
 * not the one the tool would have written then.
 */
function whoWrote(current: string, sha256: string | undefined, firstText: () => string | undefined): 'tool' | 'person' | 'unknown' {
  if (sha256 !== undefined) return textSha256(current) === sha256 ? 'tool' : 'person';
  return firstText() === current ? 'tool' : 'unknown';
}

/** Record the text's fingerprint in the record, in place (comments and order kept); a problem, if any. */
function recordFingerprint(say: Say, root: string, recordFile: string, sha256: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(join(root, recordFile), 'utf8');
  } catch (error) {
    return say('render.recordNotUpdated', { file: recordFile, reason: (error as Error).message });
  }
  const edited = editRecordText(text, [{ path: ['provenance', 'text_sha256'], value: sha256 }]);
  if (!edited.ok) return say('render.recordNotUpdated', { file: recordFile, reason: say.message(edited.message) });
  if (edited.text === text) return undefined;
  const written = writeFileAtomic(join(root, recordFile), edited.text, { overwrite: true });
  return written.ok ? undefined : say('render.recordNotUpdated', { file: recordFile, reason: say.message(written.message) });
}

/** The Word document of a convention, from its text as it is on disk. */
async function writeDocx(
  say: Say,
  root: string,
  loaded: LoadedAgreement,
  registry: ReadonlyMap<string, Organization>,
  target: string,
  shown: string,
  markdownToDocx: (markdown: string, options: DocxOptions) => Promise<Uint8Array>,
): Promise<Pick<Outcome, 'docx' | 'docxError'>> {
  const textFile = loaded.file.replace(/\.ya?ml$/, '.md');
  let markdown: string;
  try {
    markdown = readFileSync(join(root, textFile), 'utf8');
  } catch {
    return { docx: shown, docxError: say('render.docxNoText', { file: textFile, id: loaded.agreement.id }) };
  }
  const bytes = await markdownToDocx(markdown, docxOptions(loaded.agreement, registry));
  const written = writeFileAtomic(target, bytes, { overwrite: true });
  return written.ok ? { docx: shown } : { docx: shown, docxError: say.message(written.message) };
}

/** The title, place, date and signature blocks of a record: each party named as the record names it (its registry name). */
export function docxOptions(record: Agreement, registry: ReadonlyMap<string, Organization>): DocxOptions {
  return {
    title: record.title,
    ...(record.place ? { place: record.place } : {}),
    ...(typeof record.signed === 'string' ? { date: record.signed } : {}),
    signatures: record.parties.map((party) => ({
      party: registry.get(party.org)?.name ?? party.org,
      ...(party.signatory?.name ? { signatory: party.signatory.name } : {}),
      ...(party.signatory?.role ? { role: party.signatory.role } : {}),
    })),
  };
}

/**
 * The values a record now holds for the variables its template maps one-to-one onto record
 * fields (a leaf `"{{date_signature}}"` under `signed:`): edit the record, and the text follows.
 */
export function valuesFromRecord(spec: TemplateSpec, record: Agreement): Map<string, unknown> {
  const found = new Map<string, unknown>();
  const walk = (shape: unknown, value: unknown): void => {
    if (typeof shape === 'string') {
      const whole = /^\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}$/.exec(shape);
      if (whole && value !== undefined && value !== null && typeof value !== 'object') found.set(whole[1]!, value);
      return;
    }
    if (Array.isArray(shape) && Array.isArray(value)) shape.forEach((item, i) => walk(item, value[i]));
    else if (shape && typeof shape === 'object' && value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(shape)) walk(inner, (value as Record<string, unknown>)[key]);
    }
  };
  walk(spec.record, record);
  // Party ids are stored with successors applied: the template's own value is the one to keep.
  for (const variable of spec.variables) if (variable.name.endsWith('_id') && record.provenance?.variables[variable.name] !== undefined) found.set(variable.name, record.provenance.variables[variable.name]);
  return found;
}
