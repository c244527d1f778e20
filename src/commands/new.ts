import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExitCode, Organization } from '../types.js';
import { draftConvention } from '../draft/convention.js';
import { frameworkWarnings } from '../draft/framework.js';
import { partnerProblems } from '../draft/partner.js';
import type { TemplateSpec } from '../draft/template.js';
import { wordProblem } from '../format/word-problem.js';
import { runPipeline } from '../pipeline/run.js';
import { REGISTRY_FILE } from '../load/tree.js';
import { parseFastYaml } from '../parse/fast-yaml.js';
import { LIMITS } from '../parse/limits.js';
import { readRegularFile } from '../load/read.js';
import { acquireLock, commitFiles, hasStaleCommits, isInside, recoverCommits } from '../load/write.js';
import type { PlannedFile } from '../load/write.js';
import { parseYaml } from '../parse/yaml.js';
import { closest } from '../text/suggest.js';
import { TOOL_VERSION } from '../version.js';
import type { CommonOptions, Io } from './context.js';
import { chooseFormat, usageError } from './context.js';
import { FORMATS } from './formats.js';
import { readCompanions, textSha256 } from './companions.js';
import { collectValues, SLUG } from './drafting-input.js';
import { findAgreement, formatVariables, loadTemplate } from './drafting.js';
import { openRepository } from './open.js';
import { organizationYaml, recordYaml } from './record-text.js';
import type { Say } from '../text/say.js';

export interface NewOptions extends CommonOptions {
  from?: string;
  id?: string;
  set?: string[];
  vars?: string;
  listVars?: boolean;
  dryRun?: boolean;
  force?: boolean;
}

/**
 * `accords new --from <framework> --id <new-id>`: check every variable, render the record and
 * the convention, check the record against the tree it joins, then write both files atomically.
 * Nothing is written unless everything is right.
 */
