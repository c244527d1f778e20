import Handlebars from 'handlebars';
import { parseDuration } from '../lifecycle/duration.js';
import { digitsFr, formatDateFr, formatDurationFr, joinFr, numberFr, typographyFr } from './french.js';
import type { TemplateSpec } from './template.js';
import type { Value } from './variables.js';
import type { Say } from '../text/say.js';

/** Values computed by the tool rather than typed by the user, available to every template. */
export interface DraftContext {
  /** The new convention's id. */
  readonly id: string;
  /** The public employment operator's name as of the convention's date (France Travail from 2024-01-01). */
  readonly operateur_nom: string;
  /** Whether that operator succeeded the one that signed the framework (France Travail for Pôle emploi). */
  readonly operateur_successeur: boolean;
  /** The operator's name as the framework was signed (Pôle emploi). */
  readonly operateur_signataire_national: string;
  readonly accord_cadre_id: string;
  readonly accord_cadre_titre: string;
  /** The framework's signature date (ISO), or empty. */
  readonly accord_cadre_date: string;
  /** The framework's kind: `framework` (accord-cadre) or `protocol` (protocole). */
  readonly accord_cadre_nature: string;
  /** The département of the `departement` code, from the official list: Gironde, la Gironde, de la Gironde (empty without one). */
  readonly departement_nom: string;
  readonly departement_le: string;
  readonly departement_de: string;
  /** The région of the `region` code: Nouvelle-Aquitaine, de la Nouvelle-Aquitaine (empty without one). */
  readonly region_nom: string;
  readonly region_de: string;
  /** The negotiated local articles (`<id>.clauses.md` beside the record), absent when there is none. */
  readonly clauses_locales?: string;
  /** The annexes (`<id>.annexes.md` beside the record), absent when there is none. */
  readonly annexes?: string;
}

export const CONTEXT_NAMES: readonly (keyof DraftContext)[] = [
  'id',
  'operateur_nom',
  'operateur_successeur',
  'operateur_signataire_national',
  'accord_cadre_id',
  'accord_cadre_titre',
  'accord_cadre_date',
  'accord_cadre_nature',
  'departement_nom',
  'departement_le',
  'departement_de',
  'region_nom',
  'region_de',
  'clauses_locales',
  'annexes',
];

/** Variables that drafting reads itself, so a template may declare them without using them. */
const IMPLICIT_NAMES = ['date_prevue'];

/** A civility or a grammatical gender that calls for the feminine form. */
const FEMININE_WORDS = new Set(['madame', 'mme', 'feminin', 'féminin', 'f']);

const HELPERS: Record<string, (...args: unknown[]) => unknown> = {
  /** `{{date date_signature}}` → 1er décembre 2026 */
  date: (value) => (typeof value === 'string' && value ? formatDateFr(value) : ''),
  /** `{{duree preavis}}` → deux (2) mois */
  duree: (value) => durationText(value, true),
  /** `{{duree_courte preavis}}` → deux mois */
  duree_courte: (value) => durationText(value, false),
  /** `{{nombre comite_reunions}}` → deux */
  nombre: (value) => (typeof value === 'number' ? numberFr(value) : String(value ?? '')),
  /** `{{liste a b c}}` → a, b et c (empty values left out) */
  liste: (...args) => joinFr(args.slice(0, -1).filter((v): v is string => typeof v === 'string' && v !== '')),
  /** `{{de (duree duree)}}` → d'un (1) an, de deux (2) mois (French elision) */
  de: (text) => (typeof text === 'string' && /^[aeiouyhâéèêîôû]/i.test(text) ? `d'${text}` : `de ${String(text)}`),
  eq: (a, b) => a === b,
  /** `{{genre partenaire_signataire_civilite "président" "présidente"}}` → présidente for Madame */
  genre: (value, masculine, feminine) => (typeof value === 'string' && FEMININE_WORDS.has(value.toLowerCase()) ? feminine : masculine),
  /** `{{fois comite_reunions}}` → une fois, deux fois, vingt et une fois */
  fois: (value) => (typeof value === 'number' ? `${numberFr(value).replace(/(^|[ -])un$/, '$1une')} fois` : ''),
  /** `{{chiffres jeunes_accompagnes}}` → 12 000 (narrow non-breaking space) */
  chiffres: (value) => (typeof value === 'number' ? digitsFr(value) : String(value ?? '')),
  /** `{{majuscule partenaire_le}}` → L'Association… (first letter capitalised, to open a sentence) */
  majuscule: (value) => (typeof value === 'string' ? value.charAt(0).toUpperCase() + value.slice(1) : ''),
  /** `{{si (eq partenaire_type "association") "président" "maire"}}` → the second value when the first is true, else the third */
  si: (condition, yes, no) => (condition ? yes : no),
  /** `{{parmi departement "57" "67" "68"}}` → whether the value is one of those listed */
  parmi: (value, ...rest) => rest.slice(0, -1).includes(value),
  /** `{{ou a b}}` → a when a is given, else b */
  ou: (...args) => args.slice(0, -1).find((v) => v !== null && v !== undefined && v !== '') ?? '',
  /** `{{le partenaire_genre partenaire_nom}}` → l'Association…, la Maison…, le PLIE… (elision before a vowel or a mute h) */
  le: (gender, name) => articled(gender, name),
  /** `{{du partenaire_genre partenaire_nom}}` → de l'Association…, de la Maison…, du PLIE… */
  du: (gender, name) => {
    const text = articled(gender, name);
    return text.startsWith('le ') ? `du ${text.slice(3)}` : text.startsWith('les ') ? `des ${text.slice(4)}` : `de ${text}`;
  },
};

