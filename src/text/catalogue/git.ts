/** Messages of src/git/ (see ../say.ts for the syntax). Keys are `git.<what>`. */
export const git = {
  // git.ts: git's faults
  'git.notInstalled': { en: 'git is not installed or not on PATH', fr: "git n’est pas installé ou n’est pas dans le PATH" },
  'git.notInstalledHint': { en: 'install git to use this command', fr: 'installez git pour utiliser cette commande' },
  'git.notRepository': { en: '{folder} is not in a git repository', fr: "{folder} n’est pas dans un dépôt git" },
  'git.notRepositoryHint': { en: 'run `git init` there, or point --root at a clone', fr: 'lancez `git init` dans ce dossier, ou pointez --root sur un clone' },
  'git.failed': { en: 'git {command} failed: {detail}', fr: 'échec de git {command} : {detail}' },

  // diff-records.ts: what changed in a record, field by field (`{field}` is a path such as `term.end`)
  'git.record': { en: 'record', fr: 'fiche' },
  'git.fieldSet': { en: '{field}: set to {value}', fr: '{field} : défini à {value}' },
  'git.fieldRemoved': { en: '{field}: removed (was {value})', fr: '{field} : supprimé (valait {value})' },
  'git.fieldChanged': { en: '{field}: {before} → {after}', fr: '{field} : {before} → {after}' },
  'git.partyAdded': { en: 'party added: {org}', fr: 'partie ajoutée : {org}' },
  'git.partyRemoved': { en: 'party removed: {org}', fr: 'partie retirée : {org}' },
  'git.itemsAdded': { en: { one: '{field}: {count} added', other: '{field}: {count} added' }, fr: { one: '{field} : {count} ajout', other: '{field} : {count} ajouts' } },
  'git.itemsRemoved': {
    en: { one: '{field}: {count} removed', other: '{field}: {count} removed' },
    fr: { one: '{field} : {count} retrait', other: '{field} : {count} retraits' },
  },
} as const;
