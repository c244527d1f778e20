/** Messages of the full YAML parser's key checks (src/parse/yaml.ts). Keys are `yamlsuite.<what>`. */
export const yamlsuite = {
  'yamlsuite.collectionKey': { en: 'a key is a list or a mapping', fr: 'une clé est une liste ou un bloc' },
  'yamlsuite.collectionKeyHint': {
    en: 'a key is a word followed by a colon: write `name: value`, or quote the key if it must hold brackets',
    fr: 'une clé est un mot suivi de deux-points : écrivez `nom: valeur`, ou mettez la clé entre guillemets si elle doit contenir des crochets',
  },
  'yamlsuite.sameKey': {
    en: 'duplicate key: `{typed}` is read as `{key}`, like the key on line {line}',
    fr: 'clé en double : `{typed}` se lit `{key}`, comme la clé de la ligne {line}',
  },
  'yamlsuite.sameKeyHint': {
    en: 'a key may appear once in a mapping: remove or rename one (`true`, `null` and numbers are read as values, then written as text)',
    fr: 'une clé ne peut figurer qu’une fois au même niveau : supprimez ou renommez l’une des deux (`true`, `null` et les nombres sont lus comme des valeurs, puis écrits en texte)',
  },
  'yamlsuite.gitLogUnreadable': { en: 'its output does not have the expected shape', fr: 'sa sortie n’a pas la forme attendue' },
} as const;
