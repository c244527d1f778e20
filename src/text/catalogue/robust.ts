/** Messages of the robustness work: locks, all-or-nothing writes, output errors, bounds, links (see ../say.ts). Keys are `robust.<what>`. */
export const robust = {
  // load/write.ts: the registry lock
  'robust.lockHeld': {
    en: '{file} is held by process {pid} since {since}; if no accords is running, delete that file and try again',
    fr: '{file} est tenu par le processus {pid} depuis {since} ; si aucun accords ne tourne, supprimez ce fichier et réessayez',
  },

  // commands/drafting.ts: a template that is not a readable regular file
  'robust.templateUnreadable': { en: 'template {path} of `{owner}` cannot be read: {reason}', fr: 'le modèle {path} de `{owner}` ne peut pas être lu : {reason}' },

  // commands/new.ts: the all-or-nothing commit
  'robust.registryUnreadable': { en: '{file} cannot be read: {reason}', fr: '{file} ne peut pas être lu : {reason}' },
  'robust.partnerAddedMeanwhile': {
    en: 'another run added `{id}` to {file} meanwhile, named “{name}”: use that name, or another partner id',
    fr: 'une autre exécution a ajouté `{id}` à {file} entre-temps, sous le nom « {name} » : reprenez ce nom, ou un autre identifiant de partenaire',
  },
  'robust.partlyWritten': {
    en: 'the write failed and could not be fully undone; check these files by hand: {files}',
    fr: 'l’écriture a échoué et n’a pas pu être entièrement défaite ; vérifiez ces fichiers à la main : {files}',
  },

  // cli.ts: stdout could not be written (other than a closed pipe)
  'robust.outputFailed': {
    en: 'the output could not be written ({reason}): what was printed is incomplete',
    fr: 'la sortie n’a pas pu être écrite ({reason}) : ce qui a été imprimé est incomplet',
  },

  // check/schema.ts: a duration past the schema's bound
  'robust.durationTooLong': { en: '`{field}`: `{value}` is longer than any agreement runs', fr: '`{field}` : `{value}` dépasse la durée de tout accord' },
  'robust.durationTooLongHint': {
    en: 'each number of a duration is at most 999 (P999Y, P999M, P999W, P999D)',
    fr: 'chaque nombre d’une durée vaut au plus 999 (P999Y, P999M, P999W, P999D)',
  },

  // load/tree.ts, load/scan.ts: a link that leads out of the root is named, not read
  'robust.linkLeavesRoot': {
    en: 'is a symbolic link that leads outside the root: not read (copy the file into the repository instead)',
    fr: 'lien symbolique qui mène hors de la racine : non lu (copiez plutôt le fichier dans le dépôt)',
  },
  // commands/render.ts: a text that would be written outside agreements/
  'robust.renderOutside': {
    en: '{file} would be written outside {folder} (a folder on the way is a link that leaves the root)',
    fr: '{file} serait écrit hors de {folder} (un dossier sur le chemin est un lien qui sort de la racine)',
  },
} as const;