function articled(gender: unknown, name: unknown): string {
  const text = typeof name === 'string' ? name : '';
  if (/^[aeiouyâàéèêëîïôûœ]/i.test(text)) return `l'${text}`;
  return `${typeof gender === 'string' && FEMININE_WORDS.has(gender.toLowerCase()) ? 'la' : 'le'} ${text}`;
}

function durationText(value: unknown, digits: boolean): string {
  const duration = typeof value === 'string' ? parseDuration(value) : null;
  return duration ? formatDurationFr(duration, digits) : '';
}

let instance: typeof Handlebars | undefined;

/**
 * One Handlebars environment for the tool: the French helpers, no HTML escaping (a legal
 * text is not HTML: `Maison de l'emploi & de la formation` stays as typed), strict mode (a
 * name the template does not know is an error, not an empty string). Values are data:
 * Handlebars never evaluates what a value contains.
 */
function handlebars(): typeof Handlebars {
  if (!instance) {
    instance = Handlebars.create();
    for (const [name, helper] of Object.entries(HELPERS)) instance.registerHelper(name, helper);
  }
  return instance;
}

/** A body with French typography applied to its literal text (see `typographyFr`), once per body. */
const typeset = (() => {
  const done = new Map<string, string>();
  return (body: string): string => {
    let text = done.get(body);
    if (text === undefined) {
      if (done.size >= MAX_COMPILED) done.clear();
      text = typographyFr(body);
      done.set(body, text);
    }
    return text;
  };
})();

/** Compiled sources: `render` over 3,000 conventions of one template compiled it 3,000 times. */
const compiled = new Map<string, HandlebarsTemplateDelegate>();
const MAX_COMPILED = 512;

function renderText(source: string, data: Record<string, unknown>): string {
  let template = compiled.get(source);
  if (!template) {
    // A bound, for a long-lived process that renders many templates (a test run): start afresh.
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    template = handlebars().compile(source, { noEscape: true, strict: true, knownHelpersOnly: false });
    compiled.set(source, template);
  }
  return template(data);
}

/**
 * Handlebars' strict mode says `"name" not defined in [object] - 12:4`: say it in our words,
 * at the line and column of the template file (`bodyLine` lines of front matter come first).
 */
export function explainRenderError(say: Say, error: unknown, bodyLine?: number): string {
  const undeclared = /^"([^"]+)" not defined in /.exec((error as Error).message ?? '');
  if (!undeclared) return firstLine(error);
  const { lineNumber, column } = error as { lineNumber?: number; column?: number };
  if (bodyLine === undefined || lineNumber === undefined || column === undefined) return say('draft.notAVariable', { name: undeclared[1]! });
  return say('draft.notAVariableAt', { name: undeclared[1]!, line: bodyLine + lineNumber, column: column + 1 });
}

