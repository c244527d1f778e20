/** The holidays of a year by French name, as local-midnight dates; with `alsace`, Good Friday and 26 December too. */
declare module '@socialgouv/jours-feries' {
  export default function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
