import type { Say } from '../../text/say.js';
import type { Diagnostic } from '../../types.js';
import type { Paint } from '../paint.js';

/** What `accords validate` hands a formatter. */
export interface ValidateReport {
  /** Sorted by file, line, column. */
  readonly diagnostics: readonly Diagnostic[];
  readonly filesChecked: number;
  /** The files checked, root-relative (formats that list passing files too, such as JUnit). */
  readonly files?: readonly string[];
}

export interface ValidateContext {
  readonly paint: Paint;
  /** The sentences of the run's language. */
  readonly say: Say;
  /** How to print a root-relative file name (relative to the working folder, for clickable paths and CI annotations). */
  readonly displayPath: (file: string) => string;
  /** For formats that describe the tool and its rules (SARIF). */
  readonly toolVersion?: string;
  readonly rules?: ReadonlyMap<string, string>;
}

/** The text in pieces, in order (see `ListFormatter`): `[...pieces].join('')` is the text. */
export type ValidateFormatter = (report: ValidateReport, context: ValidateContext) => Iterable<string>;

/** The diagnostics by file, in their order (a map of lists: one file may have tens of thousands). */
export function byFile(diagnostics: readonly Diagnostic[], files: readonly string[] = []): Map<string, Diagnostic[]> {
  const grouped = new Map<string, Diagnostic[]>();
  for (const file of files) grouped.set(file, []);
  for (const d of diagnostics) {
    const list = grouped.get(d.file);
    if (list) list.push(d);
    else grouped.set(d.file, [d]);
  }
  return grouped;
}
