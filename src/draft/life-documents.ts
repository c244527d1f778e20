import Handlebars from 'handlebars';
import type { Agreement, ChangePath, Organization } from '../types.js';
import { parseDuration } from '../lifecycle/duration.js';
import { organizationOn } from '../registry/succession.js';
import { formatDateFr, formatDurationFr, numberFr } from './french.js';

/**
 * The texts of a convention's life after its signature — the amendment (« avenant ») and the
 * notice letter (« lettre de dénonciation ») — from their French templates. Pure: the command
 * reads the template and writes the file.
 */

/** A party as a document names it on a given day (successors applied). */
export interface NamedParty {
  readonly id: string;
  readonly nom: string;
  readonly signataire?: string;
  readonly qualite?: string;
}

/** The parties of `agreement`, named as of `date` (Pôle emploi is France Travail from 2024-01-01). */
export function partiesOn(agreement: Agreement, date: string, registry: ReadonlyMap<string, Organization>): NamedParty[] {
  return agreement.parties.map((party) => {
    const id = organizationOn(party.org, date, registry);
    const replaced = id !== party.org;
    const org = registry.get(id);
    return {
      id,
      nom: org?.name ?? id,
      // A signatory of the predecessor does not sign for its successor.
      ...(party.signatory && !replaced ? { signataire: party.signatory.name, ...(party.signatory.role ? { qualite: party.signatory.role } : {}) } : {}),
    };
  });
}

const FOIS = (n: number) => (n === 1 ? 'une fois' : `${numberFr(n)} fois`);

