/** Messages of src/load/ (see ../say.ts for the syntax). Keys are `load.<what>`. */
export const load = {
  // root.ts: where the repository of agreements is
  'load.rootNotFolder': { en: '{source}: {folder} is not a readable folder', fr: "{source} : {folder} n’est pas un dossier lisible" },
  'load.rootNotFolderHint': { en: 'point it at the folder that holds agreements/', fr: 'indiquez le dossier qui contient agreements/' },
  'load.rootNoAgreements': { en: '{source}: {folder} has no agreements/ folder', fr: "{source} : {folder} n’a pas de dossier agreements/" },
  'load.rootNoAgreementsHint': {
    en: 'point it at the folder that holds agreements/, or run `accords init` there',
    fr: 'indiquez le dossier qui contient agreements/, ou lancez `accords init` dans celui-ci',
  },
  'load.rootNotFound': { en: 'no agreements/ folder in {folder} or any folder above it', fr: 'aucun dossier agreements/ dans {folder} ni dans ses dossiers parents' },
  'load.rootNotFoundHint': {
    en: 'run from inside a repository of agreements, or pass --root <dir> (or set ACCORDS_ROOT)',
    fr: "lancez la commande depuis un dépôt d’accords, ou passez --root <dir> (ou définissez ACCORDS_ROOT)",
  },

  // read.ts, decode.ts, tree.ts: files that cannot be read as text
  'load.fileUnreadable': { en: 'the file {problem}', fr: 'fichier illisible : {problem}' },
  'load.fileTooLarge': { en: 'the file is {size}, over the {limit} limit', fr: 'le fichier fait {size}, au-delà de la limite de {limit}' },
  'load.fileTooLargeHint': {
    en: 'a record is a few kilobytes: keep long texts in the .md beside it',
    fr: 'une fiche fait quelques kilo-octets : gardez les longs textes dans le .md à côté',
  },
  'load.mebibytes': { en: '{size} MiB', fr: '{size} Mio' },
  'load.kibibytes': { en: '{size} KiB', fr: '{size} Kio' },
  'load.utf16': { en: 'the file is encoded in UTF-16', fr: 'le fichier est encodé en UTF-16' },
  'load.utf16Hint': { en: 'save it as UTF-8', fr: 'enregistrez-le en UTF-8' },
  'load.invalidUtf8': { en: 'invalid UTF-8 byte 0x{byte}', fr: 'octet UTF-8 invalide 0x{byte}' },
  'load.invalidUtf8Hint': {
    en: 'save the file as UTF-8 (it looks like Latin-1 or Windows-1252)',
    fr: 'enregistrez le fichier en UTF-8 (il semble être en Latin-1 ou Windows-1252)',
  },
  'load.fsPermissionDenied': { en: 'permission denied', fr: 'accès refusé' },
  'load.fsNotFound': { en: 'not found (a broken symbolic link?)', fr: 'introuvable (un lien symbolique cassé ?)' },
  'load.fsLinkLoop': { en: 'a symbolic link loop', fr: 'une boucle de liens symboliques' },
  'load.fsIsFolder': { en: 'a folder, not a file', fr: "c’est un dossier, pas un fichier" },
  'load.fsTooManyOpen': { en: 'too many open files', fr: 'trop de fichiers ouverts' },
  'load.fsCannotRead': { en: 'cannot be read ({reason})', fr: 'erreur ({reason})' },
  'load.fsNotRegular': { en: 'not a regular file', fr: 'pas un fichier ordinaire' },

  // write.ts
  'load.writeExists': { en: '{file} already exists', fr: '{file} existe déjà' },
  'load.writeFileInTheWay': { en: 'cannot write {file}: {blocker} is a file, not a folder', fr: 'impossible d’écrire {file} : {blocker} est un fichier, pas un dossier' },
  'load.writeFailed': { en: 'cannot write {file}: {detail}', fr: "impossible d’écrire {file} : {detail}" },

  // nesting.ts, yaml.ts: YAML problems
  'load.indentTooDeep': { en: 'indentation deeper than {max} columns', fr: 'indentation de plus de {max} colonnes' },
  'load.nestedTooDeep': { en: 'collections nested deeper than {max} levels', fr: 'collections imbriquées sur plus de {max} niveaux' },
  'load.nestingHint': { en: 'records are a few levels deep: flatten the structure', fr: "une fiche n’a que quelques niveaux : aplatissez la structure" },
  'load.parserGaveUp': { en: 'the YAML parser gave up: {detail}', fr: 'le lecteur YAML a abandonné : {detail}' },
  /** A sentence of the `yaml` package that parser-sentences.ts does not know (English only), lower-cased; French frames it. */
  'load.yamlParser': { en: '{detail}', fr: 'YAML invalide : {detail}' },
  // parser-sentences.ts: the parser's own sentences (English as the parser writes them).
  'load.parser.mappingColumn': { en: 'all mapping items must start at the same column', fr: 'toutes les clés d’un même bloc doivent commencer à la même colonne' },
  'load.parser.sequenceColumn': { en: 'all sequence items must start at the same column', fr: 'tous les éléments d’une liste doivent commencer à la même colonne' },
  'load.parser.keyOneLine': { en: 'implicit keys need to be on a single line', fr: 'une clé doit tenir sur une seule ligne' },
  'load.parser.keyWithoutValue': { en: 'implicit map keys need to be followed by map values', fr: 'une clé doit être suivie de sa valeur (`clé: valeur`)' },
  'load.parser.nestedInCompact': { en: 'nested mappings are not allowed in compact mappings', fr: 'un bloc imbriqué ne peut pas commencer sur la ligne de sa clé' },
  'load.parser.sequenceAsKey': { en: 'a block sequence may not be used as an implicit map key', fr: 'une liste ne peut pas servir de clé' },
  'load.parser.itemWithoutDash': { en: 'sequence item without - indicator', fr: 'élément de liste sans tiret `-`' },
  'load.parser.plainStartTab': { en: 'plain value cannot start with a tab character', fr: 'une valeur sans guillemets ne peut pas commencer par une tabulation' },
  'load.parser.plainStart': {
    en: 'plain value cannot start with reserved character {char}',
    fr: 'une valeur sans guillemets ne peut pas commencer par le caractère réservé {char}',
  },
  'load.parser.plainStartBlock': {
    en: 'plain value cannot start with block scalar indicator {char}',
    fr: 'une valeur sans guillemets ne peut pas commencer par {char} (qui annonce un bloc de texte)',
  },
  'load.parser.blockInFlow': {
    en: 'block collections are not allowed within flow collections',
    fr: 'un bloc sur plusieurs lignes ne peut pas figurer entre crochets ou accolades',
  },
  'load.parser.blockHeader': { en: 'block scalar header includes extra characters: {header}', fr: 'l’en-tête du bloc de texte contient des caractères en trop : {header}' },
  'load.parser.commentSpace': {
    en: 'comments must be separated from other tokens by white space characters',
    fr: 'un commentaire doit être séparé du reste de la ligne par une espace',
  },
  'load.parser.propertySpace': {
    en: 'tags and anchors must be separated from the next token by white space',
    fr: 'une étiquette ou une ancre doit être suivie d’une espace',
  },
  'load.parser.badEscape': { en: 'invalid escape sequence {sequence}', fr: 'séquence d’échappement invalide {sequence}' },
  'load.parser.missingCommaSequence': { en: 'missing , between flow sequence items', fr: 'il manque une virgule entre deux éléments de la liste entre crochets' },
  'load.parser.missingCommaMap': { en: 'missing , between flow map items', fr: 'il manque une virgule entre deux éléments du bloc entre accolades' },
  'load.parser.missingCommaOrColon': { en: 'missing , or : between flow map items', fr: 'il manque une virgule ou un deux-points entre deux éléments du bloc entre accolades' },
  'load.parser.unexpectedAtEnd': { en: 'unexpected {token} at node end', fr: 'élément {token} inattendu en fin de valeur' },
  'load.parser.unexpectedToken': { en: 'unexpected {token} token', fr: 'élément {token} inattendu' },
  'load.parser.unexpectedInStream': { en: 'unexpected {token} token in YAML stream: {text}', fr: '{text} inattendu à cet endroit ({token})' },
  'load.parser.unexpectedAfterKey': { en: 'unexpected {token} on same line with key', fr: '{token} inattendu sur la ligne d’une clé' },
  'load.parser.unresolvedTag': { en: 'unresolved tag: {tag}', fr: 'étiquette inconnue : {tag}' },
  'load.emptyFile': { en: 'the file holds no YAML document', fr: 'le fichier ne contient aucun document YAML' },
  'load.emptyFileHint': { en: 'write a record: see schemas/agreement.schema.json', fr: 'écrivez une fiche : voir schemas/agreement.schema.json' },
  'load.tooManyAliases': { en: 'too many alias expansions (more than {max})', fr: "trop d’expansions d’alias (plus de {max})" },
  'load.aliasUnresolved': { en: 'alias cannot be resolved: {detail}', fr: 'alias impossible à résoudre : {detail}' },
  'load.aliasHint': {
    en: 'write the values out instead of using &anchors and *aliases',
    fr: "écrivez les valeurs en toutes lettres au lieu d’utiliser des &ancres et des *alias",
  },
  'load.duplicateKey': { en: 'duplicate key', fr: 'clé en double' },
  'load.duplicateKeyHint': {
    en: 'a key may appear once in a mapping: remove or rename one',
    fr: "une clé ne peut figurer qu’une fois au même niveau : supprimez ou renommez l’une des deux",
  },
  'load.tabIndent': { en: 'a tab is used for indentation', fr: "une tabulation sert à l’indentation" },
  'load.tabIndentHint': { en: 'indent with spaces', fr: 'indentez avec des espaces' },
  'load.severalDocuments': { en: 'the file holds several YAML documents', fr: 'le fichier contient plusieurs documents YAML' },
  'load.severalDocumentsHint': {
    en: 'keep one record per file (remove the `---` separator)',
    fr: 'gardez une fiche par fichier (supprimez le séparateur `---`)',
  },
  'load.badIndentHint': { en: 'align the keys of one mapping at the same column', fr: "alignez les clés d’un même bloc sur la même colonne" },
  'load.missingCharHint': { en: 'close the bracket or quote that was opened', fr: 'fermez le crochet ou le guillemet qui a été ouvert' },
  'load.unexpectedTokenHint': { en: 'check the punctuation on this line', fr: 'vérifiez la ponctuation de cette ligne' },
  'load.blockAsKeyHint': {
    en: 'a key must fit on one line: quote it or put a space after the colon',
    fr: 'une clé doit tenir sur une ligne : mettez-la entre guillemets ou ajoutez une espace après les deux-points',
  },
  'load.multilineKeyHint': {
    en: 'put a space after the colon, or quote the value',
    fr: 'ajoutez une espace après les deux-points, ou mettez la valeur entre guillemets',
  },
  'load.badScalarStartHint': {
    en: 'quote values that start with a special character (@ ` | > % ,)',
    fr: 'mettez entre guillemets les valeurs qui commencent par un caractère spécial (@ ` | > % ,)',
  },
  'load.aliasPropsHint': { en: 'an alias cannot carry an anchor or a tag', fr: "un alias ne peut porter ni ancre ni étiquette" },
  'load.unclosed': { en: 'the {opener} opened here is never closed', fr: "le {opener} ouvert ici n’est jamais fermé" },
  'load.unclosedHint': { en: 'close it with {closer} on the same line', fr: 'fermez-le avec {closer} sur la même ligne' },
  'load.unclosedListHint': {
    en: 'close it with {closer} on the same line, or write the items as a block list',
    fr: 'fermez-le avec {closer} sur la même ligne, ou écrivez les éléments en liste à tirets',
  },
  'load.reservedKey': { en: 'the key `{key}` is reserved', fr: 'la clé `{key}` est réservée' },
  'load.reservedKeyHint': {
    en: 'rename or remove it: it could alter how objects behave',
    fr: 'renommez-la ou supprimez-la : elle pourrait modifier le comportement des objets',
  },
} as const;
