/** Messages of `accords init` (src/commands/init.ts). Keys are `init.<what>`. */
export const init = {
  'init.help.tool': {
    en: 'where the new repository installs accords from: a tarball from `npm pack` (copied into vendor/), a git URL, a folder or a version (default: this copy of accords)',
    fr: 'd’où le nouveau dépôt installe accords : une archive de `npm pack` (copiée dans vendor/), une URL git, un dossier ou une version (par défaut : cette copie d’accords)',
  },
  'init.help.force': {
    en: 'add the missing files to a folder that is not empty (a file that exists is never replaced)',
    fr: 'ajouter les fichiers manquants à un dossier qui n’est pas vide (un fichier qui existe n’est jamais remplacé)',
  },
  'init.folderNotEmpty': { en: '{folder} is not empty ({names}); nothing was written', fr: '{folder} n’est pas vide ({names}) ; rien n’a été écrit' },
  'init.folderNotEmptyHint': {
    en: 'run it in an empty folder, or add --force to add the missing files (a file that exists is never replaced)',
    fr: 'lancez la commande dans un dossier vide, ou ajoutez --force pour ajouter les fichiers manquants (un fichier qui existe n’est jamais remplacé)',
  },
  'init.wrote': {
    en: { one: 'wrote {count} file in {folder}:', other: 'wrote {count} files in {folder}:' },
    fr: { one: '{count} fichier écrit dans {folder} :', other: '{count} fichiers écrits dans {folder} :' },
  },
  'init.left': {
    en: { one: 'left {count} file as it was (it exists already):', other: 'left {count} files as they were (they exist already):' },
    fr: { one: '{count} fichier laissé tel quel (il existe déjà) :', other: '{count} fichiers laissés tels quels (ils existent déjà) :' },
  },
  'init.toolFrom': { en: 'package.json installs accords from {spec}', fr: 'package.json installe accords depuis {spec}' },
  'init.toolLocal': {
    en: 'that folder is on this machine only: for CI, give --tool a tarball made by `npm pack` (it is copied into vendor/, commit it) or a git URL; once accords is published, `npm install --save-dev accords@latest`',
    fr: 'ce dossier n’existe que sur cette machine : pour la CI, donnez à --tool une archive faite par `npm pack` (copiée dans vendor/, à commiter) ou une URL git ; une fois accords publié, `npm install --save-dev accords@latest`',
  },
  'init.packageJsonKept': {
    en: 'package.json was there already and does not name accords: add it with `npm install --save-dev {spec}`',
    fr: 'package.json existait déjà et ne nomme pas accords : ajoutez-le avec `npm install --save-dev {spec}`',
  },
  'init.next': {
    en: 'next: cd {folder} && npm install && npx accords validate (npm install writes package-lock.json: commit it, and CI runs npm ci)',
    fr: 'ensuite : cd {folder} && npm install && npx accords validate (npm install écrit package-lock.json : commitez-le, la CI lancera npm ci)',
  },
  'init.toolMissing': { en: '--tool {spec}: there is no such file or folder', fr: '--tool {spec} : ce fichier ou ce dossier n’existe pas' },
  'init.toolNotTarball': {
    en: '--tool {spec} is a file but not a tarball (.tgz): give the file `npm pack` made, a folder, a git URL or a version',
    fr: '--tool {spec} est un fichier mais pas une archive (.tgz) : donnez le fichier fait par `npm pack`, un dossier, une URL git ou une version',
  },
  'init.copyFailed': { en: 'could not copy {from} to {to}: {detail}', fr: 'impossible de copier {from} vers {to} : {detail}' },
} as const;
