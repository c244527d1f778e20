/**
 * Hard limits that keep hostile input bounded in time and memory.
 * A real record is a few kilobytes and a handful of levels deep; these are far above that.
 */
export const LIMITS = {
  /** Files larger than this are refused before they are read. */
  maxFileBytes: 1024 * 1024,
  /** organizations.yaml lists every partner of a national network: thousands of entries. */
  maxRegistryBytes: 16 * 1024 * 1024,
  /** A `--vars` file holds a few dozen values. */
  maxVarsBytes: 1024 * 1024,
  /** A template is the text of one convention (the AMF one is 12 KB). */
  maxTemplateBytes: 4 * 1024 * 1024,
  /** YAML aliases resolved per document (an "alias bomb" needs thousands). */
  maxAliasCount: 100,
  /** Flow-collection nesting (`[[[…]]]`) checked before the YAML parser sees the text. */
  maxFlowDepth: 100,
  /** Block-mapping indentation, in columns, checked the same way. */
  maxIndent: 400,
} as const;
