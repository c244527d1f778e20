/** Messages of src/draft/ (see ../say.ts for the syntax). Keys are `draft.<what>`. */
export const draft = {
  // Values given for a template's variables (variables.ts).
  'draft.reservedName': { en: '`{name}` is not an allowed variable name', fr: '`{name}` n’est pas un nom de variable autorisé' },
  'draft.unknownVariableDidYouMean': { en: 'unknown variable `{name}`: did you mean `{guess}`?', fr: 'variable inconnue `{name}` : vouliez-vous dire `{guess}` ?' },
  'draft.unknownVariableFromDidYouMean': {
    en: 'unknown variable `{name}` (from {origin}): did you mean `{guess}`?',
    fr: 'variable inconnue `{name}` (provenant de {origin}) : vouliez-vous dire `{guess}` ?',
  },
  'draft.unknownVariable': { en: 'unknown variable `{name}`; variables: {names}', fr: 'variable inconnue `{name}` ; variables : {names}' },
  'draft.unknownVariableNone': { en: 'unknown variable `{name}`: this template has no variables', fr: 'variable inconnue `{name}` : ce modèle n’a aucune variable' },
  'draft.unknownVariableFromNone': {
    en: 'unknown variable `{name}` (from {origin}): this template has no variables',
    fr: 'variable inconnue `{name}` (provenant de {origin}) : ce modèle n’a aucune variable',
  },
  'draft.unknownVariableFrom': { en: 'unknown variable `{name}` (from {origin}); variables: {names}', fr: 'variable inconnue `{name}` (provenant de {origin}) ; variables : {names}' },
  'draft.valueProblem': { en: '`{name}`: {problem}', fr: '`{name}` : {problem}' },
  'draft.valueProblemFrom': { en: '`{name}` (from {origin}): {problem}', fr: '`{name}` (provenant de {origin}) : {problem}' },
  'draft.missingRequired': { en: 'missing required variable `{name}`: {description}', fr: 'variable obligatoire manquante `{name}` : {description}' },
  'draft.missingRequiredExample': {
    en: 'missing required variable `{name}`: {description} (e.g. --set {name}={example})',
    fr: 'variable obligatoire manquante `{name}` : {description} (par ex. --set {name}={example})',
  },
  // English says "a string" but "an integer": one key per article, the same French.
  'draft.expectedANotList': { en: 'expected a {type}, not a list', fr: 'une valeur de type {type} est attendue, pas une liste' },
  'draft.expectedAnNotList': { en: 'expected an {type}, not a list', fr: 'une valeur de type {type} est attendue, pas une liste' },
  'draft.expectedANotMapping': { en: 'expected a {type}, not a mapping', fr: 'une valeur de type {type} est attendue, pas un bloc de clés' },
  'draft.expectedAnNotMapping': { en: 'expected an {type}, not a mapping', fr: 'une valeur de type {type} est attendue, pas un bloc de clés' },
  'draft.notExpectedForm': { en: '`{text}` does not have the expected form', fr: '`{text}` n’a pas la forme attendue' },
  'draft.notExpectedFormExample': { en: '`{text}` does not have the expected form (e.g. {example})', fr: '`{text}` n’a pas la forme attendue (par ex. {example})' },
  'draft.notDate': { en: '`{text}` is not a calendar date written YYYY-MM-DD', fr: '`{text}` n’est pas une date du calendrier écrite AAAA-MM-JJ' },
  'draft.notDuration': { en: '`{text}` is not an ISO 8601 duration such as P1Y, P2M, P6W or P90D', fr: '`{text}` n’est pas une durée ISO 8601 comme P1Y, P2M, P6W ou P90D' },
  'draft.notInteger': { en: '`{text}` is not a whole number', fr: '`{text}` n’est pas un nombre entier' },
  'draft.notBoolean': { en: '`{text}` is not true/false (oui/non)', fr: '`{text}` n’est pas oui/non (true/false)' },
  'draft.notOneOf': { en: '`{text}` is not one of {values}', fr: '`{text}` n’est pas l’une des valeurs {values}' },
  'draft.notOneOfDidYouMean': { en: '`{text}` is not one of {values} (did you mean `{guess}`?)', fr: '`{text}` n’est pas l’une des valeurs {values} (vouliez-vous dire `{guess}` ?)' },

  // A template's front matter (template.ts).
  'draft.noFrontMatter': {
    en: 'the template must start with front matter between `---` lines (description, variables, record)',
    fr: 'le modèle doit commencer par un en-tête YAML entre deux lignes `---` (description, variables, record)',
  },
  'draft.frontMatterLine': { en: 'front matter line {line}: {message}', fr: 'en-tête YAML, ligne {line} : {message}' },
  'draft.frontMatterNotMapping': { en: 'the front matter must be a mapping', fr: 'l’en-tête YAML doit être un bloc de clés' },
  'draft.needsVariables': { en: 'the front matter needs a `variables:` list', fr: 'il manque à l’en-tête YAML une liste `variables:`' },
  'draft.needsRecord': {
    en: 'the front matter needs a `record:` mapping (the agreement record to draft)',
    fr: 'il manque à l’en-tête YAML un bloc `record:` (la fiche de l’accord à rédiger)',
  },
  'draft.organizationNotMapping': { en: '`organization:` must be a mapping', fr: '`organization:` doit être un bloc de clés' },
  'draft.declaredTwice': { en: 'variable `{name}` is declared twice', fr: 'la variable `{name}` est déclarée deux fois' },
  'draft.defaultFromUnknown': { en: 'variable `{name}`: default_from names no variable (`{from}`)', fr: 'variable `{name}` : default_from ne désigne aucune variable (`{from}`)' },
  'draft.variableNotMapping': { en: '{at} must be a mapping', fr: '{at} doit être un bloc de clés' },
  'draft.badVariableName': { en: '{at}: name `{name}` must be lower-case letters, digits and _', fr: '{at} : le nom `{name}` doit être fait de lettres minuscules, de chiffres et de _' },
  'draft.badVariableType': { en: '{at} ({name}): type must be one of {types}', fr: '{at} ({name}) : type doit être l’un de {types}' },
  'draft.needsDescription': { en: '{at} ({name}): needs a description', fr: '{at} ({name}) : il manque une description' },
  'draft.enumNeedsValues': { en: '{at} ({name}): an enum needs `values`', fr: '{at} ({name}) : un enum a besoin de `values`' },
  'draft.patternNotString': { en: '{at} ({name}): pattern must be a string', fr: '{at} ({name}) : pattern doit être une chaîne' },
  'draft.patternNeedsExample': { en: '{at} ({name}): a variable with a pattern needs an example', fr: '{at} ({name}) : une variable avec un pattern a besoin d’un example' },
  'draft.unknownVariableKey': { en: '{at} ({name}): unknown key `{key}`', fr: '{at} ({name}) : clé inconnue `{key}`' },
  // `{key}` is `default` or `example`, `{problem}` a value problem above.
  'draft.badVariableValue': { en: '{at} ({name}): {key} {problem}', fr: '{at} ({name}) : {key} {problem}' },

  // Rendering (render.ts, convention.ts).
  'draft.cannotRender': { en: 'the template cannot be rendered: {reason}', fr: 'impossible d’appliquer le modèle : {reason}' },
  'draft.notAVariable': {
    en: '`{name}` is not one of its variables (declare it under `variables:` or correct the name)',
    fr: '`{name}` ne fait pas partie de ses variables (déclarez-la sous `variables:` ou corrigez le nom)',
  },
  'draft.notAVariableAt': {
    en: 'line {line}, column {column}: `{name}` is not one of its variables (declare it under `variables:` or correct the name)',
    fr: 'ligne {line}, colonne {column} : `{name}` ne fait pas partie de ses variables (déclarez-la sous `variables:` ou corrigez le nom)',
  },
  'draft.syntax': { en: 'syntax: {message}', fr: 'syntaxe : {message}' },
  'draft.usedNotDeclared': { en: '`{name}` is used but not declared', fr: '`{name}` est utilisé mais pas déclaré' },
  'draft.declaredNotUsed': { en: 'variable `{name}` is declared but never used', fr: 'la variable `{name}` est déclarée mais jamais utilisée' },

  // Templates as commands find them (commands/drafting.ts).
  'draft.noTemplate': {
    en: '`{owner}` has no `template:`; only agreements with a template can be drafted from',
    fr: '`{owner}` n’a pas de `template:` ; on ne peut rédiger qu’à partir d’un accord qui a un modèle',
  },
  'draft.templateOutsideRoot': { en: 'template {path} of `{owner}` is outside the root', fr: 'le modèle {path} de `{owner}` est hors de la racine' },
  'draft.templateUnreadable': { en: 'template {path} of `{owner}` cannot be read (does it exist?)', fr: 'le modèle {path} de `{owner}` ne peut pas être lu (existe-t-il ?)' },
  'draft.templateProblems': { en: 'template {path} has problems:', fr: 'le modèle {path} a des problèmes :' },
  // `new --list-vars`: the table's headings and cells (names, types and defaults stay as written).
  'draft.headingName': { en: 'NAME', fr: 'NOM' },
  'draft.headingType': { en: 'TYPE', fr: 'TYPE' },
  'draft.headingValue': { en: 'VALUE', fr: 'VALEUR' },
  'draft.headingDescription': { en: 'DESCRIPTION', fr: 'DESCRIPTION' },
  'draft.required': { en: 'required', fr: 'obligatoire' },
  'draft.optional': { en: 'optional', fr: 'facultative' },
  'draft.withExample': { en: '{description} (e.g. {example})', fr: '{description} (par ex. {example})' },

  // Values from --vars and --set (commands/drafting-input.ts).
  'draft.varsUnreadable': { en: '--vars {file}: cannot be read ({reason})', fr: '--vars {file} : ne peut pas être lu ({reason})' },
  'draft.varsSyntax': { en: '{file}:{line}:{column}: {message}', fr: '{file}:{line}:{column} : {message}' },
  'draft.varsSyntaxHint': { en: '{file}:{line}:{column}: {message} — {hint}', fr: '{file}:{line}:{column} : {message} — {hint}' },
  'draft.varsNotMapping': { en: '{file}: must be a mapping of variable names to values (name: value)', fr: '{file} : doit associer des valeurs à des noms de variables (nom: valeur)' },
  'draft.setWithoutEquals': { en: '--set {assignment}: write name=value', fr: '--set {assignment} : écrivez nom=valeur' },

  // accords new (commands/new.ts).
  'draft.missingFrom': { en: 'missing --from <framework-id>', fr: 'il manque --from <framework-id>' },
  'draft.missingFromHint': { en: 'e.g. accords new --from amf-pole-emploi-2016 --id amf-33-2026', fr: 'par ex. accords new --from amf-pole-emploi-2016 --id amf-33-2026' },
  'draft.noValidAgreement': { en: 'no valid agreement has the id `{id}`', fr: 'aucun accord valide n’a l’identifiant `{id}`' },
  'draft.agreementsWithTemplate': { en: 'agreements with a template: {ids}', fr: 'accords qui ont un modèle : {ids}' },
  'draft.noAgreementWithTemplate': { en: 'agreements with a template: none', fr: 'accords qui ont un modèle : aucun' },
  'draft.missingId': { en: 'missing --id <new-id>', fr: 'il manque --id <new-id>' },
  'draft.missingIdHint': { en: 'the new convention’s id, a lower-case slug such as amf-33-2026', fr: 'l’identifiant de la nouvelle convention, en minuscules et tirets, comme amf-33-2026' },
  'draft.badId': {
    en: '--id `{id}` is not a lower-case slug (a-z, 0-9 and single hyphens, e.g. amf-33-2026)',
    fr: '--id `{id}` n’est pas un identifiant en minuscules (a-z, 0-9 et tirets simples, par ex. amf-33-2026)',
  },
  'draft.outsideAgreements': {
    en: '{file} would be written outside {folder} (agreements/local is a link that leaves the root)',
    fr: '{file} serait écrit hors de {folder} (agreements/local est un lien qui sort de la racine)',
  },
  'draft.idExists': { en: 'an agreement `{id}` already exists in {file}', fr: 'un accord `{id}` existe déjà dans {file}' },
  'draft.fileExists': { en: '{file} already exists (use --force to replace)', fr: '{file} existe déjà (utilisez --force pour le remplacer)' },
  'draft.filesExist': { en: '{files} already exist (use --force to replace)', fr: '{files} existent déjà (utilisez --force pour les remplacer)' },
  'draft.wouldNotValidate': {
    en: 'the drafted {file} would not validate: {line}:{column} {message} ({rule})',
    fr: 'le fichier rédigé {file} ne serait pas valide : {line}:{column} {message} ({rule})',
  },
  'draft.wouldNotValidateHint': {
    en: 'the drafted {file} would not validate: {line}:{column} {message} — {hint} ({rule})',
    fr: 'le fichier rédigé {file} ne serait pas valide : {line}:{column} {message} — {hint} ({rule})',
  },
  'draft.entryToAdd': { en: '{file}: entry to add', fr: '{file} : entrée à ajouter' },
  'draft.createdMeanwhile': {
    en: '{file} was created meanwhile by another run (use --force to replace)',
    fr: '{file} a été créé entre-temps par une autre exécution (utilisez --force pour le remplacer)',
  },
  'draft.addedOrganization': { en: 'added `{id}` ({name}) to {file}', fr: '`{id}` ({name}) ajouté à {file}' },
  'draft.wrote': { en: 'wrote {record} and {document}', fr: '{record} et {document} écrits' },
  'draft.nothingWritten': {
    en: { one: 'nothing was written; one problem:', other: 'nothing was written; {count} problems:' },
    fr: { one: 'rien n’a été écrit ; un problème :', other: 'rien n’a été écrit ; {count} problèmes :' },
  },

  // accords render (commands/render.ts).
  'draft.notDrafted': {
    en: '`{id}` is not a drafted convention (no valid record with a `provenance` block)',
    fr: '`{id}` n’est pas une convention rédigée (aucune fiche valide avec un bloc `provenance`)',
  },
  'draft.seeListLocal': { en: 'see `accords list --kind local`', fr: 'consultez `accords list --kind local`' },
  // A status word, then its file (the words are padded to one column; JSON keeps the status codes).
  'draft.statusOk': { en: 'ok', fr: 'ok' },
  'draft.statusRendered': { en: 'rendered', fr: 'régénéré' },
  'draft.statusDiffers': { en: 'differs', fr: 'diffère' },
  'draft.statusMissing': { en: 'missing', fr: 'manquant' },
  'draft.statusError': { en: 'error', fr: 'erreur' },
  'draft.staleTemplate': { en: '(drafted from an older version of its template)', fr: '(rédigé d’après une version antérieure de son modèle)' },
  'draft.renderDiffers': {
    en: '{file}{stale}: the committed text is not what the record and template produce (run `accords render {id}`)',
    fr: '{file}{stale} : le texte commité n’est pas celui que produisent la fiche et le modèle (lancez `accords render {id}`)',
  },
  'draft.renderMissing': { en: '{file}: no rendered text (run `accords render {id}`)', fr: '{file} : texte absent (lancez `accords render {id}`)' },
  'draft.renderError': { en: '{file}: {message}', fr: '{file} : {message}' },
  'draft.nothingToRender': { en: 'No drafted convention (records with a `provenance` block) to render.', fr: 'Aucune convention rédigée (fiches avec un bloc `provenance`) à régénérer.' },
  'draft.parentNotValid': { en: 'its parent `{parent}` is not a valid agreement', fr: 'son parent `{parent}` n’est pas un accord valide' },
  'draft.noParent': { en: 'its parent `(none)` is not a valid agreement', fr: 'il n’a pas de parent (`parent:`) valide' },
  'draft.problemSeparator': { en: '; ', fr: ' ; ' },

  // At a terminal, asking for missing values (commands/prompt.ts).
  'draft.askMissing': {
    en: { one: '{count} required value missing; type each one (empty to skip):', other: '{count} required values missing; type each one (empty to skip):' },
    fr: { one: '{count} valeur obligatoire manquante ; tapez-la (vide pour passer) :', other: '{count} valeurs obligatoires manquantes ; tapez chacune (vide pour passer) :' },
  },
  'draft.askValue': { en: '{name} — {description}: ', fr: '{name} — {description} : ' },
  'draft.askValueExample': { en: '{name} — {description} (e.g. {example}): ', fr: '{name} — {description} (par ex. {example}) : ' },
} as const;
