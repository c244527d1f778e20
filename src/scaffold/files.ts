/**
 * The files `accords init` writes: a repository of agreements that installs the tool, checks
 * itself in CI and helps editors. Pure data; the command reads the tool's own files (registry,
 * national agreements, templates, examples) and writes the result.
 */
export interface ScaffoldFile {
  readonly path: string;
  readonly text: string;
}

/** Where the schemas are once `npm install` has put the tool in the repository. */
export const SCHEMAS = 'node_modules/accords/schemas';

export interface ScaffoldInput {
  /** The repository's package name (`package.json`'s `name`). */
  readonly name: string;
  /** The dependency spec `npm install` reads for accords: `file:vendor/accords-0.1.0.tgz`, a git URL, `^0.1.0`… */
  readonly tool: string;
  /** The tool's registry and national agreements (`agreements/…`), templates (`templates/…`) and examples (`examples/…`), as shipped. */
  readonly shipped: readonly ScaffoldFile[];
}

export function scaffold({ name, tool, shipped }: ScaffoldInput): ScaffoldFile[] {
  const files: ScaffoldFile[] = shipped.map((file) => (file.path.startsWith('agreements/') ? { path: file.path, text: pointModelineAtPackage(file.text) } : file));
  if (!files.some((f) => f.path === 'agreements/organizations.yaml')) files.unshift({ path: 'agreements/organizations.yaml', text: FALLBACK_REGISTRY });
  files.push({ path: 'agreements/local/.gitkeep', text: '' });
  files.push({ path: 'package.json', text: packageJson(name, tool) });
  files.push({
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
  });
  files.push({ path: '.github/workflows/accords.yml', text: WORKFLOW });
  files.push({ path: '.gitignore', text: 'node_modules/\n.accords-cache/\n' });
  files.push({ path: 'README.md', text: readme(files.some((f) => f.path === 'examples/gironde.yaml')) });
  return files;
}

/**
 * The tool's own records point at `../../schemas/` (the schemas beside them in the tool's
 * repository); in a user's repository the schemas are in `node_modules/accords/schemas/`.
 */
export function pointModelineAtPackage(text: string): string {
  return text.replace(/^(#\s*yaml-language-server:\s*\$schema=)((?:\.\.\/)*)schemas\//, `$1$2${SCHEMAS}/`);
}

/** A package name npm accepts, from a folder's name: `Accords Gironde` → `accords-gironde`. */
export function packageName(folder: string): string {
  const slug = folder
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 214);
  return slug === '' || slug === 'accords' ? 'accords-repository' : slug;
}

function packageJson(name: string, tool: string): string {
  return `${JSON.stringify(
    {
      name,
      private: true,
      description: 'Accords de partenariat (accords-cadres nationaux et conventions locales), vérifiés par accords',
      scripts: {
        test: 'accords validate && accords render --check',
        due: 'accords due --within 3m',
      },
      devDependencies: { accords: tool },
    },
    null,
    2,
  )}\n`;
}

function readme(withExample: boolean): string {
  const draft = withExample
    ? 'npx accords new --from amf-pole-emploi-2016 --id amf-33-2026 --vars examples/gironde.yaml   # une convention locale, en brouillon'
    : 'npx accords new --from <accord-cadre> --id <nouvel-id> --vars valeurs.yaml';
  return `# Accords de partenariat

Ce dépôt garde les accords-cadres nationaux et les conventions locales, un fichier YAML par accord,
vérifiés à chaque push par accords.

| où | quoi |
|---|---|
| \`agreements/organizations.yaml\` | les organisations signataires, et les successions (Pôle emploi → France Travail) |
| \`agreements/national/\` | les accords nationaux |
| \`agreements/local/<id>.yaml\` et \`.md\` | une convention locale et son texte |
| \`templates/*.md.hbs\` | les modèles nationaux de conventions locales |
| \`examples/\` | des valeurs d'exemple pour \`accords new --vars\` |

\`\`\`sh
npm install                         # une fois : installe accords (voir package.json) et crée package-lock.json, à commiter
npx accords validate                # tout est-il correct ?
npx accords due --within 3m         # échéances, préavis, reconductions des trois prochains mois
${draft}
\`\`\`

D'où vient accords : \`package.json\`, \`devDependencies.accords\` (une archive de \`npm pack\`,
une URL git ou un dossier). Une fois le paquet publié : \`npm install --save-dev accords@latest\`.

accords parle anglais par défaut et français avec \`--lang fr\` ou une locale française
(\`export LANG=fr_FR.UTF-8\`) : messages, aide, tableaux, rapport et calendrier.

La CI (\`.github/workflows/accords.yml\`) vérifie chaque push sous Node 20, 22 et 24, et chaque
lundi annote les fiches dont une échéance tombe dans les trois mois (\`accords due --format github\`).

VS Code (extension YAML de Red Hat) vérifie et complète les fichiers pendant la saisie grâce à
\`.vscode/settings.json\`, une fois \`npm install\` fait.
`;
}

/** Used only when the tool's own registry cannot be read. */
const FALLBACK_REGISTRY = `# yaml-language-server: $schema=../${SCHEMAS}/organizations.schema.json
# Les parties aux accords, et qui a succédé à qui.
- id: pole-emploi
  name: Pôle emploi
  kind: public-body
  succeeded_by: { org: france-travail, on: 2024-01-01 }
- id: france-travail
  name: France Travail
  kind: public-body
`;

/**
 * The GitHub Actions workflow shipped with the tool and scaffolded by `accords init`: every push
 * and pull request checked under each supported Node version, and the deadlines of the next three
 * months put on the records as annotations — also every Monday, so the forge tells maintainers.
 */
export const WORKFLOW = `name: accords
on:
  push:
  pull_request:
  schedule:
    - cron: '0 6 * * 1'   # every Monday, 06:00 UTC
  workflow_dispatch:
jobs:
  check:
    if: github.event_name != 'schedule'
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        node: [20, 22, 24]
    env:
      ACCORDS_CACHE_DIR: .accords-cache
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
      - name: Install (npm ci from the lock file; npm install until the first one is committed)
        run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      - name: Restore the result cache (records whose bytes did not change are not parsed again)
        uses: actions/cache@v4
        with:
          path: .accords-cache
          key: accords-\${{ matrix.node }}-\${{ github.sha }}
          restore-keys: accords-\${{ matrix.node }}-
      - name: Validate the records (annotations on the lines at fault)
        run: npx accords validate --format github
      - name: Every drafted convention matches its record
        run: npx accords render --check
      - name: What is due in the next three months
        if: always() && matrix.node == 24
        run: |
          echo '## Échéances des trois prochains mois' >> "$GITHUB_STEP_SUMMARY"
          npx accords report --within 3m --lang fr >> "$GITHUB_STEP_SUMMARY"
  deadlines:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Install (npm ci from the lock file; npm install until the first one is committed)
        run: if [ -f package-lock.json ]; then npm ci; else npm install; fi
      - name: Deadlines of the next three months, as annotations on the records that cause them
        run: npx accords due --format github --within 3m
`;
