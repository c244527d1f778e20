/** Messages of src/lifecycle/ (see ../say.ts for the syntax). Keys are `lifecycle.<what>`. */
export const lifecycle = {
  // Why a signed record's status is `unknown` (show prints it as a warning).
  'lifecycle.statusUnknown': { en: 'status unknown: {reason}', fr: 'statut inconnu : {reason}' },
  'lifecycle.unknown.signatureDate': { en: 'signed, but the date of signature is not known', fr: 'signé, mais la date de signature n’est pas connue' },
  'lifecycle.unknown.noEffective': { en: 'no `effective` date to compute from', fr: 'aucune date `effective` à partir de laquelle calculer' },
  'lifecycle.unknown.firstDay': { en: 'the first day in force cannot be read', fr: 'le premier jour en vigueur est illisible' },
  'lifecycle.unknown.termUnreadable': { en: 'the term has a date or duration that cannot be read', fr: 'la période de validité a une date ou une durée illisible' },
  'lifecycle.unknown.termNeedsOne': { en: 'the term needs either `duration` or `end`', fr: 'la période de validité demande soit `duration`, soit `end`' },
  'lifecycle.unknown.tacitNeedsPeriod': {
    en: 'tacit renewal needs a `renewal_period` (or a `duration` to repeat)',
    fr: 'la reconduction tacite demande une `renewal_period` (ou une `duration` à répéter)',
  },
  'lifecycle.unknown.zeroTerm': { en: 'the term lasts zero days', fr: 'la période de validité dure zéro jour' },
  'lifecycle.unknown.notice': { en: 'the notice period cannot be read', fr: 'la durée du préavis est illisible' },
  'lifecycle.unknown.review': { en: '`review_every` cannot be read', fr: '`review_every` est illisible' },
  'lifecycle.unknown.termination': { en: 'the termination date cannot be read', fr: 'la date de résiliation est illisible' },

  // Human labels of the codes, for prose outputs (show text, report); tables and JSON keep the codes.
  'lifecycle.event.start': { en: 'start', fr: 'entrée en vigueur' },
  'lifecycle.event.noticeDeadline': { en: 'notice deadline', fr: 'date limite de préavis' },
  'lifecycle.event.renewal': { en: 'tacit renewal', fr: 'reconduction tacite' },
  'lifecycle.event.expiry': { en: 'end', fr: 'fin' },
  'lifecycle.event.review': { en: 'review', fr: 'réexamen' },
  'lifecycle.event.committeeMeeting': { en: 'committee meeting', fr: 'réunion du comité' },
  // English labels are the codes themselves, as `show` has always printed them.
  'lifecycle.status.draft': { en: 'draft', fr: 'projet' },
  'lifecycle.status.upcoming': { en: 'upcoming', fr: 'à venir' },
  'lifecycle.status.inForce': { en: 'in-force', fr: 'en vigueur' },
  'lifecycle.status.expired': { en: 'expired', fr: 'expiré' },
  'lifecycle.status.terminated': { en: 'terminated', fr: 'résilié' },
  'lifecycle.status.unknown': { en: 'unknown', fr: 'inconnu' },
  'lifecycle.kind.framework': { en: 'framework', fr: 'accord-cadre' },
  'lifecycle.kind.local': { en: 'local', fr: 'convention locale' },
  'lifecycle.kind.protocol': { en: 'protocol', fr: 'protocole' },
  'lifecycle.kind.amendment': { en: 'amendment', fr: 'avenant' },
  'lifecycle.level.national': { en: 'national', fr: 'national' },
  'lifecycle.level.regional': { en: 'regional', fr: 'régional' },
  'lifecycle.level.departmental': { en: 'departmental', fr: 'départemental' },
  'lifecycle.level.local': { en: 'local', fr: 'local' },
} as const;