export async function newCommand(options: NewOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  if (!options.from) return usageError(io, say('draft.missingFrom'), say('draft.missingFromHint'));
  const opened = await openRepository(io, options, { whole: true });
  if (typeof opened === 'number') return opened;
  // A run killed half-way is undone first, so that what it left is neither read nor refused as "exists".
  const repository = undoKilledRuns(opened.tree.root) ? await openRepository(io, options, { whole: true }) : opened;
  if (typeof repository === 'number') return repository;
  const { tree, registry, asOf } = repository;
  const framework = findAgreement(tree.agreements, options.from);
  if (!framework) {
    const withTemplate = tree.agreements.filter((a) => a.agreement.template).map((a) => a.agreement.id);
    const guess = closest(options.from, withTemplate);
    const hint = guess ? say('common.didYouMean', { guess }) : withTemplate.length > 0 ? say('draft.agreementsWithTemplate', { ids: withTemplate.join(', ') }) : say('draft.noAgreementWithTemplate');
    return usageError(io, say('draft.noValidAgreement', { id: options.from }), hint);
  }
  const template = loadTemplate(say, tree.root, framework.agreement.template, framework.agreement.id);
  if (!template.ok) {
    io.stderr(`accords: ${template.message}\n`);
    return 1;
  }
  if (options.listVars) {
    const format = chooseFormat(io, FORMATS.variables, options.format);
    if (typeof format === 'number') return format;
    io.stdout(formatVariables(say, template.spec, format));
    return 0;
  }
  if (!options.id) return usageError(io, say('draft.missingId'), say('draft.missingIdHint'));

  const problems: string[] = [];
  const id = options.id;
  if (!SLUG.test(id)) problems.push(say('draft.badId', { id }));
  const raw = collectValues(say, options.set ?? [], options.vars, io.cwd);
  problems.push(...raw.problems);
  problems.push(...plannedDate(template.spec, raw.values, raw.origins, io));
  if (io.stdinIsTTY && problems.length === 0) {
    const { askMissing } = await import('./prompt.js');
    await askMissing(template.spec, raw.values, io);
  }
  const companions = readCompanions(say, tree.root, `agreements/local/${id}.yaml`);
  if (!companions.ok) problems.push(companions.message);
  const draft = draftConvention(say, {
    id,
    framework: framework.agreement,
    spec: template.spec,
    raw: raw.values,
    origins: raw.origins,
    registry,
    asOf,
    provenance: { template: template.path, template_sha256: createHash('sha256').update(template.text).digest('hex'), tool_version: TOOL_VERSION },
    ...(companions.ok ? { companions: companions.companions } : {}),
  });
  if (!draft.ok) problems.push(...draft.problems);
  if (draft.ok && draft.organization) problems.push(...partnerProblems(say, framework.agreement, draft.organization, registry));
  if (problems.length > 0 || !draft.ok) return refuse(io, problems);
  for (const warning of frameworkWarnings(say, framework.agreement, tree.agreements.map((a) => a.agreement), asOf)) io.stderr(`accords: ${warning}\n`);

  const localDir = join(tree.root, 'agreements', 'local');
  const recordPath = join(localDir, `${id}.yaml`);
  const documentPath = join(localDir, `${id}.md`);
  if (![recordPath, documentPath].every((path) => isInside(join(tree.root, 'agreements'), path))) {
    return refuse(io, [say('draft.outsideAgreements', { file: `agreements/local/${id}.yaml`, folder: join(tree.root, 'agreements') })]);
  }
  const elsewhere = tree.agreements.find((a) => a.agreement.id === id && a.file !== `agreements/local/${id}.yaml`);
  if (elsewhere) return refuse(io, [say('draft.idExists', { id, file: elsewhere.file })]);
  if (!options.force) {
    const existing = [recordPath, documentPath].filter((path) => existsSync(path)).map((path) => path.slice(tree.root.length + 1));
    if (existing.length > 0) return refuse(io, [existing.length === 1 ? say('draft.fileExists', { file: existing[0]! }) : say('draft.filesExist', { files: say.andList(existing) })]);
  }

  const recordFile = `agreements/local/${id}.yaml`;
  // The text's fingerprint, so that `render` never replaces it once a person has changed it.
  const recordText = recordYaml({ ...draft.record, provenance: { ...draft.record.provenance!, text_sha256: textSha256(draft.document) } }, tree.root, framework.file, recordFile);
  let newOrganization = draft.organization && !registry.has(draft.organization.id) ? draft.organization : undefined;
  let registryText: string | undefined;
  if (newOrganization) {
    // Read again: another run may have added this very partner since the tree was read.
    const update = registryUpdate(say, tree.root, newOrganization);
    if ('refused' in update) return refuse(io, [update.refused]);
    registryText = update.text;
    if (registryText === undefined) newOrganization = undefined;
  }

  // The drafted record must pass every check against the tree it joins.
  const overrides = new Map([[recordFile, recordText], ...(registryText !== undefined ? [[REGISTRY_FILE, registryText] as const] : [])]);
  const check = (await runPipeline(tree.root, { overrides, place: true })).diagnostics.filter((d) => d.severity === 'error' && (d.file === recordFile || (registryText !== undefined && d.file === REGISTRY_FILE)));
  if (check.length > 0) {
    return refuse(
      io,
      check.map((problem) => {
        const d = wordProblem(say, problem);
        const at = { file: d.file, line: d.range.start.line + 1, column: d.range.start.column + 1, message: d.message, rule: d.rule };
        return d.hint ? say('draft.wouldNotValidateHint', { ...at, hint: d.hint }) : say('draft.wouldNotValidate', at);
      }),
    );
  }

  if (options.dryRun) {
    io.stdout(`# ${recordFile}\n${recordText}\n# agreements/local/${id}.md\n${draft.document}`);
    if (newOrganization) io.stdout(`\n# ${say('draft.entryToAdd', { file: REGISTRY_FILE })}\n${organizationYaml(newOrganization)}`);
    return 0;
  }
  return commitDraft(io, {
    root: tree.root,
    files: [
      { target: recordPath, text: recordText },
      { target: documentPath, text: draft.document },
    ],
    force: Boolean(options.force),
    organization: newOrganization,
    done: () => io.stderr(`accords: ${say('draft.wrote', { record: recordFile, document: `agreements/local/${id}.md` })}\n`),
  });
}

/**
 * Write the record, its text and (for a new partner) the registry all or nothing, under the
 * registry's lock: runs killed earlier are undone first, the registry is read again under the
 * lock (another run may have added a partner since this one read it) and the entry appended
 * to what it is now. Without --force the record and the text are created exclusively, so of
 * two runs racing for one id one loses before anything of it is on disk.
 */
