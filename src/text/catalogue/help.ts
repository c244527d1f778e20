/** Messages of src/main.ts: the help of every command, and commander's own words (see ../say.ts for the syntax). Keys are `help.<what>`. */
export const help = {
  // Commander's titles, built-in options and the text around examples.
  'help.usage': { en: 'Usage:', fr: 'Utilisation :' },
  'help.arguments': { en: 'Arguments:', fr: 'Arguments :' },
  'help.options': { en: 'Options:', fr: 'Options :' },
  'help.globalOptions': { en: 'Global Options:', fr: 'Options globales :' },
  'help.commands': { en: 'Commands:', fr: 'Commandes :' },
  'help.defaultValue': { en: 'default: {value}', fr: 'par défaut : {value}' },
  'help.help': { en: 'display help for command', fr: 'afficher l’aide de la commande' },
  'help.version': { en: 'output the version number', fr: 'afficher le numéro de version' },
  'help.formats': { en: 'Formats: {default} (default), {others}.', fr: 'Formats : {default} (par défaut), {others}.' },
  'help.formatsWith': { en: 'Formats ({option}): {default} (default), {others}.', fr: 'Formats ({option}) : {default} (par défaut), {others}.' },
  'help.examples': { en: 'Examples:', fr: 'Exemples :' },

  // Commander's errors (src/program/commander-errors.ts), whole sentences as commander 14 writes them in English.
  'help.unknownCommand': { en: "error: unknown command '{name}'", fr: "erreur : commande inconnue '{name}'" },
  'help.unknownCommandDidYouMean': { en: "error: unknown command '{name}'\n(Did you mean {suggestion}?)", fr: "erreur : commande inconnue '{name}'\n(Vouliez-vous dire {suggestion} ?)" },
  'help.unknownOption': { en: "error: unknown option '{name}'", fr: "erreur : option inconnue '{name}'" },
  'help.unknownOptionDidYouMean': { en: "error: unknown option '{name}'\n(Did you mean {suggestion}?)", fr: "erreur : option inconnue '{name}'\n(Vouliez-vous dire {suggestion} ?)" },
  'help.missingArgument': { en: "error: missing required argument '{name}'", fr: "erreur : argument obligatoire manquant '{name}'" },
  'help.optionMissingArgument': { en: "error: option '{flags}' argument missing", fr: "erreur : il manque l’argument de l’option '{flags}'" },
  'help.tooManyArguments': {
    en: {
      one: "error: too many arguments for '{command}'. Expected {count} argument but got {received}.",
      other: "error: too many arguments for '{command}'. Expected {count} arguments but got {received}.",
    },
    fr: {
      one: "erreur : trop d’arguments pour '{command}'. {count} argument attendu, nombre reçu : {received}.",
      other: "erreur : trop d’arguments pour '{command}'. {count} arguments attendus, nombre reçu : {received}.",
    },
  },

  // accords and its global options.
  'help.program': {
    en: 'Validate, track and draft partnership agreements (accords-cadres) kept as YAML in git.',
    fr: 'Valider, suivre et rédiger les accords de partenariat (accords-cadres) tenus en YAML dans git.',
  },
  'help.root': {
    en: 'the repository of agreements (default: $ACCORDS_ROOT, else the nearest folder above with agreements/)',
    fr: 'le dépôt des accords (par défaut : $ACCORDS_ROOT, sinon le plus proche dossier parent qui contient agreements/)',
  },
  'help.asOf': { en: 'the day to compute for, YYYY-MM-DD (default: today)', fr: 'le jour pour lequel calculer, AAAA-MM-JJ (par défaut : aujourd’hui)' },
  'help.format': { en: 'output format (each command lists its own)', fr: 'format de sortie (chaque commande donne les siens)' },
  'help.noColor': { en: 'no colours (also NO_COLOR=1)', fr: 'sans couleurs (ou NO_COLOR=1)' },
  'help.noCache': { en: 'parse every file again (also ACCORDS_CACHE=0); see README, Performance', fr: 'relire chaque fichier (ou ACCORDS_CACHE=0) ; voir le README, Performance' },
  'help.debug': { en: 'show stack traces of internal errors', fr: 'afficher la pile d’appels des erreurs internes' },
  'help.lang': { en: 'en or fr (default: from LC_ALL, LC_MESSAGES or LANG; English unless French)', fr: 'en ou fr (par défaut : le français si LC_ALL, LC_MESSAGES ou LANG le désigne, sinon l’anglais)' },

  // validate
  'help.validate': { en: 'check every record (or the given files and folders) and organizations.yaml', fr: 'vérifier chaque fiche (ou les fichiers et dossiers donnés) et organizations.yaml' },
  'help.validatePaths': { en: 'records or folders under agreements/', fr: 'fiches ou dossiers sous agreements/' },
  'help.validateMaxWarnings': { en: 'exit 1 when there are more warnings than this', fr: 'sortir avec le code 1 s’il y a plus d’avertissements que ce nombre' },
  'help.validateChanged': {
    en: 'report only on records changed in git (still checked against the whole tree)',
    fr: 'ne signaler que les fiches modifiées dans git (toujours vérifiées par rapport à toute l’arborescence)',
  },
  'help.validateBase': { en: 'with --changed: changed since this ref (default: uncommitted changes)', fr: 'avec --changed : modifiées depuis cette référence (par défaut : les modifications non commitées)' },
  'help.validateExampleGithub': { en: 'annotations in a GitHub Actions log', fr: 'annotations dans un journal GitHub Actions' },

  // list
  'help.list': { en: 'one row per agreement: id, kind, level, parties, signed, status, next date', fr: 'une ligne par accord : id, type, niveau, parties, signature, statut, prochaine date' },
  'help.listKind': { en: 'framework, local, protocol, amendment (several with commas)', fr: 'framework, local, protocol, amendment (plusieurs, séparés par des virgules)' },
  'help.listParty': { en: 'agreements of this organization, or of one it succeeded', fr: 'les accords de cet organisme, ou d’un organisme auquel il a succédé' },
  'help.listTerritory': { en: 'an INSEE region, département or commune code, or an EPCI SIREN', fr: 'un code INSEE de région, de département ou de commune, ou le SIREN d’un EPCI' },
  'help.listSeparator': { en: 'csv: the field separator (";" for French spreadsheets)', fr: 'csv : le séparateur de champs (";" pour les tableurs français)' },
  'help.listBom': { en: 'csv: start with a UTF-8 byte-order mark (for Excel)', fr: 'csv : commencer par une marque d’ordre des octets UTF-8 (BOM, pour Excel)' },

  // show and history
  'help.show': { en: 'one agreement with its timeline: terms, renewals, notice deadline, reviews, end', fr: 'un accord et sa chronologie : périodes, reconductions, date limite de préavis, réexamens, fin' },
  'help.agreementId': { en: 'the agreement id', fr: 'l’identifiant de l’accord' },
  'help.history': { en: 'the commits that touched a record, and what each changed, in words', fr: 'les commits qui ont modifié une fiche, et ce que chacun a changé, en toutes lettres' },

  // due and report
  'help.due': {
    en: 'dated events (start, notice-deadline, renewal, expiry, review, committee-meeting) from --as-of to --as-of + --within',
    fr: 'les échéances datées (start, notice-deadline, renewal, expiry, review, committee-meeting) de --as-of à --as-of + --within',
  },
  'help.dueWithin': { en: '90d, 12w, 3m, 1y or ISO 8601 (P3M); default 3m, 2y with --format ics', fr: '90d, 12w, 3m, 1y ou ISO 8601 (P3M) ; par défaut 3m, 2y avec --format ics' },
  'help.dueExitCode': { en: 'exit 1 when any event is listed (for cron and CI)', fr: 'sortir avec le code 1 si une échéance est listée (pour cron et la CI)' },
  'help.report': {
    en: 'a Markdown overview: counts by status and partner, what is due, a timeline (mermaid gantt)',
    fr: 'une synthèse en Markdown : nombres par statut et par partenaire, les échéances, une chronologie (diagramme de Gantt mermaid)',
  },
  'help.reportWithin': { en: 'how far ahead the "due" section looks', fr: 'jusqu’où regarde la section « Échéances »' },

  // new and render
  'help.new': {
    en: 'draft a local convention from a framework’s template: agreements/local/<id>.yaml and .md',
    fr: 'rédiger une convention locale d’après le modèle d’un accord-cadre : agreements/local/<id>.yaml et .md',
  },
  'help.newFrom': { en: 'the agreement whose template to use', fr: 'l’accord dont le modèle sert' },
  'help.newId': { en: 'the new convention’s id (a lower-case slug)', fr: 'l’identifiant de la nouvelle convention (un slug en minuscules)' },
  'help.newSet': { en: 'a variable (repeatable)', fr: 'une variable (répétable)' },
  'help.newVars': { en: 'variables from a YAML file (name: value)', fr: 'des variables lues dans un fichier YAML (nom: valeur)' },
  'help.newListVars': { en: 'print the template’s variables and exit', fr: 'afficher les variables du modèle et s’arrêter' },
  'help.newDryRun': { en: 'print what would be written, write nothing', fr: 'afficher ce qui serait écrit, sans rien écrire' },
  'help.newForce': { en: 'replace existing files', fr: 'remplacer les fichiers existants' },
  'help.render': { en: 'regenerate the text of drafted conventions from their record and template', fr: 'régénérer le texte des conventions rédigées d’après leur fiche et leur modèle' },
  'help.renderIds': { en: 'conventions to render (default: every drafted one)', fr: 'les conventions à régénérer (par défaut : toutes celles rédigées)' },
  'help.renderCheck': { en: 'change nothing; exit 1 when a committed text differs (for CI)', fr: 'ne rien modifier ; sortir avec le code 1 si un texte commité diffère (pour la CI)' },
  'help.renderExampleCheck': { en: 'in CI: every committed convention matches its record', fr: 'en CI : chaque convention commitée correspond à sa fiche' },

  // init
  'help.init': {
    en: 'scaffold a new repository of agreements: registry, an example, templates, CI and editor settings',
    fr: 'créer un nouveau dépôt d’accords : registre, un exemple, des modèles, la CI et les réglages d’éditeur',
  },
  'help.initDir': { en: 'the folder (default: the current one)', fr: 'le dossier (par défaut : le dossier courant)' },
} as const;
