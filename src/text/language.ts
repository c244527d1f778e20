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
