/** Messages of amendments, committee meetings, non-working days, lead times and `due` in CI. Keys are `deadlines.<what>`. */
export const deadlines = {
  'deadlines.ics.committeeMeeting': { en: 'Committee meeting due', fr: 'Réunion du comité à tenir' },
  // A non-working day: shown beside the date in show, due's table, the calendar and the report.
  'deadlines.nonWorking': { en: 'non-working day: the last working day before it is {date}', fr: 'jour non ouvré : dernier jour ouvré avant {date}' },
  'deadlines.nonWorkingShort': { en: 'non-working; last working day {date}', fr: 'non ouvré ; dernier jour ouvré {date}' },
  'deadlines.overdue': { en: 'overdue since {date}', fr: 'en retard depuis le {date}' },
  'deadlines.announced': { en: 'announced from {date}', fr: 'annoncé dès le {date}' },
  'deadlines.heading.note': { en: 'NOTE', fr: 'REMARQUE' },
  // show: the next committee meeting and the amendments of a record.
  'deadlines.show.label.meeting': { en: 'committee meeting', fr: 'réunion du comité' },
  'deadlines.show.heading.amendments': { en: 'Amendments', fr: 'Avenants' },
  'deadlines.show.amendment': { en: '{id}, signed {signed}, in effect from {effective}', fr: '{id}, signé le {signed}, en vigueur depuis le {effective}' },
  'deadlines.show.change': { en: '{path}: {from} → {to}', fr: '{path} : {from} → {to}' },
  'deadlines.show.none': { en: '(none)', fr: '(aucun)' },
  'deadlines.show.amends': { en: 'amends {parent}: its changes apply to it from {date}', fr: 'modifie {parent} : ses changements s’y appliquent à partir du {date}' },
  // due --format github and sarif: one annotation per event.
  'deadlines.github.event': { en: '{event} of {id} ({title}) on {date}, in {days} days', fr: '{event} de {id} ({title}) le {date}, dans {days} jours' },
  'deadlines.github.today': { en: '{event} of {id} ({title}) today, {date}', fr: '{event} de {id} ({title}) aujourd’hui, {date}' },
  'deadlines.github.summary': { en: '{count} dated events between {from} and {to}', fr: '{count} échéances entre le {from} et le {to}' },
  'deadlines.sarif.rule': { en: 'A dated event of an agreement: {event}', fr: 'Une échéance d’un accord : {event}' },
  // due --lead
  'deadlines.leadNotPeriod': { en: '--lead: “{text}” is not a period', fr: '--lead : « {text} » n’est pas une durée' },
  'deadlines.leadHint': { en: 'write it like --within: 2w, 30d, 1m, or P1M', fr: 'écrivez-la comme --within : 2w, 30d, 1m ou P1M' },
  'deadlines.help.lead': { en: 'announce each date that much earlier (an internal lead time; a record’s own `lead:` wins)', fr: 'annonce chaque échéance d’autant plus tôt (délai interne ; le `lead:` d’une fiche prévaut)' },
} as const;
