import { getHolidayPreset } from '@hyunbinseo/holidays-kr';

/**
 * Korean public holidays come from @hyunbinseo/holidays-kr, which follows the official gazette
 * (관보) year by year, substitute and one-off holidays (선거일, 임시공휴일) included. A year the
 * package does not cover yet counts weekends only, and the answer says so instead of guessing.
 */
async function holidaysOf(year: number): Promise<Set<string> | undefined> {
  try {
    return new Set(Object.keys(await getHolidayPreset(String(year))));
  } catch {
    return undefined;
  }
}

const addDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export interface DueDate {
  dueOn: string;
  /** Holidays passed over on the way, by name: shown so the date is explainable. */
  skipped: { date: string; names: string[] }[];
  /** False when a year on the way has no holiday list yet (weekends only were skipped). */
  holidaysKnown: boolean;
}

/** The date `businessDays` working days after `from` (a Korean calendar date, YYYY-MM-DD). */
export async function addBusinessDays(from: string, businessDays: number): Promise<DueDate> {
  const cache = new Map<number, Set<string> | undefined>();
  const named = new Map<number, Readonly<Record<string, readonly string[]>>>();
  let holidaysKnown = true;
  const skipped: DueDate['skipped'] = [];
  let day = from;
  let left = businessDays;
  while (left > 0) {
    day = addDays(day, 1);
    const year = Number(day.slice(0, 4));
    if (!cache.has(year)) {
      const set = await holidaysOf(year);
      cache.set(year, set);
      if (set) named.set(year, await getHolidayPreset(String(year)));
      else holidaysKnown = false;
    }
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    if (cache.get(year)?.has(day)) {
      skipped.push({ date: day, names: [...((named.get(year) as Record<string, readonly string[]>)[day] ?? [])] });
      continue;
    }
    left -= 1;
  }
  return { dueOn: day, skipped, holidaysKnown };
}
