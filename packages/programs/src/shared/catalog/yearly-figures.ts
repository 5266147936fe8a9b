import { type Program, periodInForce } from '@jibsa/rules';

/**
 * Figures set anew for every calendar year, in force from 1 January: 보건복지부 decides the 기준
 * 중위소득 each summer for the next year (중앙생활보장위원회, 「국민기초생활 보장법」 제6조의2), and
 * 국토교통부 the 주거급여 기준임대료 with it (「주거급여법」 제7조, 고시 「주거급여 선정기준 및 최저보장수준」).
 * The newest period of such a figure runs on with no end, so a date in a later year reads the
 * last year Jibsa has: the result is then an estimate, and says so (`figuresYear` in screen.ts),
 * until someone adds that year's figures. Figures on other schedules (공공임대's 도시근로자 월평균소득,
 * used from each 모집공고) are not listed: carrying them on is what the agencies themselves do.
 */
export const YEARLY_FIGURES: ReadonlySet<string> = new Set([
  'basic-livelihood.median-income',
  'housing-benefit.standard-rent',
]);

/**
 * The year of the oldest yearly figure among `used` when it is before `date`'s year (the result
 * rests on last year's line), else undefined.
 */
export function olderYearlyFigures(used: readonly { readonly id: string; readonly from: string }[], date: string) {
  const year = Number(date.slice(0, 4));
  let oldest: number | undefined;
  for (let i = 0; i < used.length; i++) {
    const u = used[i] as (typeof used)[number];
    if (!YEARLY_FIGURES.has(u.id)) continue;
    const from = Number(u.from.slice(0, 4));
    if (from < year && (oldest === undefined || from < oldest)) oldest = from;
  }
  return oldest;
}

/**
 * For a whole list screened on `date` (an outreach job, a what-if): the year of the oldest yearly
 * figure any program of `entries` reads on that date when it is before the date's year, else
 * undefined. Each program's own parameters are looked at, as each result would read them.
 */
export function olderYearlyFiguresOn(
  entries: readonly { readonly program?: Program | undefined }[],
  date: string,
): number | undefined {
  const used: { id: string; from: string }[] = [];
  for (const e of entries) {
    for (const id of YEARLY_FIGURES) {
      const def = e.program?.parameters.get(id);
      const period = def && periodInForce(def, date);
      if (period) used.push({ id, from: period.from });
    }
  }
  return olderYearlyFigures(used, date);
}

/**
 * The first day after `date` on which a yearly figure of `entries` has a newer period Jibsa
 * already holds (1 January of next year once its 기준 중위소득 is in), else undefined: the day to
 * screen a household on to see what the new figures change.
 */
export function nextYearlyFiguresOn(
  entries: readonly { readonly program?: Program | undefined }[],
  date: string,
): string | undefined {
  let next: string | undefined;
  for (const e of entries) {
    for (const id of YEARLY_FIGURES) {
      for (const p of e.program?.parameters.get(id)?.periods ?? []) {
        if (p.from > date && (next === undefined || p.from < next)) next = p.from;
      }
    }
  }
  return next;
}
