import { type ProgramScreening, type Screening, screenHousehold } from '@jibsa/programs';

/**
 * The same answers screened on the first day newer figures take effect (the nearest
 * `nextFiguresOn`, 1 January for the yearly ones): each program whose result would then differ,
 * in status or amount, by id. Empty when no program has newer figures or nothing changes.
 */
export function resultsAhead(
  screening: Screening,
  household: unknown,
): { readonly date: string; readonly changed: ReadonlyMap<string, ProgramScreening> } | null {
  let date: string | undefined;
  for (const p of screening.programs) {
    if (p.nextFiguresOn !== undefined && (date === undefined || p.nextFiguresOn < date)) date = p.nextFiguresOn;
  }
  if (date === undefined) return null;
  const later = screenHousehold(household, { date });
  if (!later.ok) return null;
  const changed = new Map<string, ProgramScreening>();
  for (const p of screening.programs) {
    // Only a program whose own next figures start that day: others would differ for another reason.
    if (p.nextFiguresOn !== date) continue;
    const q = later.programs.find((x) => x.id === p.id);
    if (q && (q.status !== p.status || q.amount !== p.amount)) changed.set(p.id, q);
  }
  return { date, changed };
}
