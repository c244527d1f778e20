import type { ExitCode, IsoDate } from '../types.js';
import { LIST_FORMATS } from '../format/list/index.js';
import { closest } from '../text/suggest.js';
import { KINDS, LEVELS, matches, parseTerritory, STATUSES, TERRITORY_KINDS, territoryKindsOf } from '../query/filter.js';
import type { ListFilter, TerritoryKind } from '../query/filter.js';
import { amendmentIndex } from '../query/amendments.js';
import { viewOf } from '../query/summary.js';
import type { AgreementSummary } from '../format/list/types.js';
import { codeOf, wordsOf } from '../query/words.js';
import type { WordedFilter } from '../query/words.js';
import type { CommonOptions, Io } from './context.js';
import { paintFor, pickFormat, usageError, writePieces } from './context.js';
import { openRepository } from './open.js';

export interface ListOptions extends CommonOptions {
  kind?: string;
  level?: string;
  status?: string;
  party?: string;
  territory?: string;
  separator?: string;
  bom?: boolean;
}

/** `accords list`: one row per valid agreement, filtered. */
export async function listCommand(options: ListOptions, io: Io): Promise<ExitCode> {
  const format = pickFormat(io, LIST_FORMATS, options.format, 'table');
  if (typeof format === 'number') return format;
  const filter = parseFilter(options, io);
  if (typeof filter === 'number') return filter;
  const listed = await rowsOf(io, options, filter);
  if (typeof listed === 'number') return listed;
  // Only the rows are held while they are written: the records they come from are let go.
  const paint = options.format === undefined || options.format === 'table' ? await paintFor(io, options) : await paintFor(io, { color: false });
  await writePieces(io, format(listed.rows, { say: io.say, paint, asOf: listed.asOf, separator: options.separator ?? ',', bom: options.bom ?? false }));
  return 0;
}

/** The rows of the agreements that pass the filter, sorted by id, and the warnings about the filter on stderr. */
async function rowsOf(io: Io, options: ListOptions, filter: ListFilter): Promise<{ rows: AgreementSummary[]; asOf: IsoDate } | ExitCode> {
  const { say } = io;
  const repository = await openRepository(io, options);
  if (typeof repository === 'number') return repository;
  const { tree, asOf, registry } = repository;
  if (filter.party !== undefined && !registry.has(filter.party)) {
    const guess = closest(filter.party, registry.keys());
    const party = filter.party;
    io.stderr(`accords: ${guess ? say('commands.partyNotInRegistryDidYouMean', { party, guess }) : say('commands.partyNotInRegistry', { party })}\n`);
  }
  const amendments = amendmentIndex(tree.agreements);
  // One pass that keeps only the rows: over 100,000 records, a view lives only while it is filtered.
  const rows: AgreementSummary[] = [];
  const territoryKinds = new Map<TerritoryKind, number>();
  for (const loaded of tree.agreements) {
    const view = viewOf(loaded, asOf, false, amendments);
    if (!matches(view, filter, registry)) continue;
    rows.push(view.summary);
    if (filter.territory !== undefined && !filter.territoryKind) for (const kind of territoryKindsOf(view, filter.territory)) territoryKinds.set(kind, (territoryKinds.get(kind) ?? 0) + 1);
  }
  await sayWhichTerritories(io, territoryKinds, filter);
  return { rows: rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), asOf };
}

function parseFilter(options: ListOptions, io: Io): ListFilter | ExitCode {
  const { say } = io;
  const list = (name: WordedFilter, value: string | undefined, allowed: readonly string[]): string[] | undefined | ExitCode => {
    if (value === undefined) return undefined;
    const codes: string[] = [];
    for (const v of value.split(',').map((part) => part.trim())) {
      // A code, or its word in either language (`--status "en vigueur"`, `--kind accord-cadre`).
      const code = codeOf(name, v, allowed);
      if (code !== undefined) {
        codes.push(code);
        continue;
      }
      // In French the choices are the words, each with its code (« en vigueur (in-force) »): both are taken.
      const words = wordsOf(say, name, allowed);
      const guess = closest(v, [...allowed, ...words]);
      const choices = say.language === 'en' ? allowed.join(', ') : allowed.map((code, i) => (words[i] === code ? code : `${words[i]} (${code})`)).join(', ');
      return usageError(io, say('commands.unknownFilterValue', { option: name, value: v }), guess ? say('commands.filterValuesDidYouMean', { guess, values: choices }) : say('commands.filterValues', { values: choices }));
    }
    return codes;
  };
  const kinds = list('kind', options.kind, KINDS);
  if (typeof kinds === 'number') return kinds;
  const levels = list('level', options.level, LEVELS);
  if (typeof levels === 'number') return levels;
  const statuses = list('status', options.status, STATUSES);
  if (typeof statuses === 'number') return statuses;
  if (options.separator !== undefined && options.separator.length !== 1) return usageError(io, say('commands.separatorOneCharacter'), say('commands.separatorHint'));
  const territory = options.territory === undefined ? undefined : parseTerritory(options.territory);
  if (territory && 'unknownKind' in territory) {
    const guess = closest(territory.unknownKind, TERRITORY_KINDS);
    const kinds = TERRITORY_KINDS.join(', ');
    return usageError(io, say('newcomer.territory.unknownKind', { kind: territory.unknownKind }), guess ? say('newcomer.territory.kindsDidYouMean', { guess, kinds }) : say('newcomer.territory.kinds', { kinds }));
  }
  return {
    ...(kinds ? { kinds } : {}),
    ...(levels ? { levels } : {}),
    ...(statuses ? { statuses } : {}),
    ...(options.party !== undefined ? { party: options.party } : {}),
    ...(territory ? { territory: territory.code, ...(territory.kind ? { territoryKind: territory.kind } : {}) } : {}),
  };
}

/**
 * A bare `--territory 75` that matched codes of several kinds (the région Nouvelle-Aquitaine and
 * the département Paris share 75): one line on stderr that says which (`counts`: the rows of
 * each kind), and how to keep one.
 */
async function sayWhichTerritories(io: Io, counts: ReadonlyMap<TerritoryKind, number>, filter: ListFilter): Promise<void> {
  const { say } = io;
  const code = filter.territory;
  if (code === undefined || filter.territoryKind || counts.size < 2) return;
  // Names make it plain which is which; the lists are read only here, for this one line.
  const { loadTerritories } = await import('../load/territories.js');
  const { communeName } = await import('../check/territories.js');
  const data = loadTerritories();
  const nameOf = (kind: TerritoryKind): string =>
    (data && (kind === 'region' ? data.regions[code] : kind === 'departement' ? data.departements[code]?.[1] : kind === 'commune' ? communeName(data, code) : data.epci[code]?.[0])) ?? code;
  const matched = TERRITORY_KINDS.filter((kind) => counts.has(kind)).map((kind) => say(`newcomer.territory.matched.${kind}`, { name: nameOf(kind), count: counts.get(kind)! }));
  const narrow = say.orList(TERRITORY_KINDS.filter((kind) => counts.has(kind)).map((kind) => `--territory ${kind}:${code}`));
  io.stderr(`accords: ${say('newcomer.territory.ambiguous', { code, matched: say.andList(matched) })}\n  ${say('newcomer.territory.narrow', { options: narrow })}\n`);
}