function commitDraft(io: Io, plan: { root: string; files: { target: string; text: string }[]; force: boolean; organization: Organization | undefined; done: () => void }): ExitCode {
  const { say } = io;
  const agreements = join(plan.root, 'agreements');
  const registryPath = join(plan.root, REGISTRY_FILE);
  const relative = (path: string) => path.slice(plan.root.length + 1);
  const lock = acquireLock(join(agreements, REGISTRY_LOCK));
  if (!lock.ok) return refuse(io, [say.message(lock.message)]);
  try {
    recoverCommits(agreements, [agreements, ...new Set(plan.files.map((f) => dirname(f.target)))]);
    const files: PlannedFile[] = plan.files.map((f) => ({ ...f, replace: plan.force }));
    let added: Organization | undefined;
    if (plan.organization) {
      // Under the lock, the registry as it is now: what other runs added stays.
      const update = registryUpdate(say, plan.root, plan.organization);
      if ('refused' in update) return refuse(io, [update.refused]);
      if (update.text !== undefined) {
        files.push({ target: registryPath, text: update.text, replace: true });
        added = plan.organization;
      }
    }
    const written = commitFiles(files, agreements);
    if (!written.ok) {
      const problem = written.reason === 'exists' ? say('draft.createdMeanwhile', { file: relative(written.file) }) : say.message(written.message);
      if (written.left.length === 0) return refuse(io, [problem]);
      io.stderr(`accords: ${say('robust.partlyWritten', { files: say.andList(written.left.map(relative)) })}\n  - ${problem}\n`);
      return 1;
    }
    if (added) io.stderr(`accords: ${say('draft.addedOrganization', { id: added.id, name: added.name, file: REGISTRY_FILE })}\n`);
    plan.done();
    return 0;
  } finally {
    lock.release();
  }
}

/** Undo, under the registry's lock, what runs killed during their commit left; whether there was any. */
function undoKilledRuns(root: string): boolean {
  const agreements = join(root, 'agreements');
  if (!hasStaleCommits(agreements)) return false;
  const lock = acquireLock(join(agreements, REGISTRY_LOCK));
  if (!lock.ok) return false;
  try {
    recoverCommits(agreements, [agreements, join(agreements, 'local')]);
  } finally {
    lock.release();
  }
  return true;
}

/** The lock every run that writes in agreements/ through `new` takes (beside the registry). */
export const REGISTRY_LOCK = '.organizations.yaml.lock';

/**
 * The registry's text with `organization` appended, read from disk now (a regular file within
 * its limit only: a FIFO in its place would hang the run); no text when it already lists that
 * partner under the same name; refused under another name.
 */
function registryUpdate(say: Say, root: string, organization: Organization): { text?: string } | { refused: string } {
  const current = readRegularFile(join(root, REGISTRY_FILE), LIMITS.maxRegistryBytes);
  if (!current.ok) return { refused: say('robust.registryUnreadable', { file: REGISTRY_FILE, reason: say.message(current.problem.message) }) };
  const now = registeredName(current.text, organization.id);
  if (now === undefined) return { text: appendOrganization(current.text, organization) };
  if (now === organization.name) return {};
  return { refused: say('robust.partnerAddedMeanwhile', { id: organization.id, name: now, file: REGISTRY_FILE }) };
}

/** The name the registry text gives `id` now, or undefined when it has no such entry. */
function registeredName(text: string, id: string): string | undefined {
  const parsed = parseFastYaml(text) ?? parseYaml(text);
  if (!Array.isArray(parsed.value)) return undefined;
  for (const entry of parsed.value as unknown[]) {
    if (entry !== null && typeof entry === 'object' && (entry as { id?: unknown }).id === id) return String((entry as { name?: unknown }).name ?? '');
  }
  return undefined;
}

/**
 * A draft is not signed (SPEC §6): a `date_signature` given to `new` is the planned date, kept
 * as `date_prevue` (parties are named as of it), never written as `signed`.
 */
function plannedDate(spec: TemplateSpec, values: Map<string, unknown>, origins: Map<string, string>, io: Io): string[] {
  const { say } = io;
  const given = values.get('date_signature');
  if (given === undefined || !spec.variables.some((v) => v.name === 'date_prevue')) return [];
  if (values.has('date_prevue')) return [say('drafting.plannedAndSigned')];
  values.delete('date_signature');
  values.set('date_prevue', given);
  const origin = origins.get('date_signature');
  origins.delete('date_signature');
  if (origin !== undefined) origins.set('date_prevue', origin);
  io.stderr(`accords: ${say('drafting.plannedDate')}\n`);
  return [];
}

function refuse(io: Io, problems: readonly string[]): ExitCode {
  const { say } = io;
  io.stderr(`accords: ${say('draft.nothingWritten', { count: problems.length })}\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  return 1;
}

/** organizations.yaml with one entry appended as text, so its comments and layout are kept. */
function appendOrganization(current: string, organization: Organization): string {
  return `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${organizationYaml(organization)}`;
}
