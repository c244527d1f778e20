/**
 * The files `accords init` writes: a repository of agreements ready for editors and CI.
 * Pure data; the command writes them. `templates` are the tool's own, passed in.
 */
export interface ScaffoldFile {
  readonly path: string;
  readonly text: string;
}

const SCHEMAS = 'node_modules/accords/schemas';

export function scaffold(templates: readonly ScaffoldFile[]): ScaffoldFile[] {
  return [
    {
      path: 'agreements/organizations.yaml',
      text: `# yaml-language-server: $schema=../${SCHEMAS}/organizations.schema.json
# Les parties aux accords, et qui a succédé à qui.
- id: pole-emploi
  name: Pôle emploi
  kind: public-body
  succeeded_by: { org: france-travail, on: 2024-01-01 }
- id: france-travail
  name: France Travail
  kind: public-body
- id: amf
  name: Association des maires de France et des présidents d'intercommunalité
  short_name: AMF
  kind: association
`,
    },
    {
      path: 'agreements/national/exemple-accord-cadre.yaml',
      text: `# yaml-language-server: $schema=../../${SCHEMAS}/agreement.schema.json
# Un exemple : remplacez-le par vos accords (un fichier par accord, l'id égal au nom du fichier).
id: exemple-accord-cadre
title: Accord cadre national (exemple)
kind: framework
level: national
parties:
  - org: amf
    signatory: { name: Prénom Nom, role: Président }
  - org: france-travail
    signatory: { name: Prénom Nom, role: Directeur général }
signed: 2025-01-15
place: Paris
term:
  duration: P1Y
  renewal: tacit
  renewal_period: P1Y
notice:
  period: P2M
  applies: before-renewal
committee: { name: comité de pilotage, meetings_per_year: 2 }
sources:
  - { document: accord-cadre.pdf, clause: Article 5, quote: "conclu pour une durée d'un an … renouvelé par tacite reconduction" }
`,
    },
    { path: 'agreements/local/.gitkeep', text: '' },
    ...templates,
    {
      path: '.vscode/settings.json',
      text: `${JSON.stringify(
        {
          'yaml.schemas': {
            [`./${SCHEMAS}/agreement.schema.json`]: ['agreements/**/*.yaml', 'agreements/**/*.yml', '!agreements/organizations.yaml'],
            [`./${SCHEMAS}/organizations.schema.json`]: ['agreements/organizations.yaml'],
          },
          'files.associations': { '*.md.hbs': 'handlebars' },
        },
        null,
        2,
      )}\n`,
    },
    { path: '.github/workflows/accords.yml', text: WORKFLOW },
    { path: '.gitignore', text: 'node_modules/\n.accords-cache/\n' },
    {
      path: 'README.md',
      text: `# Accords de partenariat

Ce dépôt garde les accords-cadres nationaux et les conventions locales, un fichier YAML par accord,
vérifiés à chaque push par [accords](https://www.npmjs.com/package/accords).

| où | quoi |
|---|---|
| \`agreements/organizations.yaml\` | les organisations signataires, et les successions (Pôle emploi → France Travail) |
| \`agreements/national/\` | les accords nationaux |
| \`agreements/local/<id>.yaml\` et \`.md\` | une convention locale et son texte |
| \`templates/*.md.hbs\` | les modèles nationaux de conventions locales |

\`\`\`sh
npm install --save-dev accords      # une fois
npx accords validate                # tout est-il correct ?
npx accords due --within 3m         # échéances, préavis, reconductions des trois prochains mois
npx accords new --from <accord-cadre> --id <nouvel-id> --vars valeurs.yaml
\`\`\`

accords parle anglais par défaut et français avec \`--lang fr\` ou une locale française
(\`export LANG=fr_FR.UTF-8\`) : messages, aide, tableaux, rapport et calendrier.

VS Code (extension YAML de Red Hat) vérifie et complète les fichiers pendant la saisie grâce à
\`.vscode/settings.json\`.
`,
    },
  ];
}

/** The GitHub Actions workflow shipped with the tool and scaffolded by `accords init`. */
export const WORKFLOW = `name: accords
on: [push, pull_request]
jobs:
  accords:
    runs-on: ubuntu-latest
    env:
      ACCORDS_CACHE_DIR: .accords-cache
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - name: Restore the result cache (records whose bytes did not change are not parsed again)
        uses: actions/cache@v4
        with:
          path: .accords-cache
          key: accords-\${{ github.sha }}
          restore-keys: accords-
      - name: Validate the records (annotations on the lines at fault)
        run: npx accords validate --format github
      - name: Every drafted convention matches its record
        run: npx accords render --check
      - name: What is due in the next three months
        if: always()
        run: |
          echo '## Échéances des trois prochains mois' >> "$GITHUB_STEP_SUMMARY"
          npx accords report --within 3m --lang fr >> "$GITHUB_STEP_SUMMARY"
`;
