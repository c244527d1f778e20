/** Messages of src/commands/ (see ../say.ts for the syntax). Keys are `commands.<what>`. */
export const commands = {
  'commands.unknownLanguage': { en: 'unknown language `{language}`', fr: 'langue inconnue `{language}`' },
  'commands.languages': { en: 'languages: {languages}', fr: 'langues : {languages}' },
} as const;
