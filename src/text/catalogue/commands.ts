/** Messages of src/commands/ (see ../say.ts for the syntax). Keys are `commands.<what>`. */
export const commands = {
  'commands.languageMissing': { en: '--lang needs a language', fr: '--lang attend une langue' },
  'commands.unknownLanguage': { en: 'unknown language `{language}`', fr: 'langue inconnue `{language}`' },
  'commands.languages': { en: 'languages: {languages}', fr: 'langues : {languages}' },

  // Usage problems every command shares (context.ts, open.ts).
  'commands.unknownFormat': { en: 'unknown format `{format}`', fr: 'format inconnu `{format}`' },
  'commands.formats': { en: 'formats: {formats}', fr: 'formats : {formats}' },
  'commands.formatsDidYouMean': { en: 'did you mean `{guess}`? formats: {formats}', fr: 'vouliez-vous dire `{guess}` ? formats : {formats}' },
  'commands.asOfNotDate': { en: '--as-of: `{text}` is not a calendar date', fr: '--as-of : `{text}` n’est pas une date du calendrier' },
  'commands.asOfHint': { en: 'write YYYY-MM-DD, e.g. --as-of 2026-11-22', fr: 'écrivez AAAA-MM-JJ, par ex. --as-of 2026-11-22' },
  'commands.withinNotPeriod': { en: '--within: `{text}` is not a period', fr: '--within : `{text}` n’est pas une durée' },
  'commands.withinHint': { en: 'write 90d, 12w, 3m, 1y or an ISO 8601 duration such as P3M', fr: 'écrivez 90d, 12w, 3m, 1y ou une durée ISO 8601 comme P3M' },
  'commands.invalidFileLeftOut': {
    en: 'warning: {file} has errors and was left out (run `accords validate {file}`)',
    fr: 'avertissement : {file} contient des erreurs et a été laissé de côté (lancez `accords validate {file}`)',
  },
  'commands.noAgreementWithId': { en: 'no agreement has the id `{id}`', fr: 'aucun accord n’a l’identifiant `{id}`' },
  'commands.seeListForIds': { en: 'see `accords list` for the ids', fr: 'consultez `accords list` pour les identifiants' },

  // list
  'commands.unknownFilterValue': { en: '--{option}: unknown value `{value}`', fr: '--{option} : valeur inconnue `{value}`' },
  'commands.filterValues': { en: 'one of: {values} (several with commas)', fr: 'valeurs possibles : {values} (plusieurs, séparées par des virgules)' },
  'commands.filterValuesDidYouMean': {
    en: 'did you mean `{guess}`? one of: {values} (several with commas)',
    fr: 'vouliez-vous dire `{guess}` ? valeurs possibles : {values} (plusieurs, séparées par des virgules)',
  },
  'commands.separatorOneCharacter': { en: '--separator takes one character', fr: '--separator attend un seul caractère' },
  'commands.separatorHint': { en: "e.g. --separator ';'", fr: "par ex. --separator ';'" },
  'commands.partyNotInRegistry': { en: 'warning: --party {party} is not in organizations.yaml', fr: 'avertissement : --party {party} n’est pas dans organizations.yaml' },
  'commands.partyNotInRegistryDidYouMean': {
    en: 'warning: --party {party} is not in organizations.yaml (did you mean `{guess}`?)',
    fr: 'avertissement : --party {party} n’est pas dans organizations.yaml (vouliez-vous dire `{guess}` ?)',
  },

  // show
  'commands.recordInvalid': { en: '{id} is invalid ({file}); run `accords validate {file}`', fr: '{id} n’est pas valide ({file}) ; lancez `accords validate {file}`' },

  // history
  'commands.shallowClone': {
    en: 'warning: this is a shallow clone: history stops at {date}; run `git fetch --unshallow` for all of it',
    fr: 'avertissement : ce dépôt est un clone superficiel : l’historique s’arrête au {date} ; lancez `git fetch --unshallow` pour l’avoir en entier',
  },
  'commands.shallowCloneNoDate': {
    en: 'warning: this is a shallow clone: history stops at the clone; run `git fetch --unshallow` for all of it',
    fr: 'avertissement : ce dépôt est un clone superficiel : l’historique s’arrête au clonage ; lancez `git fetch --unshallow` pour l’avoir en entier',
  },
  'commands.fileCreated': { en: 'created', fr: 'créé' },
  'commands.fileDeleted': { en: 'deleted', fr: 'supprimé' },
  'commands.fileRenamed': { en: 'renamed from {path}', fr: 'renommé, anciennement {path}' },
  'commands.noCommitYet': { en: 'No commit touches {path} yet.', fr: 'Aucun commit ne touche encore {path}.' },
  'commands.noFieldChanged': { en: '(no field changed: layout or comments only)', fr: '(aucun champ modifié : mise en forme ou commentaires seulement)' },

  // validate
  'commands.maxWarningsNotWhole': { en: '--max-warnings takes a whole number, not `{value}`', fr: '--max-warnings attend un nombre entier, pas `{value}`' },
  'commands.baseWithoutChanged': { en: '--base goes with --changed', fr: '--base ne s’emploie qu’avec --changed' },
  'commands.tooManyWarnings': {
    en: { one: '{count} warning, more than --max-warnings {max}', other: '{count} warnings, more than --max-warnings {max}' },
    fr: { one: '{count} avertissement, plus que --max-warnings {max}', other: '{count} avertissements, plus que --max-warnings {max}' },
  },
  'commands.noSuchPath': { en: '{path}: no such file or folder', fr: '{path} : fichier ou dossier introuvable' },
  'commands.noSuchPathHint': { en: 'give records or folders under agreements/', fr: 'indiquez des fiches ou des dossiers sous agreements/' },
  'commands.pathOutsideAgreements': { en: '{path} is not under {folder}/agreements', fr: '{path} n’est pas sous {folder}/agreements' },
  'commands.pathOutsideAgreementsHint': {
    en: "records live under the root's agreements/ folder (see --root)",
    fr: 'les fiches se trouvent dans le dossier agreements/ de la racine (voir --root)',
  },

  // cli.ts
  'commands.internalError': { en: 'internal error: {message}', fr: 'erreur interne : {message}' },
  'commands.internalErrorHint': {
    en: 'run again with --debug for details, and report it if it persists',
    fr: 'relancez avec --debug pour les détails, et signalez-la si elle persiste',
  },
} as const;
