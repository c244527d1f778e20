import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExitCode } from '../types.js';
import type { AgreementSummary } from '../format/list/types.js';
import { COVERAGE_FORMATS } from '../format/coverage/index.js';
import { coverageOf, scaleOfTemplateRecord } from '../query/coverage.js';
import type { FrameworkCoverage, Scale } from '../query/coverage.js';
import { LISTED_FIELDS, viewOf } from '../query/summary.js';
import { closest } from '../text/suggest.js';
import type { CommonOptions, Io } from './context.js';
import { pickFormat, usageError, writePieces } from './context.js';
import type { OpenRepository } from './open.js';
import { openRepository } from './open.js';
import { sayer } from '../text/say.js';

/** The fields coverage reads, beside the listed ones: the model a record was drafted from, and a framework's template. */
export const COVERAGE_FIELDS: readonly string[] = [...LISTED_FIELDS, 'parent', 'template'];

/**
 * Where each framework that serves as a model (`template:`) is declined: only the frameworks in
 * force as of the day, or the one asked for (`only`) whatever its status. A framework whose
 * template drafts no `territory` (or cannot be read) has no coverage.
 */
export async function coverageFor(repository: OpenRepository, only?: string, computed?: readonly AgreementSummary[]): Promise<FrameworkCoverage[]> {
  const { tree, asOf } = repository;
  const summaries = new Map((computed ?? tree.agreements.map((a) => viewOf(a, asOf).summary)).map((s) => [s.id, s]));
  const frameworks: { id: string; scale: Scale }[] = [];
  for (const { agreement } of tree.agreements) {
    if (!agreement.template) continue;
    if (only !== undefined ? agreement.id !== only : summaries.get(agreement.id)?.status !== 'in-force') continue;
    const scale = await templateScale(join(tree.root, agreement.template));
    if (scale) frameworks.push({ id: agreement.id, scale });
  }
  if (frameworks.length === 0) return [];
  const { loadPlaces } = await import('../load/territories.js');
  const places = loadPlaces();
  return coverageOf({ agreements: tree.agreements, summaries, frameworks: frameworks.sort((a, b) => (a.id < b.id ? -1 : 1)), ...places });
}

async function templateScale(file: string): Promise<Scale | undefined> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const { parseTemplate } = await import('../draft/template.js');
  // Its problems are not shown here (`validate` reports them): any language will do.
  const spec = parseTemplate(sayer('en'), text);
  return 'problems' in spec ? undefined : scaleOfTemplateRecord(spec.record);
}

/** `accords list --coverage [framework-id]`: where each model framework is declined, and where not. */
export async function coverageCommand(only: string | undefined, options: CommonOptions, io: Io): Promise<ExitCode> {
  const { say } = io;
  const format = pickFormat(io, COVERAGE_FORMATS, options.format, 'table');
  if (typeof format === 'number') return format;
  const repository = await openRepository(io, options);
  if (typeof repository === 'number') return repository;
  if (only !== undefined) {
    const framework = repository.tree.agreements.find((a) => a.agreement.id === only)?.agreement;
    if (!framework) {
      const guess = closest(only, repository.tree.agreements.filter((a) => a.agreement.template).map((a) => a.agreement.id));
      return usageError(io, say('commands.noAgreementWithId', { id: only }), guess ? say('common.didYouMean', { guess }) : undefined);
    }
    if (!framework.template) return usageError(io, say('coverage.notAModel', { id: only }));
  }
  const coverage = await coverageFor(repository, only);
  if (coverage.length === 0 && only !== undefined) {
    io.stderr(`accords: ${say('coverage.noTerritory', { id: only })}\n`);
    return 1;
  }
  await writePieces(io, format(coverage, { say: io.say }));
  return 0;
}
