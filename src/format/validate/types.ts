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
  /** How to print a root-relative file name (relative to the working folder, for clickable paths and CI annotations). */
  readonly displayPath: (file: string) => string;
  /** For formats that describe the tool and its rules (SARIF). */
  readonly toolVersion?: string;
  readonly rules?: ReadonlyMap<string, string>;
}

export type ValidateFormatter = (report: ValidateReport, context: ValidateContext) => string;
