/** Messages of `accords render`, its Word documents and record edits (see ../say.ts for the syntax). Keys are `render.<what>`. */
export const render = {
  // Editing a record in place (src/edit/edit-record.ts).
  'render.editNotYaml': { en: 'the record cannot be read as YAML: {reason}', fr: 'la fiche ne se lit pas comme du YAML : {reason}' },
  'render.editNotMapping': { en: 'the record is not a mapping of keys', fr: 'la fiche n’est pas un bloc de clés' },
  'render.editEmptyPath': { en: 'an edit needs the path of a field', fr: 'une modification demande le chemin d’un champ' },
  'render.editThroughValue': { en: '`{path}` goes through a value that is not a mapping', fr: '`{path}` passe par une valeur qui n’est pas un bloc de clés' },
  'render.editCannot': { en: 'the record cannot be changed without changing something else', fr: 'la fiche ne peut pas être modifiée sans toucher à autre chose' },
  'render.companionUnreadable': { en: '{file} cannot be read: {reason}', fr: '{file} ne peut pas être lu : {reason}' },
  // accords render (commands/render.ts).
  'render.outNeedsDocx': { en: '--out writes a Word document: give --format docx', fr: '--out écrit un document Word : ajoutez --format docx' },
  'render.outWithCheck': { en: '--out writes a file, --check writes none: give one or the other', fr: '--out écrit un fichier, --check n’en écrit aucun : choisissez l’un ou l’autre' },
  'render.outNeedsOneId': {
    en: { one: '--out names one file: give exactly one convention id ({count} given)', other: '--out names one file: give exactly one convention id ({count} given)' },
    fr: { one: '--out nomme un seul fichier : donnez exactement un identifiant de convention ({count} donné)', other: '--out nomme un seul fichier : donnez exactement un identifiant de convention ({count} donnés)' },
  },
  'render.outHint': { en: 'e.g. accords render amf-33-2026 --format docx --out convention.docx', fr: 'par ex. accords render amf-33-2026 --format docx --out convention.docx' },
  'render.invalidRecord': { en: 'invalid record, its text could not be checked (run `accords validate {file}`)', fr: 'fiche invalide, son texte n’a pas pu être vérifié (lancez `accords validate {file}`)' },
  'render.statusEdited': { en: 'edited', fr: 'modifié' },
  'render.statusDocx': { en: 'wrote', fr: 'écrit' },
  'render.textEdited': {
    en: '{file}: changed since accords wrote it, left as it is (keep negotiated articles in {clauses}; `accords render {id} --force` replaces the text with what the record gives)',
    fr: '{file} : modifié depuis qu’accords l’a écrit, laissé tel quel (gardez les articles négociés dans {clauses} ; `accords render {id} --force` remplace le texte par celui que donne la fiche)',
  },
  'render.textUnfingerprinted': {
    en: '{file}: not the text accords wrote, and its record (drafted before provenance.text_sha256) cannot tell whether a person changed it: left as it is (keep negotiated articles in {clauses}; `accords render {id} --force` replaces the text)',
    fr: '{file} : ce n’est pas le texte qu’accords a écrit, et sa fiche (rédigée avant provenance.text_sha256) ne dit pas si quelqu’un l’a modifié : laissé tel quel (gardez les articles négociés dans {clauses} ; `accords render {id} --force` remplace le texte)',
  },
  'render.recordNotUpdated': { en: 'text written, but {file} could not record its fingerprint: {reason}', fr: 'texte écrit, mais {file} n’a pas pu en garder l’empreinte : {reason}' },
  'render.docxNoText': { en: 'no text {file} to make it from (run `accords render {id}`)', fr: 'pas de texte {file} d’où le tirer (lancez `accords render {id}`)' },
  // Help (program.ts).
  'render.helpForce': { en: 'replace texts changed since accords wrote them (a person’s edits are lost)', fr: 'remplacer les textes modifiés depuis qu’accords les a écrits (les modifications sont perdues)' },
  'render.helpOut': { en: 'with --format docx and one id: where to write the Word document', fr: 'avec --format docx et un identifiant : où écrire le document Word' },
  'render.helpExampleDocx': { en: 'the Word document, beside the record', fr: 'le document Word, à côté de la fiche' },
} as const;
