/** Colours a formatter may use; the CLI passes chalk's or the identity (pipes, NO_COLOR, --no-color). */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

const same = (text: string): string => text;

/** No colour at all. */
export const PLAIN: Paint = { red: same, yellow: same, green: same, cyan: same, dim: same, bold: same, underline: same };
