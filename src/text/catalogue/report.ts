/** Messages of the report's layout (src/format/report/): timeline legend and axis. Keys are `report.<what>`. */
export const report = {
  'report.today': { en: 'today, {date}', fr: 'aujourd’hui, {date}' },
  'report.legend': { en: 'Legend', fr: 'Légende' },
  'report.barTitle': { en: '{title} ({id}): {start} → {end}, {status}', fr: '{title} ({id}) : {start} → {end}, {status}' },
  'report.placeTitle': { en: '{name} ({code}): {ids}', fr: '{name} ({code}) : {ids}' },
  'report.placeNone': { en: '{name} ({code}): no convention in force', fr: '{name} ({code}) : aucune convention en vigueur' },
} as const;
