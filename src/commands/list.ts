import type { ExitCode } from '../types.js';
import { LIST_FORMATS } from '../format/list/index.js';
import { say } from '../text/say.js';
import { closest } from '../text/suggest.js';
import { KINDS, LEVELS, matches, STATUSES } from '../query/filter.js';
import type { ListFilter } from '../query/filter.js';
import { amendmentIndex } from '../query/amendments.js';
import { LISTED_FIELDS, viewOf } from '../query/summary.js';
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
  const repository = openRepository(io, options, { retain: LISTED_FIELDS });
  if (typeof repository === 'number') return repository;
  const { tree, asOf, registry } = repository;
  if (filter.party !== undefined && !registry.has(filter.party)) {
    const guess = closest(filter.party, registry.keys());
    const party = filter.party;
    io.stderr(`accords: ${guess ? say('commands.partyNotInRegistryDidYouMean', { party, guess }) : say('commands.partyNotInRegistry', { party })}\n`);
  }
  const amendments = amendmentIndex(tree.agreements);
  const rows = tree.agreements
    .map((loaded) => viewOf(loaded, asOf, false, amendments))
    .filter((view) => matches(view, filter, registry))
    .map((view) => view.summary)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const paint = options.format === undefined || options.format === 'table' ? await paintFor(io, options) : await paintFor(io, { color: false });
  await writePieces(io, format(rows, { paint, asOf, separator: options.separator ?? ',', bom: options.bom ?? false }));
  return 0;
}

function parseFilter(options: ListOptions, io: Io): ListFilter | ExitCode {
  const list = (name: string, value: string | undefined, allowed: readonly string[]): string[] | undefined | ExitCode => {
    if (value === undefined) return undefined;
    const values = value.split(',').map((v) => v.trim());
    for (const v of values) {
      if (!allowed.includes(v)) {
        const guess = closest(v, allowed);
        const choices = allowed.join(', ');
        return usageError(io, say('commands.unknownFilterValue', { option: name, value: v }), guess ? say('commands.filterValuesDidYouMean', { guess, values: choices }) : say('commands.filterValues', { values: choices }));
      }
    }
    return values;
  };
  const kinds = list('kind', options.kind, KINDS);
  if (typeof kinds === 'number') return kinds;
  const levels = list('level', options.level, LEVELS);
  if (typeof levels === 'number') return levels;
  const statuses = list('status', options.status, STATUSES);
  if (typeof statuses === 'number') return statuses;
  if (options.separator !== undefined && options.separator.length !== 1) return usageError(io, say('commands.separatorOneCharacter'), say('commands.separatorHint'));
  return {
    ...(kinds ? { kinds } : {}),
    ...(levels ? { levels } : {}),
    ...(statuses ? { statuses } : {}),
    ...(options.party !== undefined ? { party: options.party } : {}),
    ...(options.territory !== undefined ? { territory: options.territory } : {}),
  };
}
