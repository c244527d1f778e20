import { sarifLog } from '../sarif-log.js';
import type { ValidateFormatter } from './types.js';

/**
 * SARIF 2.1.0, the format GitHub code scanning (`github/codeql-action/upload-sarif`) and
 * other forges ingest. URIs are relative to the working folder (`%SRCROOT%`).
 */
export const sarif: ValidateFormatter = ({ diagnostics }, { displayPath, toolVersion, rules }) => {
  const ruleIds = [...new Set([...(rules?.keys() ?? []), ...diagnostics.map((d) => d.rule)])].sort();
  const results = diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ruleIds.indexOf(d.rule),
    level: d.severity,
    message: { text: d.hint ? `${d.message} — ${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(displayPath(d.file)), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.column + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.column + 1 },
        },
      },
    ],
  }));
  // One piece: the log is one JSON object (its results are the diagnostics, which are in memory anyway).
  return [sarifLog(toolVersion, ruleIds.map((id) => ({ id, shortDescription: { text: rules?.get(id) ?? id } })), results)];
};
