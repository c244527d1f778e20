/** Messages of `accords render`, its Word documents and record edits (see ../say.ts for the syntax). Keys are `render.<what>`. */
export const render = {
  // Editing a record in place (src/edit/edit-record.ts).
  'render.editNotYaml': { en: 'the record cannot be read as YAML: {reason}', fr: 'la fiche ne se lit pas comme du YAML : {reason}' },
  'render.editNotMapping': { en: 'the record is not a mapping of keys', fr: 'la fiche n’est pas un bloc de clés' },
  'render.editEmptyPath': { en: 'an edit needs the path of a field', fr: 'une modification demande le chemin d’un champ' },
  'render.editThroughValue': { en: '`{path}` goes through a value that is not a mapping', fr: '`{path}` passe par une valeur qui n’est pas un bloc de clés' },
  'render.editCannot': { en: 'the record cannot be changed without changing something else', fr: 'la fiche ne peut pas être modifiée sans toucher à autre chose' },
} as const;
