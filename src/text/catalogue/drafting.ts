/** Messages of drafting (src/draft/, `new`), second part (see ../say.ts for the syntax). Keys are `drafting.<what>`. */
export const drafting = {
  'drafting.emptyValue': {
    en: '`{name}` is given empty: give a value, or leave the variable out to take its default',
    fr: '`{name}` est donnée vide : donnez une valeur, ou omettez la variable pour prendre sa valeur par défaut',
  },
  'drafting.notDateWrite': { en: '`{text}` is not written YYYY-MM-DD: write {guess}', fr: '`{text}` n’est pas écrite AAAA-MM-JJ : écrivez {guess}' },
  'drafting.zeroDuration': { en: '`{text}` is a zero duration: give a real one (P2M, P1Y), or choose none', fr: '`{text}` est une durée nulle : donnez une vraie durée (P2M, P1Y), ou choisissez « aucun »' },
  'drafting.badAliases': {
    en: '{at} ({name}): aliases must map words to the enum’s values',
    fr: '{at} ({name}) : aliases doit associer des mots aux valeurs de l’énumération',
  },
  'drafting.unknownDepartement': {
    en: 'département `{code}` is not in the official list of départements (INSEE, Etalab): give its INSEE code, e.g. 33 for Gironde',
    fr: 'le département `{code}` n’est pas dans la liste officielle des départements (INSEE, Etalab) : donnez son code INSEE, par ex. 33 pour la Gironde',
  },
  'drafting.unknownRegion': {
    en: 'région `{code}` is not in the official list of régions (INSEE, Etalab): give its INSEE code, e.g. 75 for Nouvelle-Aquitaine',
    fr: 'la région `{code}` n’est pas dans la liste officielle des régions (INSEE, Etalab) : donnez son code INSEE, par ex. 75 pour la Nouvelle-Aquitaine',
  },
  'drafting.noticeWithoutTacit': {
    en: 'notice before renewal (`preavis_mode=before-renewal`) has nothing to stop with reconduction={renewal}: choose `preavis_mode=any-time` or `none`, or `reconduction=tacit`',
    fr: 'un préavis avant l’échéance (`preavis_mode=before-renewal`) n’a rien à empêcher avec reconduction={renewal} : choisissez `preavis_mode=any-time` ou `none`, ou `reconduction=tacit`',
  },
  'drafting.noAxis': {
    en: 'every axis of cooperation is set to false ({names}): the convention would commit to nothing; keep at least one',
    fr: 'tous les axes de coopération sont à false ({names}) : la convention n’engagerait à rien ; gardez-en au moins un',
  },
  'drafting.partnerIsParty': {
    en: 'the partner `{id}` is already a party to {framework} ({party}): a local convention is between that framework’s parties’ local services and another partner',
    fr: 'le partenaire `{id}` est déjà partie à {framework} ({party}) : une convention locale lie les services locaux de ses signataires à un autre partenaire',
  },
  'drafting.partnerIsSuccessor': {
    en: 'the partner `{id}` succeeded `{party}`, a party to {framework}: it would be under contract with itself',
    fr: 'le partenaire `{id}` a succédé à `{party}`, partie à {framework} : il serait sous contrat avec lui-même',
  },
  'drafting.partnerNameDiffers': {
    en: 'the registry names `{id}` “{registered}”, but the text would say “{given}”: give `partenaire_nom={registered}`, or another `partenaire_id`',
    fr: 'le registre nomme `{id}` « {registered} », mais le texte dirait « {given} » : donnez `partenaire_nom={registered}`, ou un autre `partenaire_id`',
  },
  'drafting.frameworkEnded': {
    en: 'warning: {framework} is {status} as of {asOf}; the convention is drafted from it all the same',
    fr: 'attention : {framework} est {status} au {asOf} ; la convention en est rédigée quand même',
  },
  'drafting.frameworkSuperseded': {
    en: 'warning: {framework} was superseded by {successor} (in effect from {date}); consider drafting from it: accords new --from {successor}',
    fr: 'attention : {framework} a été remplacé par {successor} (en vigueur à partir du {date}) ; envisagez de rédiger à partir de celui-ci : accords new --from {successor}',
  },
  'drafting.plannedDate': {
    en: '`date_signature` is taken as the planned date (`date_prevue`): a draft is not signed; record the signature with `accords sign`',
    fr: '`date_signature` est prise comme date prévue (`date_prevue`) : un projet n’est pas signé ; la signature s’enregistre avec `accords sign`',
  },
  'drafting.plannedAndSigned': {
    en: '`date_signature` and `date_prevue` are both given: a draft has only a planned date (`date_prevue`); `accords sign` records the signature',
    fr: '`date_signature` et `date_prevue` sont données toutes deux : un projet n’a qu’une date prévue (`date_prevue`) ; `accords sign` enregistre la signature',
  },
  // The parent-in-force rule.
  'drafting.parentInForce.description': {
    en: 'a signed convention or amendment takes effect on a day its parent is in force',
    fr: 'une convention ou un avenant signé prend effet un jour où son accord parent est en vigueur',
  },
  'drafting.parentInForce.notInForce': {
    en: 'takes effect on {date}, when its parent {parent} is {status}',
    fr: 'prend effet le {date}, alors que son accord parent {parent} est {status}',
  },
  'drafting.parentInForce.hint': {
    en: 'draft it from the framework in force then (a successor), or check the dates',
    fr: 'rédigez-la à partir de l’accord alors en vigueur (un successeur), ou vérifiez les dates',
  },
} as const;
