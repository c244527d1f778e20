import { parseYaml } from '../parse/yaml.js';
import type { VariableSpec, VariableType } from './variables.js';
import { coerce, RESERVED_NAMES, VARIABLE_TYPES } from './variables.js';
import type { Say } from '../text/say.js';

/** A national template: its declared variables, the record and registry entry it drafts, and its body. */
export interface TemplateSpec {
  readonly description: string;
  readonly variables: readonly VariableSpec[];
  /** The agreement record to write: string leaves are rendered with the values. */
  readonly record: Record<string, unknown>;
  /** An organization to add to the registry when its id is new. */
  readonly organization?: Record<string, unknown>;
  readonly body: string;
  /** 0-based line of the body in the template file (to place rendering errors). */
  readonly bodyLine: number;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Split a template into its YAML front matter and its Handlebars body, and check the
 * declarations strictly: a template with a problem is refused with every problem listed.
 */
export function parseTemplate(say: Say, text: string): TemplateSpec | { problems: string[] } {
  const fence = FENCE.exec(text);
  if (!fence) return { problems: [say('draft.noFrontMatter')] };
  const parsed = parseYaml(fence[1]!);
  if (parsed.problems.length > 0) return { problems: parsed.problems.map((p) => say('draft.frontMatterLine', { line: p.range.start.line + 2, message: say.message(p.message) })) };
  const front = parsed.value as Record<string, unknown> | null;
  const problems: string[] = [];
  if (!front || typeof front !== 'object' || Array.isArray(front)) return { problems: [say('draft.frontMatterNotMapping')] };
  const variables = Array.isArray(front.variables) ? front.variables : [];
  if (!Array.isArray(front.variables)) problems.push(say('draft.needsVariables'));
  const specs: VariableSpec[] = [];
  const seen = new Set<string>();
  for (const [i, entry] of variables.entries()) {
    const spec = checkVariable(say, entry, i, problems);
    if (!spec) continue;
    if (seen.has(spec.name)) problems.push(say('draft.declaredTwice', { name: spec.name }));
    seen.add(spec.name);
    specs.push(spec);
  }
  for (const spec of specs) {
    if (spec.default_from !== undefined && !seen.has(spec.default_from)) problems.push(say('draft.defaultFromUnknown', { name: spec.name, from: spec.default_from }));
  }
  if (!front.record || typeof front.record !== 'object' || Array.isArray(front.record)) problems.push(say('draft.needsRecord'));
  if (front.organization !== undefined && (typeof front.organization !== 'object' || front.organization === null)) problems.push(say('draft.organizationNotMapping'));
  if (problems.length > 0) return { problems };
  return {
    description: typeof front.description === 'string' ? front.description : '',
    variables: specs,
    record: front.record as Record<string, unknown>,
    ...(front.organization ? { organization: front.organization as Record<string, unknown> } : {}),
    body: text.slice(fence[0].length),
    bodyLine: fence[0].split('\n').length - 1,
  };
}

function checkVariable(say: Say, entry: unknown, index: number, problems: string[]): VariableSpec | undefined {
  const at = `variables[${index}]`;
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    problems.push(say('draft.variableNotMapping', { at }));
    return undefined;
  }
  const v = entry as Record<string, unknown>;
  const name = typeof v.name === 'string' ? v.name : '';
  if (!NAME.test(name) || RESERVED_NAMES.has(name)) problems.push(say('draft.badVariableName', { at, name: String(v.name) }));
  if (!VARIABLE_TYPES.includes(v.type as VariableType)) problems.push(say('draft.badVariableType', { at, name, types: VARIABLE_TYPES.join(', ') }));
  if (typeof v.description !== 'string' || v.description === '') problems.push(say('draft.needsDescription', { at, name }));
  if (v.type === 'enum' && !(Array.isArray(v.values) && v.values.length > 0 && v.values.every((x) => typeof x === 'string'))) problems.push(say('draft.enumNeedsValues', { at, name }));
  if (v.pattern !== undefined) {
    if (typeof v.pattern !== 'string') problems.push(say('draft.patternNotString', { at, name }));
    else if (v.example === undefined) problems.push(say('draft.patternNeedsExample', { at, name }));
  }
  if (v.aliases !== undefined) {
    const aliases = v.aliases;
    const ok = v.type === 'enum' && aliases !== null && typeof aliases === 'object' && !Array.isArray(aliases) && Object.values(aliases).every((x) => typeof x === 'string' && Array.isArray(v.values) && v.values.includes(x));
    if (!ok) problems.push(say('drafting.badAliases', { at, name }));
  }
  const known = new Set(['name', 'type', 'required', 'description', 'default', 'default_from', 'values', 'pattern', 'example', 'aliases']);
  for (const key of Object.keys(v)) if (!known.has(key)) problems.push(say('draft.unknownVariableKey', { at, name, key }));
  const spec: VariableSpec = {
    name,
    type: v.type as VariableType,
    required: v.required === true,
    description: String(v.description ?? ''),
    ...(v.default !== undefined ? { default: v.default as string | number | boolean } : {}),
    ...(typeof v.default_from === 'string' ? { default_from: v.default_from } : {}),
    ...(Array.isArray(v.values) ? { values: v.values.map(String) } : {}),
    ...(typeof v.pattern === 'string' ? { pattern: v.pattern } : {}),
    ...(v.example !== undefined ? { example: v.example as string | number | boolean } : {}),
    ...(v.aliases && typeof v.aliases === 'object' && !Array.isArray(v.aliases) ? { aliases: Object.fromEntries(Object.entries(v.aliases).map(([k, x]) => [k, String(x)])) } : {}),
  };
  if (VARIABLE_TYPES.includes(spec.type)) {
    for (const key of ['default', 'example'] as const) {
      if (spec[key] === undefined) continue;
      const checked = coerce(say, spec, spec[key]);
      if (typeof checked === 'object') problems.push(say('draft.badVariableValue', { at, name, key, problem: checked.problem }));
    }
  }
  return spec;
}
