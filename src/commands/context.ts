import type { ExitCode } from '../types.js';
import type { Formats } from './formats.js';
import type { Paint } from '../format/paint.js';
import { PLAIN } from '../format/paint.js';
import { cacheFolder } from '../store/open.js';
import { gathered } from '../text/gathered.js';
import { closest } from '../text/suggest.js';
import type { Say } from '../text/say.js';

/** The world as the CLI finds it: passed in, so commands run the same under test. */
export interface World {
  stdout(text: string): void;
  /**
   * Resolves once stdout can take more: a pipe whose reader is slower than we write keeps what
   * it has not taken in memory, so a long output waits for it. Absent: stdout always can.
   */
  drained?(): Promise<void>;
  stderr(text: string): void;
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  /** Today in local time: the CLI's only clock, read once. */
  readonly today: string;
}

/** The world as a command sees it: the world, and the sentences of the language chosen for this run. */
export interface Io extends World {
  readonly say: Say;
}

/** Options every command accepts (SPEC §5). */
export interface CommonOptions {
  root?: string;
  asOf?: string;
  format?: string;
  color?: boolean;
  /** `false` with --no-cache. */
  cache?: boolean;
  debug?: boolean;
}

/** The result cache's folder for this run, or `undefined` when it is turned off. */
export function cacheFolderFor(io: Io, options: CommonOptions, root: string): string | undefined {
  return options.cache === false ? undefined : cacheFolder(root, io.env);
}

/**
 * Write a text given in pieces to stdout, gathered into writes of about 64 KiB (not one per
 * piece), each once stdout has taken the one before: however long, it is never all in memory.
 */
export async function writePieces(io: Io, pieces: Iterable<string>): Promise<void> {
  for (const text of gathered(pieces, 1 << 16)) {
    await io.drained?.();
    io.stdout(text);
  }
}

/** Print a usage problem the way every command does, and give its exit code. */
export function usageError(io: Io, message: string, hint?: string): ExitCode {
  io.stderr(`accords: ${message}\n${hint ? `  ${hint}\n` : ''}`);
  return 2;
}

/** Pick a formatter by name, or explain which names exist. */
export function pickFormat<T>(io: Io, registry: Record<string, T>, name: string | undefined, fallback: string): T | ExitCode {
  const chosen = name ?? fallback;
  const formatter = Object.prototype.hasOwnProperty.call(registry, chosen) ? registry[chosen] : undefined;
  if (formatter) return formatter;
  const guess = closest(chosen, Object.keys(registry));
  const formats = Object.keys(registry).join(', ');
  return usageError(io, io.say('commands.unknownFormat', { format: chosen }), guess ? io.say('commands.formatsDidYouMean', { guess, formats }) : io.say('commands.formats', { formats }));
}

/** The format `--format` names among a command's (its default without it), or explain which names exist. */
export function chooseFormat<Name extends string>(io: Io, formats: Formats<Name>, name: string | undefined): Name | ExitCode {
  return pickFormat<Name>(io, formats.names, name, formats.fallback);
}

/**
 * Colour only for a terminal, unless told otherwise: `--no-color` and `NO_COLOR` turn it off,
 * `FORCE_COLOR` (other than 0) turns it on. JSON and other machine formats never get it.
 */
export async function paintFor(io: Io, options: CommonOptions): Promise<Paint> {
  const env = io.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const wanted = options.color !== false && !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') && (forced || io.stdoutIsTTY);
  if (!wanted) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return { red: chalk.red, yellow: chalk.yellow, green: chalk.green, cyan: chalk.cyan, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
