/** The languages the tool speaks. English is the default; French for `--lang fr` or a French locale. */
export type Language = 'en' | 'fr';

export const LANGUAGES: readonly Language[] = ['en', 'fr'];

/** `fr`, `fr_FR.UTF-8`, `fr-CA`, `FR` → 'fr'; `en_GB`, `C.UTF-8` → 'en'; anything else → undefined. */
export function languageOf(value: string | undefined): Language | undefined {
  const code = value?.trim().toLowerCase().slice(0, 2);
  if (code === 'fr') return 'fr';
  if (code === 'en' || code === 'c' || code === 'c.' || value?.trim().toUpperCase() === 'POSIX') return 'en';
  return undefined;
}

/**
 * The language a locale environment asks for, in POSIX order: the first of LC_ALL,
 * LC_MESSAGES and LANG that is set and not empty decides; French when it names French.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return languageOf(value) === 'fr' ? 'fr' : 'en';
  }
  return 'en';
}

/**
 * The language a run speaks: `--lang fr` / `--lang=fr` wins over the locale (up to `--`);
 * `{ asked }` when `--lang` names no language the tool speaks (a usage error, said in the locale's).
 */
export function languageOfRun(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language | { readonly asked: string } {
  let asked: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') asked = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) asked = arg.slice('--lang='.length);
  }
  if (asked === undefined) return languageFromEnv(env);
  return LANGUAGES.find((l) => l === asked!.trim().toLowerCase()) ?? { asked };
}
