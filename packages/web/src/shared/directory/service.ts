/**
 * A directory service as the API gives it (packages/server/src/directory/queries.ts): who
 * delivers which engine programs, where, with which contact, hours and documents. Shared by the
 * self-check's "where to apply" and the staff screens.
 */
export type Day = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const DAYS: readonly Day[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
export interface OpeningHours {
  days: Day[];
  opens: string;
  closes: string;
}

export interface DirectoryService {
  id: string;
  agencyId: string;
  agencyName: string;
  slug: string;
  name: string;
  description: string;
  programIds: string[];
  districts: string[];
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  hours: OpeningHours[];
  hoursNote: string | null;
  documents: string[];
  responseBusinessDays: number;
  fictionalContacts: boolean;
  active: boolean;
}

export const DAY_LABEL: Record<'ko' | 'en', Record<Day, string>> = {
  ko: { MO: '월', TU: '화', WE: '수', TH: '목', FR: '금', SA: '토', SU: '일' },
  en: { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' },
};

/** "월–금 09:00–18:00, 토 10:00–14:00": runs of days in a row are joined with a dash. */
export function hoursText(hours: readonly OpeningHours[], lang: 'ko' | 'en'): string {
  return hours
    .map((h) => {
      const idx = DAYS.filter((d) => h.days.includes(d)).map((d) => DAYS.indexOf(d));
      const runs: number[][] = [];
      for (const i of idx) {
        const run = runs[runs.length - 1];
        if (run && run[run.length - 1] === i - 1) run.push(i);
        else runs.push([i]);
      }
      const label = (i: number) => DAY_LABEL[lang][DAYS[i] as Day];
      const days = runs
        .map((r) =>
          r.length > 2 ? `${label(r[0] as number)}–${label(r[r.length - 1] as number)}` : r.map(label).join(', '),
        )
        .join(', ');
      return `${days} ${h.opens}–${h.closes}`;
    })
    .join(lang === 'ko' ? ', ' : '; ');
}
