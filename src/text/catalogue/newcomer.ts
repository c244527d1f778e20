/**
 * Messages of the newcomer's French-all-the-way work (see ../say.ts for the syntax): the
 * `known-territory` rule, the `--territory` filter, the `--as-of` hint, `show`'s past events,
 * French CSV headings. Keys are `newcomer.<what>`.
 */
export const newcomer = {
  // known-territory (src/check/rules/known-territory.ts).
  'newcomer.knownTerritory.description': {
    en: '`territory:` codes exist in the official lists (régions, départements, communes, EPCI) and fit together.',
    fr: 'Les codes de `territory:` existent dans les listes officielles (régions, départements, communes, EPCI) et concordent.',
  },
  'newcomer.knownTerritory.unknownRegion': { en: 'no région has the INSEE code {code}', fr: 'aucune région n’a le code INSEE {code}' },
  'newcomer.knownTerritory.regionOfDepartement': { en: 'the département {departement} is in the région {region}', fr: 'le département {departement} appartient à la région {region}' },
  'newcomer.knownTerritory.regionsAre': { en: 'the régions are: {regions}', fr: 'les régions sont : {regions}' },
  'newcomer.knownTerritory.unknownDepartement': { en: 'no département has the INSEE code {code}', fr: 'aucun département n’a le code INSEE {code}' },
  'newcomer.knownTerritory.corsica': { en: 'Corsica has two départements: 2A (Corse-du-Sud) and 2B (Haute-Corse)', fr: 'la Corse compte deux départements : 2A (Corse-du-Sud) et 2B (Haute-Corse)' },
  'newcomer.knownTerritory.departementsOfRegion': { en: 'the départements of {region}: {departements}', fr: 'les départements de la région {region} : {departements}' },
  'newcomer.knownTerritory.departementsAre': { en: 'département codes run from 01 to 95 (2A and 2B for Corsica), then 971 to 976 overseas', fr: 'les codes de département vont de 01 à 95 (2A et 2B pour la Corse), puis de 971 à 976 outre-mer' },
  'newcomer.knownTerritory.departementNotInRegion': { en: 'the département {departement} is in the région {real}, not in {region}', fr: 'le département {departement} appartient à la région {real}, pas à la région {region}' },
  'newcomer.knownTerritory.checkBoth': { en: 'check both codes: for this one, write {key}: "{value}"', fr: 'vérifiez les deux codes : pour celui-ci, écrivez {key}: "{value}"' },
  'newcomer.knownTerritory.unknownCommune': { en: 'no commune has the INSEE code {code}', fr: 'aucune commune n’a le code INSEE {code}' },
  'newcomer.knownTerritory.communeMerged': { en: '{code} is no longer a commune: it is part of {commune} now', fr: '{code} n’est plus une commune : elle fait désormais partie de {commune}' },
  'newcomer.knownTerritory.postcode': { en: '{code} is a postcode, of {communes}: write the INSEE code', fr: '{code} est un code postal, celui de {communes} : écrivez le code INSEE' },
  'newcomer.knownTerritory.communeNoDepartement': { en: 'a commune code begins with its département’s, and {departement} is none', fr: 'un code de commune commence par celui de son département, et {departement} n’en est pas un' },
  'newcomer.knownTerritory.communeHint': { en: 'no such commune in {departement}: the INSEE code is not the postcode', fr: 'pas de telle commune dans le département {departement} : le code INSEE n’est pas le code postal' },
  'newcomer.knownTerritory.communeNotInDepartement': { en: 'the commune {commune} is in the département {real}, not in {departement}', fr: 'la commune {commune} appartient au département {real}, pas au département {departement}' },
  'newcomer.knownTerritory.communeNotInRegion': { en: 'the commune {commune} is in the région {real}, not in {region}', fr: 'la commune {commune} appartient à la région {real}, pas à la région {region}' },
  'newcomer.knownTerritory.unknownEpci': { en: 'no EPCI has the SIREN {code}', fr: 'aucun EPCI n’a le SIREN {code}' },
  'newcomer.knownTerritory.epciHint': { en: 'an EPCI’s SIREN has nine figures and usually begins with 2 (243300316 is Bordeaux Métropole)', fr: 'le SIREN d’un EPCI a neuf chiffres et commence le plus souvent par 2 (243300316 : Bordeaux Métropole)' },
  'newcomer.knownTerritory.epciNotInDepartement': { en: '{epci} has no member commune in the département {departement} (its départements: {real})', fr: '{epci} n’a aucune commune membre dans le département {departement} (ses départements : {real})' },

  // list --territory (src/commands/list.ts).
  'newcomer.territory.unknownKind': { en: '--territory: unknown kind of code `{kind}`', fr: '--territory : type de code inconnu `{kind}`' },
  'newcomer.territory.kinds': { en: 'write one of {kinds} before a colon, e.g. --territory departement:33', fr: 'écrivez l’un de {kinds} avant un deux-points, par ex. --territory departement:33' },
  'newcomer.territory.kindsDidYouMean': { en: 'did you mean `{guess}`? (one of {kinds}, e.g. --territory departement:33)', fr: 'vouliez-vous dire `{guess}` ? (l’un de {kinds}, par ex. --territory departement:33)' },
  'newcomer.territory.ambiguous': { en: '--territory {code} matches {matched}', fr: '--territory {code} correspond {matched}' },
  'newcomer.territory.narrow': { en: 'write {options} to keep one', fr: 'écrivez {options} pour n’en garder qu’un' },
  'newcomer.territory.matched.region': { en: { one: 'the région {name} ({count} agreement)', other: 'the région {name} ({count} agreements)' }, fr: { one: 'à la région {name} ({count} accord)', other: 'à la région {name} ({count} accords)' } },
  'newcomer.territory.matched.departement': {
    en: { one: 'the département {name} ({count} agreement)', other: 'the département {name} ({count} agreements)' },
    fr: { one: 'au département {name} ({count} accord)', other: 'au département {name} ({count} accords)' },
  },
  'newcomer.territory.matched.commune': { en: { one: 'the commune {name} ({count} agreement)', other: 'the commune {name} ({count} agreements)' }, fr: { one: 'à la commune {name} ({count} accord)', other: 'à la commune {name} ({count} accords)' } },
  'newcomer.territory.matched.epci': { en: { one: 'the EPCI {name} ({count} agreement)', other: 'the EPCI {name} ({count} agreements)' }, fr: { one: 'à l’EPCI {name} ({count} accord)', other: 'à l’EPCI {name} ({count} accords)' } },

  // list --format csv: the heading row. English keeps the JSON keys, as it always has; French says words (the cells keep the codes).
  'newcomer.csv.id': { en: 'id', fr: 'identifiant' },
  'newcomer.csv.title': { en: 'title', fr: 'intitulé' },
  'newcomer.csv.kind': { en: 'kind', fr: 'type' },
  'newcomer.csv.level': { en: 'level', fr: 'niveau' },
  'newcomer.csv.parties': { en: 'parties', fr: 'parties' },
  'newcomer.csv.signed': { en: 'signed', fr: 'date de signature' },
  'newcomer.csv.effective': { en: 'effective', fr: 'date d’effet' },
  'newcomer.csv.status': { en: 'status', fr: 'statut' },
  'newcomer.csv.end': { en: 'end', fr: 'fin' },
  'newcomer.csv.nextRenewal': { en: 'next_renewal', fr: 'prochaine reconduction' },
  'newcomer.csv.noticeDeadline': { en: 'notice_deadline', fr: 'date limite de préavis' },
  'newcomer.csv.file': { en: 'file', fr: 'fichier' },

  // show, as text: what lies before the as-of day, said in the past tense under its own heading.
  'newcomer.show.heading.past': { en: 'Past', fr: 'Passé' },
  'newcomer.show.nothingAhead': { en: 'nothing ahead', fr: 'rien à venir' },
  'newcomer.show.label.ended': { en: 'ended', fr: 'a pris fin' },
  'newcomer.show.ended': { en: 'on {date}, its last day in force', fr: 'le {date}, dernier jour en vigueur' },
  'newcomer.show.noticeDeadlinePassed': {
    en: '{date} — passed: notice given now stops the renewal after that one',
    fr: '{date} — dépassée : un préavis donné maintenant n’empêche que la reconduction suivante',
  },

  // Help of list --territory (replaces help.listTerritory, which says nothing of the kinds).
  'newcomer.help.listTerritory': {
    en: 'an INSEE région, département or commune code, or an EPCI SIREN; region:, departement:, commune: or epci: before it keeps that kind only (75 is both a région and a département)',
    fr: 'un code INSEE de région, de département ou de commune, ou le SIREN d’un EPCI ; region:, departement:, commune: ou epci: devant ne retient que ce type (75 est à la fois une région et un département)',
  },
} as const;