/** `de` with French elision: « d’un an », « de deux mois ». */
function de(text: string): string {
  return /^[aeiouyhâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`;
}

function durationFr(text: string): string {
  const d = parseDuration(text);
  return d ? formatDurationFr(d, false) : text;
}

/** How a text names the agreement: « la convention » (a local one) or « l’accord » (a framework, a protocol). */
export interface AgreementNoun {
  /** « la convention », « l’accord » */
  readonly le: string;
  /** « de la convention », « de l’accord » */
  readonly de: string;
  /** « à la convention », « à l’accord » */
  readonly a: string;
  readonly feminine: boolean;
}

export const CONVENTION: AgreementNoun = { le: 'la convention', de: 'de la convention', a: 'à la convention', feminine: true };
export const ACCORD: AgreementNoun = { le: 'l’accord', de: 'de l’accord', a: 'à l’accord', feminine: false };

/** The noun for an agreement of this kind. */
export function nounOf(agreement: Agreement): AgreementNoun {
  return agreement.kind === 'local' ? CONVENTION : ACCORD;
}

const upper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * One change of an amendment as its article says it, in French words.
 * `changeSentence('term.duration', 'P2Y')` //=> 'La durée de la convention est portée à deux ans.'
 */
export function changeSentence(path: ChangePath, value: string | number, committee?: string, noun: AgreementNoun = CONVENTION): string {
  const The = upper(noun.le);
  const e = noun.feminine ? 'e' : '';
  switch (path) {
    case 'term.end':
      return `${The} prend fin le ${formatDateFr(String(value))}, dernier jour de son application.`;
    case 'term.duration':
      return `La durée ${noun.de} est portée à ${durationFr(String(value))}.`;
    case 'term.renewal':
      if (value === 'tacit') return `${The} est reconduit${e} tacitement à l’issue de chaque période, sauf dénonciation dans les conditions prévues.`;
      if (value === 'express') return `${The} ne peut être reconduit${e} que de manière expresse, par avenant signé des parties.`;
      return `${The} n’est pas reconductible : ${noun.feminine ? 'elle' : 'il'} prend fin au terme de sa durée.`;
    case 'term.renewal_period':
      return `La durée de chaque période de reconduction est fixée à ${durationFr(String(value))}.`;
    case 'term.max_renewals':
      return Number(value) === 0 ? `${The} ne peut pas être reconduit${e} tacitement.` : `${The} peut être reconduit${e} tacitement ${FOIS(Number(value))} au plus.`;
    case 'notice.period':
      return `Le délai de préavis de dénonciation est fixé à ${durationFr(String(value))}.`;
    case 'notice.applies':
      return value === 'any-time'
        ? `Chaque partie peut dénoncer ${noun.le} à tout moment, par lettre recommandée avec accusé de réception, moyennant le respect du délai de préavis.`
        : `Chaque partie peut dénoncer ${noun.le} avant l’échéance de la période en cours, par lettre recommandée avec accusé de réception, moyennant le respect du délai de préavis.`;
    case 'review_every':
      return `${The} fait l’objet d’un examen par les parties selon une périodicité ${de(durationFr(String(value)))}.`;
    case 'committee.meetings_per_year':
      return `Le ${committee ?? 'comité de pilotage'} se réunit ${FOIS(Number(value))} par an.`;
  }
}

/** The heading of each article, by the field it changes. */
const CHANGE_TITLES: Readonly<Record<ChangePath, string>> = {
  'term.end': 'Terme',
  'term.duration': 'Durée',
  'term.renewal': 'Reconduction',
  'term.renewal_period': 'Durée des périodes de reconduction',
  'term.max_renewals': 'Nombre de reconductions',
  'notice.period': 'Délai de préavis',
  'notice.applies': 'Modalités de dénonciation',
  review_every: 'Examen périodique',
  'committee.meetings_per_year': 'Instance de suivi',
};

export interface AmendmentInput {
  readonly amendment: Agreement;
  readonly parent: Agreement;
  readonly number: number;
  /** The day the parties are named as of: the signature, else the planned day. */
  readonly date: string;
  readonly registry: ReadonlyMap<string, Organization>;
}

/** What the amendment template is given. */
export function amendmentData(input: AmendmentInput): Record<string, unknown> {
  const { amendment, parent } = input;
  const changes = Object.entries(amendment.changes ?? {}) as [ChangePath, string | number][];
  const parties = partiesOn(amendment.parties.length > 0 ? amendment : parent, input.date, input.registry);
  const noun = nounOf(parent);
  const articles = changes.map(([path, value], i) => ({ numero: i + 1, titre: CHANGE_TITLES[path], texte: changeSentence(path, value, parent.committee?.name, noun) }));
  return {
    numero: input.number,
    numero_texte: input.number === 1 ? '1' : String(input.number),
    convention_titre: parent.title,
    le_texte: noun.le,
    Le_texte: upper(noun.le),
    de_texte: noun.de,
    a_texte: noun.a,
    signe: noun.feminine ? 'signée' : 'signé',
    convention_date: parent.signed ? formatDateFr(parent.signed) : '',
    parties,
    exemplaires: numberFr(parties.length),
    articles,
    article_final: articles.length + 1,
    lieu: amendment.place ?? '',
    date: amendment.signed ? formatDateFr(amendment.signed) : '',
  };
}

export interface LetterInput {
  readonly agreement: Agreement;
  /** The party that gives notice (an org id, as recorded in `termination.by`). */
  readonly by: string;
  /** The letter's date: the day notice is given. */
  readonly date: string;
  readonly lastDay: string;
  readonly place?: string;
  /** An end the parties agreed on (`--ended`), rather than notice. */
  readonly agreed?: boolean;
  readonly registry: ReadonlyMap<string, Organization>;
}

/** What the notice letter template is given. */
export function letterData(input: LetterInput): Record<string, unknown> {
  const { agreement } = input;
  const parties = partiesOn(agreement, input.date, input.registry);
  const sender = organizationOn(input.by, input.date, input.registry);
  const from = parties.find((p) => p.id === sender) ?? { id: sender, nom: input.registry.get(sender)?.name ?? sender };
  const to = parties.filter((p) => p.id !== from.id);
  const source = (agreement.sources ?? []).find((s) => (s as { fields?: string[] }).fields?.some((f) => f === 'notice' || f === 'term' || f.startsWith('notice.') || f.startsWith('term.')));
  const period = agreement.notice ? parseDuration(agreement.notice.period) : null;
  // A framework or protocol is « l’accord », an amendment « l’avenant », a local convention « la convention ».
  const [texte, deTexte] = agreement.kind === 'local' ? ['la convention', 'de la convention'] : agreement.kind === 'amendment' ? ['l’avenant', 'de l’avenant'] : ['l’accord', 'de l’accord'];
  return {
    // Who signs the letter is who represents the party on its date, not who signed years ago: left to fill.
    expediteur: { id: from.id, nom: from.nom },
    destinataires: to.map((p) => ({ id: p.id, nom: p.nom })),
    texte,
    Texte: texte.charAt(0).toUpperCase() + texte.slice(1),
    de_texte: deTexte,
    feminin: agreement.kind === 'local',
    convention_titre: agreement.title,
    convention_date: agreement.signed ? formatDateFr(agreement.signed) : '',
    clause: source?.clause ?? '',
    citation: source?.quote ?? '',
    preavis: period ? formatDurationFr(period, true) : '',
    a_tout_moment: agreement.notice?.applies === 'any-time',
    fin_convenue: Boolean(input.agreed),
    dernier_jour: formatDateFr(input.lastDay),
    date: formatDateFr(input.date),
    lieu: input.place ?? '',
  };
}

let instance: typeof Handlebars | undefined;

/** A letter or an amendment from its template: values are data, never escaped nor evaluated. */
export function renderLifeDocument(source: string, data: Record<string, unknown>): { text: string } | { problem: string } {
  instance ??= Handlebars.create();
  try {
    return { text: instance.compile(source, { noEscape: true, strict: false })(data) };
  } catch (error) {
    return { problem: (error as Error).message.split('\n')[0]! };
  }
}
