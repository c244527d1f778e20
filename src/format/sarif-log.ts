/** One rule of a SARIF run: its id and what it checks. */
export interface SarifRule {
  readonly id: string;
  readonly shortDescription: { readonly text: string };
}

/**
 * A SARIF 2.1.0 log of one run of accords (what GitHub code scanning ingests), as one JSON
 * piece: `validate` and `due` give their rules and results, the envelope is the same.
 */
export function sarifLog(toolVersion: string | undefined, rules: readonly SarifRule[], results: readonly unknown[]): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'accords',
            ...(toolVersion ? { version: toolVersion, semanticVersion: toolVersion } : {}),
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
