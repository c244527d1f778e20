/** Messages of coverage (`list --coverage`, the report's coverage section). Keys are `coverage.<what>`. */
export const coverage = {
  'coverage.help.option': {
    en: 'where each framework in force that serves as a model is declined, and where not (départements or regions); or only the given framework',
    fr: 'où chaque accord-cadre en vigueur qui sert de modèle est décliné, et où il ne l’est pas (départements ou régions) ; ou seulement l’accord-cadre donné',
  },
  'coverage.none': { en: 'No framework in force serves as a model for conventions of a département or a region.', fr: 'Aucun accord-cadre en vigueur ne sert de modèle à des conventions départementales ou régionales.' },
  'coverage.notAModel': { en: '`{id}` has no `template:`: it is not a model for local conventions', fr: '`{id}` n’a pas de `template:` : ce n’est pas un modèle de conventions locales' },
  'coverage.noTerritory': {
    en: 'the template of `{id}` drafts no territory (territory.departement or territory.region), or cannot be read: there is no coverage to show',
    fr: 'le modèle de `{id}` ne rédige pas de territoire (territory.departement ou territory.region), ou ne peut pas être lu : pas de couverture à montrer',
  },
  'coverage.coveredDepartements': {
    en: { one: 'départements with a convention in force: {count} of {total}', other: 'départements with a convention in force: {count} of {total}' },
    fr: { one: 'départements avec une convention en vigueur : {count} sur {total}', other: 'départements avec une convention en vigueur : {count} sur {total}' },
  },
  'coverage.coveredRegions': {
    en: { one: 'regions with a convention in force: {count} of {total}', other: 'regions with a convention in force: {count} of {total}' },
    fr: { one: 'régions avec une convention en vigueur : {count} sur {total}', other: 'régions avec une convention en vigueur : {count} sur {total}' },
  },
  'coverage.uncoveredDepartements': {
    en: { one: 'without one: {count} département', other: 'without one: {count} départements' },
    fr: { one: 'sans convention en vigueur : {count} département', other: 'sans convention en vigueur : {count} départements' },
  },
  'coverage.uncoveredRegions': {
    en: { one: 'without one: {count} region', other: 'without one: {count} regions' },
    fr: { one: 'sans convention en vigueur : {count} région', other: 'sans convention en vigueur : {count} régions' },
  },
  'coverage.notInForce': { en: '(not in force: {ids})', fr: '(pas en vigueur : {ids})' },
  'coverage.reportHeading': { en: 'Coverage of the frameworks that serve as models', fr: 'Couverture des accords-cadres qui servent de modèle' },
  'coverage.legendCovered': { en: 'a convention in force', fr: 'une convention en vigueur' },
  'coverage.legendUncovered': { en: 'none in force', fr: 'aucune en vigueur' },
} as const;
