/** Words shared by every area: lists, and the "did you mean" of every suggestion. */
export const common = {
  'list.or': { en: '{items} or {last}', fr: '{items} ou {last}' },
  'list.and': { en: '{items} and {last}', fr: '{items} et {last}' },
  /** The suggestion after a mistyped id, key, value or name, whichever area noticed it. */
  'common.didYouMean': { en: 'did you mean `{guess}`?', fr: 'vouliez-vous dire `{guess}` ?' },
} as const;