/** Every declared variable is present (null when not given), so strict mode only trips on undeclared names. */
export function templateData(spec: TemplateSpec, values: ReadonlyMap<string, Value>, context: DraftContext): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const variable of spec.variables) data[variable.name] = values.get(variable.name) ?? null;
  for (const name of CONTEXT_NAMES) data[name] = context[name] ?? null;
  // No prototype (a variable may be called `constructor`), but Handlebars puts the data in the
  // text of its "not defined" error, which needs it to convert to a string.
  Object.defineProperty(data, Symbol.toPrimitive, { value: () => 'the data', enumerable: false });
  return data;
}

/** The convention's text, or the problem that stopped it. */
export function renderDocument(say: Say, spec: TemplateSpec, values: ReadonlyMap<string, Value>, context: DraftContext): { text: string } | { problem: string } {
  try {
    return { text: renderText(typeset(spec.body), templateData(spec, values, context)) };
  } catch (error) {
    return { problem: say('draft.cannotRender', { reason: explainRenderError(say, error, spec.bodyLine) }) };
  }
}

/**
 * A front-matter block (`record:` or `organization:`) with its string leaves rendered: a leaf
 * that is exactly `{{name}}` takes the typed value (a number stays a number); a leaf that
 * renders empty is left out, and so is a mapping left empty.
 */
export function renderBlock(say: Say, block: unknown, spec: TemplateSpec, values: ReadonlyMap<string, Value>, context: DraftContext): unknown {
  const data = templateData(spec, values, context);
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}$/.exec(node);
      if (whole) {
        const value = data[whole[1]!];
        if (value === undefined) throw new Error(say('draft.notAVariable', { name: whole[1]! }));
        return value === null || value === '' ? undefined : value;
      }
      const text = node.includes('{{') ? renderText(node, data) : node;
      return text === '' ? undefined : text;
    }
    if (Array.isArray(node)) return node.map(walk).filter((item) => item !== undefined);
    if (node && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) {
        const rendered = walk(value);
        if (rendered !== undefined) out[key] = rendered;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    return node;
  };
  return walk(block);
}

/**
 * What a template uses and declares, read from its syntax tree: names used but not declared,
 * and declared variables used nowhere (in the body, `record:` or `organization:`).
 */
export function checkTemplate(say: Say, spec: TemplateSpec): string[] {
  const used = new Set<string>();
  const problems: string[] = [];
  const sources = [spec.body, ...strings(spec.record), ...strings(spec.organization)];
  for (const source of sources) {
    try {
      collect(Handlebars.parse(source) as unknown as AstNode, used);
    } catch (error) {
      problems.push(say('draft.syntax', { message: firstLine(error) }));
    }
  }
  const declared = new Set([...spec.variables.map((v) => v.name), ...CONTEXT_NAMES]);
  for (const name of used) if (!declared.has(name)) problems.push(say('draft.usedNotDeclared', { name }));
  // `date_prevue` is read by drafting itself (parties are named as of it), never by the text.
  const defaultSources = new Set([...spec.variables.map((v) => v.default_from).filter(Boolean), ...IMPLICIT_NAMES]);
  for (const variable of spec.variables) {
    if (!used.has(variable.name) && !defaultSources.has(variable.name)) problems.push(say('draft.declaredNotUsed', { name: variable.name }));
  }
  return problems;
}

/** The first line of an error's message (Handlebars adds the source and a caret below it). */
export function firstLine(error: unknown): string {
  return (error as Error).message.split('\n')[0]!;
}

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (node && typeof node === 'object') return Object.values(node).flatMap(strings);
  return [];
}

interface AstNode {
  type: string;
  [key: string]: unknown;
}

function collect(node: unknown, used: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, used);
    return;
  }
  const n = node as AstNode;
  if (n.type === 'PathExpression') {
    const path = n as unknown as { data: boolean; depth: number; parts: string[]; original: string };
    if (!path.data && path.depth === 0 && path.parts.length > 0 && path.original !== 'this') used.add(path.parts[0]!);
    return;
  }
  if (n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression') {
    const call = n as unknown as { path: { original: string }; params: unknown[]; hash?: { pairs: { value: unknown }[] } };
    const isHelper = call.params.length > 0 || Object.prototype.hasOwnProperty.call(HELPERS, call.path.original) || ['if', 'unless', 'each', 'with'].includes(call.path.original);
    if (!isHelper) collect(call.path, used);
    collect(call.params, used);
    for (const pair of call.hash?.pairs ?? []) collect(pair.value, used);
  }
  for (const key of ['body', 'program', 'inverse'] as const) if (key in n) collect(n[key], used);
}
