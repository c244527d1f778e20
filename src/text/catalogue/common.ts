/** Words shared by every area: lists, plurals of things counted everywhere. */
export const common = {
  'list.or': { en: '{items} or {last}', fr: '{items} ou {last}' },
  'list.and': { en: '{items} and {last}', fr: '{items} et {last}' },
} as const;
