/**
 * Program ids that were renamed when every id got one style (docs: packages/programs/README.md, "Ids"),
 * old → new. Everything that takes a program id from outside (the API, the web's addresses, the
 * CLI, stored rows) reads it through `canonicalProgramId`, so the old ids keep working. Stored ids
 * were rewritten by the server's migration 0015, which keeps its own frozen copy of this table.
 * Never remove a line: a link or a script written years ago may still use it.
 */
export const PROGRAM_ID_ALIASES: Readonly<Record<string, string>> = {
  'housing-benefit-rent': 'housing-benefit.rent',
  'housing-benefit-repair': 'housing-benefit.repair',
  'livelihood-benefit': 'basic-livelihood.livelihood',
  'medical-benefit': 'basic-livelihood.medical',
  'education-benefit': 'basic-livelihood.education',
  'public-rental.happy.youth': 'public-rental.happy-youth',
  'public-rental.happy.newlywed': 'public-rental.happy-newlywed',
  'public-rental.happy.elderly': 'public-rental.happy-elderly',
};

/** The id a program goes by today: an old id's new one, any other id unchanged. */
export function canonicalProgramId(id: string): string {
  return Object.hasOwn(PROGRAM_ID_ALIASES, id) ? (PROGRAM_ID_ALIASES[id] as string) : id;
}

/** A list of program ids as stored: each as today's, an old id and its new one kept once, in first-seen order. */
export function canonicalProgramIds(ids: readonly string[]): string[] {
  return [...new Set(ids.map(canonicalProgramId))];
}
