/** Messages of src/check/ (see ../say.ts for the syntax). Keys are `check.<what>`. */
export const check = {
  // Shared by the schema and the rules.
  /** Where a problem sits when its path is empty. */
  'check.path.record': { en: 'the record', fr: 'la fiche' },

  // The schema, explained (schema.ts).
  'check.schema.unknownKey': { en: 'unknown key `{key}`', fr: 'clé inconnue `{key}`' },
  'check.schema.unknownKeyIn': { en: 'unknown key `{key}` in `{field}`', fr: 'clé inconnue `{key}` dans `{field}`' },
  'check.schema.allowedKeys': { en: 'allowed keys here: {keys}', fr: 'clés autorisées ici : {keys}' },
  'check.schema.missingKey': { en: 'missing required key `{key}`', fr: 'clé obligatoire `{key}` manquante' },
  'check.schema.missingKeyIn': { en: 'missing required key `{key}` in `{field}`', fr: 'clé obligatoire `{key}` manquante dans `{field}`' },
  'check.schema.addKey': { en: 'add `{key}:`', fr: 'ajoutez `{key}:`' },
  'check.schema.notAllowed': { en: '`{field}` must be {allowed}, not `{value}`', fr: '`{field}` doit être {allowed}, pas `{value}`' },
  'check.schema.wrongType': { en: '`{field}` must be {expected}, not {actual}', fr: '`{field}` doit être {expected}, pas {actual}' },
  'check.schema.quoteIt': { en: 'quote it: "{value}"', fr: 'mettez-la entre guillemets : "{value}"' },
  'check.schema.minItems': {
    en: { one: '`{field}` must list at least {count} item', other: '`{field}` must list at least {count} items' },
    fr: { one: '`{field}` doit compter au moins {count} élément', other: '`{field}` doit compter au moins {count} éléments' },
  },
  // The English of these keywords is ajv's own message, as the tool printed it before it spoke French.
  'check.schema.maxItems': {
    en: { one: '`{field}` must NOT have more than {count} items', other: '`{field}` must NOT have more than {count} items' },
    fr: { one: '`{field}` doit compter au plus {count} élément', other: '`{field}` doit compter au plus {count} éléments' },
  },
  'check.schema.minLength': {
    en: { one: '`{field}` must NOT have fewer than {count} characters', other: '`{field}` must NOT have fewer than {count} characters' },
    fr: { one: '`{field}` doit compter au moins {count} caractère', other: '`{field}` doit compter au moins {count} caractères' },
  },
  'check.schema.maxLength': {
    en: { one: '`{field}` must NOT have more than {count} characters', other: '`{field}` must NOT have more than {count} characters' },
    fr: { one: '`{field}` doit compter au plus {count} caractère', other: '`{field}` doit compter au plus {count} caractères' },
  },
  'check.schema.minimum': { en: '`{field}` must be >= {limit}', fr: '`{field}` doit être supérieur ou égal à {limit}' },
  'check.schema.maximum': { en: '`{field}` must be <= {limit}', fr: '`{field}` doit être inférieur ou égal à {limit}' },
  'check.schema.exclusiveMinimum': { en: '`{field}` must be > {limit}', fr: '`{field}` doit être supérieur à {limit}' },
  'check.schema.exclusiveMaximum': { en: '`{field}` must be < {limit}', fr: '`{field}` doit être inférieur à {limit}' },
  'check.schema.uniqueItems': {
    en: '`{field}` must NOT have duplicate items (items ## {second} and {first} are identical)',
    fr: '`{field}` ne doit pas contenir de doublons (les éléments {second} et {first} sont identiques)',
  },
  /** Any other keyword: ajv's own words, which exist in English only. */
  'check.schema.other': { en: '`{field}` {reason}', fr: '`{field}` n’est pas valide ({reason})' },
  'check.schema.invalid': { en: '`{field}` is invalid', fr: '`{field}` n’est pas valide' },

  // What a value was expected to be: a schema type (ajv's names), whole phrases with their article.
  'check.expected.string': { en: 'a string', fr: 'un texte' },
  'check.expected.number': { en: 'a number', fr: 'un nombre' },
  'check.expected.integer': { en: 'an integer', fr: 'un nombre entier' },
  'check.expected.boolean': { en: 'a boolean', fr: 'un booléen' },
  'check.expected.object': { en: 'an object', fr: 'un tableau associatif' },
  'check.expected.array': { en: 'an array', fr: 'une liste' },
  /** Several types, or one the tool has no words for (`string or null`): by name, a/an as English wants. */
  'check.expected.a': { en: 'a {type}', fr: 'une valeur de type {type}' },
  'check.expected.an': { en: 'an {type}', fr: 'une valeur de type {type}' },

  // A field of a shared definition (`date`, `duration`, `slug`): what it must be, and how to write it.
  'check.kind.date': { en: 'a date written YYYY-MM-DD', fr: 'une date écrite AAAA-MM-JJ' },
  'check.kind.duration': { en: 'an ISO 8601 duration such as P1Y, P6M, P6W or P90D', fr: 'une durée ISO 8601 comme P1Y, P6M, P6W ou P90D' },
  'check.kind.slug': { en: 'a lower-case id of letters, digits and hyphens', fr: 'un identifiant en minuscules fait de lettres, de chiffres et de tirets' },
  'check.kindHint.date': { en: 'write the date as 2016-11-16', fr: 'écrivez la date sous la forme 2016-11-16' },
  'check.kindHint.duration': {
    en: 'years (Y), months (M), weeks (W) and days (D) after a P: P1Y, P2M, P1Y6M, P90D; no time part',
    fr: 'années (Y), mois (M), semaines (W) et jours (D) après un P : P1Y, P2M, P1Y6M, P90D ; pas de partie horaire',
  },
  'check.kindHint.slug': { en: 'use a-z, 0-9 and single hyphens, e.g. amf-pole-emploi-2016', fr: 'utilisez a-z, 0-9 et des tirets simples, par ex. amf-pole-emploi-2016' },

  // What a value actually is.
  'check.actual.null': { en: 'empty (null)', fr: 'vide (null)' },
  'check.actual.list': { en: 'a list', fr: 'une liste' },
  'check.actual.mapping': { en: 'a mapping', fr: 'un tableau associatif' },
  'check.actual.text': { en: 'the text `{text}`', fr: 'le texte `{text}`' },
  'check.actual.number': { en: 'a number (`{value}`)', fr: 'un nombre (`{value}`)' },
  'check.actual.boolean': { en: 'a boolean (`{value}`)', fr: 'un booléen (`{value}`)' },
  'check.actual.a': { en: 'a {type} (`{value}`)', fr: 'une valeur de type {type} (`{value}`)' },
  'check.actual.an': { en: 'an {type} (`{value}`)', fr: 'une valeur de type {type} (`{value}`)' },

  // A value of the wrong form.
  'check.pattern.date': { en: '`{field}`: `{value}` is not a date written YYYY-MM-DD', fr: '`{field}` : `{value}` n’est pas une date écrite AAAA-MM-JJ' },
  'check.pattern.writeDate': { en: 'write {date}', fr: 'écrivez {date}' },
  'check.pattern.duration': { en: '`{field}`: `{value}` is not an ISO 8601 date duration', fr: '`{field}` : `{value}` n’est pas une durée ISO 8601 sans partie horaire' },
  'check.pattern.slug': { en: '`{field}`: `{value}` is not a lower-case id', fr: '`{field}` : `{value}` n’est pas un identifiant en minuscules' },
  'check.pattern.writeSlug': { en: 'write `{slug}`', fr: 'écrivez `{slug}`' },
  'check.pattern.other': { en: '`{field}`: `{value}` does not have the expected form', fr: '`{field}` : `{value}` n’a pas la forme attendue' },
  'check.date.noSuchMonth': { en: '`{field}`: {value} is not a calendar date (there is no month {month})', fr: '`{field}` : {value} n’est pas une date du calendrier (il n’y a pas de mois {month})' },
  'check.date.monthsHint': { en: 'months run from 01 to 12', fr: 'les mois vont de 01 à 12' },
  'check.date.noSuchDay': { en: '`{field}`: {value} is not a calendar date', fr: '`{field}` : {value} n’est pas une date du calendrier' },
  /** `{month}` is a `{ month: n }` parameter: the month's name in the language it is said in (Intl). */
  'check.date.daysInMonth': { en: '{month} {year} has {days} days', fr: '{month} {year} compte {days} jours' },

  // The shape of a whole file (validate.ts).
  'check.document.notAMapping': { en: 'a record must be a mapping of keys to values, not {actual}', fr: 'une fiche doit être un tableau associatif de clés et de valeurs, pas {actual}' },
  'check.document.notAMappingHint': { en: 'start with `id: …`, `title: …` (see schemas/agreement.schema.json)', fr: 'commencez par `id: …`, `title: …` (voir schemas/agreement.schema.json)' },
  'check.document.notAList': { en: 'the registry must be a list of organizations, not {actual}', fr: 'le registre doit être une liste d’organismes, pas {actual}' },
  'check.document.notAListHint': {
    en: 'write one `- id: …` entry per organization (see schemas/organizations.schema.json)',
    fr: 'écrivez une entrée `- id: …` par organisme (voir schemas/organizations.schema.json)',
  },
  'check.document.empty': { en: 'an empty document', fr: 'un document vide' },
  'check.document.string': { en: 'a single string', fr: 'un texte seul' },
  'check.document.number': { en: 'a single number', fr: 'un nombre seul' },
  'check.document.boolean': { en: 'a single boolean', fr: 'un booléen seul' },
  'check.document.other': { en: 'a single {type}', fr: 'une valeur seule de type {type}' },
  'check.document.missingRegistry': { en: 'the organizations registry is missing', fr: 'le registre des organismes est absent' },
  'check.document.missingRegistryHint': {
    en: 'create {file} listing the parties (see schemas/organizations.schema.json)',
    fr: 'créez {file} avec la liste des parties (voir schemas/organizations.schema.json)',
  },

  // The rules (rules/*.ts), each with its description (SARIF, help).
  'check.idMatchesFile.description': { en: 'The id equals the file name without its extension.', fr: 'L’identifiant est le nom du fichier sans son extension.' },
  'check.idMatchesFile.differs': { en: 'id `{id}` differs from the file name `{stem}`', fr: 'l’identifiant `{id}` diffère du nom de fichier `{stem}`' },
  'check.idMatchesFile.hint': { en: 'write `id: {stem}` or rename the file to {id}.yaml', fr: 'écrivez `id: {stem}` ou renommez le fichier en {id}.yaml' },

  'check.uniqueId.description': { en: 'Each id is used by one record only.', fr: 'Chaque identifiant n’est utilisé que par une seule fiche.' },
  'check.uniqueId.used': { en: 'id `{id}` is already used by {file}', fr: 'l’identifiant `{id}` est déjà utilisé par {file}' },
  'check.uniqueId.hint': { en: 'give each agreement its own id (and file name)', fr: 'donnez à chaque accord son propre identifiant (et nom de fichier)' },

  'check.knownOrganization.description': { en: 'Organizations named by a record exist in agreements/organizations.yaml.', fr: 'Les organismes nommés par une fiche existent dans agreements/organizations.yaml.' },
  'check.knownOrganization.unknown': { en: 'unknown organization `{org}`', fr: 'organisme inconnu `{org}`' },
  'check.knownOrganization.addIt': { en: 'add it to {file}', fr: 'ajoutez-le à {file}' },

  'check.knownReference.description': { en: '`parent` and `supersedes` refer to existing agreements.', fr: '`parent` et `supersedes` désignent des accords existants.' },
  'check.knownReference.itself': { en: '`{id}` refers to itself', fr: '`{id}` se désigne lui-même' },
  'check.knownReference.itselfHint': { en: 'name another agreement in `{field}`', fr: 'nommez un autre accord dans `{field}`' },
  'check.knownReference.unknown': { en: 'no agreement has the id `{id}`', fr: 'aucun accord n’a l’identifiant `{id}`' },
  'check.knownReference.unknownHint': { en: 'check the id, or add that agreement\'s record', fr: 'vérifiez l’identifiant, ou ajoutez la fiche de cet accord' },

  'check.referenceCycle.description': { en: '`parent` and `supersedes` links form no cycle.', fr: 'Les liens `parent` et `supersedes` ne forment aucun cycle.' },
  'check.referenceCycle.circular': { en: 'circular reference: {chain}', fr: 'référence circulaire : {chain}' },
  'check.referenceCycle.hint': { en: 'an agreement cannot derive from or replace one that derives from it', fr: 'un accord ne peut ni découler d’un accord qui découle de lui, ni le remplacer' },

  'check.termShape.description': { en: 'A term has either `duration` or `end`; durations are longer than zero.', fr: 'Une période a soit `duration`, soit `end` ; les durées sont supérieures à zéro.' },
  'check.termShape.both': { en: 'the term has both `duration` and `end`', fr: 'la période a à la fois `duration` et `end`' },
  'check.termShape.bothHint': { en: 'keep one: `duration` counts from `effective`, `end` is the last day in force', fr: 'gardez-en un seul : `duration` compte à partir de `effective`, `end` est le dernier jour en vigueur' },
  'check.termShape.neither': { en: 'the term has neither `duration` nor `end`', fr: 'la période n’a ni `duration` ni `end`' },
  'check.termShape.neitherHint': {
    en: 'add `duration: P1Y` (say) or `end: YYYY-MM-DD`; remove `term` for an agreement without a fixed end',
    fr: 'ajoutez par ex. `duration: P1Y` ou `end: AAAA-MM-JJ` ; supprimez `term` pour un accord sans date de fin fixe',
  },
  'check.termShape.zero': { en: '`{field}` is zero', fr: '`{field}` est une durée nulle' },
  'check.termShape.zeroHint': { en: 'a duration must be at least one day (P1D)', fr: 'une durée doit être d’au moins un jour (P1D)' },

  'check.dateOrder.description': { en: 'The term end, termination and notice dates come after the start.', fr: 'La fin de la période, la résiliation et le préavis sont datés après l’entrée en vigueur.' },
  'check.dateOrder.termEnd': {
    en: 'the last day of the term ({date}) is before the first day in force ({startField}: {start})',
    fr: 'le dernier jour de la période ({date}) précède l’entrée en vigueur ({startField} : {start})',
  },
  'check.dateOrder.termEndHint': { en: 'check both dates: the last day of the term must be on or after {start}', fr: 'vérifiez les deux dates : le dernier jour de la période doit tomber le {start} ou après' },
  'check.dateOrder.ended': {
    en: 'the termination ({date}) is before the first day in force ({startField}: {start})',
    fr: 'la résiliation ({date}) précède l’entrée en vigueur ({startField} : {start})',
  },
  'check.dateOrder.endedHint': { en: 'check both dates: the termination must be on or after {start}', fr: 'vérifiez les deux dates : la résiliation doit tomber le {start} ou après' },
  'check.dateOrder.notice': { en: 'notice ({notice}) was given before the agreement was signed ({signed})', fr: 'le préavis ({notice}) a été donné avant la signature de l’accord ({signed})' },
  'check.dateOrder.noticeHint': { en: 'check the date the written notice was received', fr: 'vérifiez la date de réception du préavis écrit' },
  'check.dateOrder.undated': { en: '`termination` needs `notice_given` or `ended`', fr: '`termination` doit indiquer `notice_given` ou `ended`' },
  'check.dateOrder.undatedHint': {
    en: 'add the date notice was received (`notice_given:`) or the last day in force (`ended:`)',
    fr: 'ajoutez la date de réception du préavis (`notice_given:`) ou le dernier jour en vigueur (`ended:`)',
  },

  'check.terminationByParty.description': { en: '`termination.by` is a party to the agreement.', fr: '`termination.by` est une partie à l’accord.' },
  'check.terminationByParty.notAParty': { en: '`{by}` is not a party to this agreement', fr: '`{by}` n’est pas partie à cet accord' },
  'check.terminationByParty.hint': { en: 'notice comes from a party: {parties}', fr: 'le préavis vient d’une partie : {parties}' },

  'check.renewalSettings.description': {
    en: 'Tacit renewal states `renewal_period`; `max_renewals` goes with tacit renewal.',
    fr: 'La reconduction tacite indique `renewal_period` ; `max_renewals` ne va qu’avec la reconduction tacite.',
  },
  'check.renewalSettings.noPeriod': {
    en: 'tacit renewal without `renewal_period`: renewed terms are taken to last {duration}',
    fr: 'reconduction tacite sans `renewal_period` : chaque période reconduite est réputée durer {duration}',
  },
  'check.renewalSettings.noPeriodNoDuration': {
    en: 'tacit renewal without `renewal_period`: renewed terms are taken to last as long as the first',
    fr: 'reconduction tacite sans `renewal_period` : chaque période reconduite est réputée durer autant que la première',
  },
  'check.renewalSettings.noPeriodHint': {
    en: 'state `renewal_period:` (Code civil art. 1214 may make an unstated renewal open-ended)',
    fr: 'indiquez `renewal_period:` (selon l’art. 1214 du Code civil, une reconduction de durée non précisée peut être à durée indéterminée)',
  },
  'check.renewalSettings.maxWithoutTacit': { en: '`max_renewals` has no effect without `renewal: tacit`', fr: '`max_renewals` n’a aucun effet sans `renewal: tacit`' },
  'check.renewalSettings.maxWithoutTacitHint': { en: 'remove it, or set `renewal: tacit`', fr: 'supprimez-le, ou indiquez `renewal: tacit`' },

  'check.signedBeforeParent.description': { en: 'A derived agreement is signed on or after its parent takes effect.', fr: 'Un accord dérivé est signé le jour de l’entrée en vigueur de son parent ou après.' },
  'check.signedBeforeParent.early': { en: 'signed {signed}, before its parent `{parent}` took effect ({start})', fr: 'signé le {signed}, avant l’entrée en vigueur de son parent `{parent}` ({start})' },
  'check.signedBeforeParent.hint': { en: 'check the signature date, or the parent', fr: 'vérifiez la date de signature, ou le parent' },

  'check.parentRequired.description': { en: 'Local conventions and amendments name their `parent`.', fr: 'Les conventions locales et les avenants nomment leur `parent`.' },
  'check.parentRequired.amendment': { en: 'an amendment without `parent`', fr: 'un avenant sans `parent`' },
  'check.parentRequired.local': { en: 'a local convention without `parent`', fr: 'une convention locale sans `parent`' },
  'check.parentRequired.hint': { en: 'add `parent: <id>` of the agreement it derives from or amends', fr: 'ajoutez `parent: <id>`, l’identifiant de l’accord d’origine ou de l’accord modifié' },

  'check.templateExists.description': { en: 'The `template` file exists.', fr: 'Le fichier nommé par `template` existe.' },
  'check.templateExists.notFound': { en: 'template `{template}` not found', fr: 'modèle `{template}` introuvable' },
  'check.templateExists.present': { en: 'templates present: {templates}', fr: 'modèles présents : {templates}' },
  'check.templateExists.addIt': { en: 'add it under templates/', fr: 'ajoutez-le sous templates/' },

  'check.organizationRegistry.description': {
    en: 'Organization ids are unique; successors exist; succession has no loop.',
    fr: 'Les identifiants d’organisme sont uniques ; les successeurs existent ; la succession ne boucle pas.',
  },
  'check.organizationRegistry.twice': { en: 'organization `{id}` is listed twice (first at entry {entry})', fr: 'l’organisme `{id}` figure deux fois (d’abord à l’entrée {entry})' },
  'check.organizationRegistry.twiceHint': { en: 'keep one entry per organization', fr: 'gardez une seule entrée par organisme' },
  'check.organizationRegistry.unknownSuccessor': { en: 'successor `{successor}` is not in the registry', fr: 'le successeur `{successor}` n’est pas dans le registre' },
  'check.organizationRegistry.unknownSuccessorHint': { en: 'add an entry `- id: {successor}`', fr: 'ajoutez une entrée `- id: {successor}`' },
  'check.organizationRegistry.loop': { en: 'succession of `{id}` loops back to itself', fr: 'la succession de `{id}` revient à son point de départ' },
  'check.organizationRegistry.loopHint': { en: 'an organization cannot succeed its own successor', fr: 'un organisme ne peut pas succéder à son propre successeur' },

  // Rules reported before the semantic ones (parse, schema), described for SARIF (rules/descriptions.ts).
  'check.rule.unreadableFile': { en: 'The file can be read as UTF-8 within the size limit.', fr: 'Le fichier se lit en UTF-8 dans la limite de taille.' },
  'check.rule.yamlSyntax': { en: 'The file is well-formed YAML.', fr: 'Le fichier est du YAML bien formé.' },
  'check.rule.yamlDuplicateKey': { en: 'A key appears once in a mapping.', fr: 'Une clé n’apparaît qu’une fois dans un tableau associatif.' },
  'check.rule.yamlAlias': { en: 'Aliases stay within the expansion limit.', fr: 'Les alias restent dans la limite d’expansion.' },
  'check.rule.yamlNesting': { en: 'Nesting stays within the depth limit.', fr: 'L’imbrication reste dans la limite de profondeur.' },
  'check.rule.reservedKey': { en: 'No key is named __proto__, constructor or prototype.', fr: 'Aucune clé ne se nomme __proto__, constructor ou prototype.' },
  'check.rule.emptyFile': { en: 'The file holds a document.', fr: 'Le fichier contient un document.' },
  'check.rule.documentShape': { en: 'A record is a mapping; the registry is a list.', fr: 'Une fiche est un tableau associatif ; le registre est une liste.' },
  'check.rule.missingRegistry': { en: 'agreements/organizations.yaml exists.', fr: 'Le fichier agreements/organizations.yaml existe.' },
  'check.rule.unknownKey': { en: 'Every key is one the schema knows.', fr: 'Chaque clé est connue du schéma.' },
  'check.rule.missingKey': { en: 'Required keys are present.', fr: 'Les clés obligatoires sont présentes.' },
  'check.rule.invalidType': { en: 'Values have the type the schema expects.', fr: 'Les valeurs ont le type attendu par le schéma.' },
  'check.rule.invalidValue': { en: 'Values are among those allowed.', fr: 'Les valeurs font partie de celles autorisées.' },
  'check.rule.invalidDate': { en: 'Dates are written YYYY-MM-DD and exist in the calendar.', fr: 'Les dates s’écrivent AAAA-MM-JJ et existent dans le calendrier.' },
  'check.rule.invalidDuration': { en: 'Durations are ISO 8601 date durations (P1Y, P6M, P6W, P90D).', fr: 'Les durées sont des durées ISO 8601 sans partie horaire (P1Y, P6M, P6W, P90D).' },
  'check.rule.invalidId': { en: 'Ids are lower-case slugs.', fr: 'Les identifiants sont en minuscules, chiffres et tirets.' },
  'check.rule.schema': { en: 'The value satisfies the JSON Schema.', fr: 'La valeur respecte le schéma JSON.' },
} as const;
