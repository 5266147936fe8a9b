import { catalog, findProgram, rulesVersion, screenStatuses } from '@jibsa/programs';
import type { Household } from '@jibsa/rules';
import { invalid } from '../http/error-codes.ts';
import { checkScreeningDate } from '../screening/date.ts';

export interface StoredScreening {
  date: string;
  rulesVersion: string;
  programs: { id: string; name: string; status: 'eligible' | 'ineligible' | 'unknown'; amount: number | null }[];
}

/**
 * The result summary kept with a consultation request is never whatever JSON was sent. With the
 * household, the server screens it again itself for the same date (so the stored result is the
 * engine's). Without it, each program must be one the catalog knows, and names come from the catalog.
 */
export function screeningToStore(sent: StoredScreening, household: Household | undefined): StoredScreening {
  checkScreeningDate(sent.date, 'screening.date');
  if (household) {
    // Statuses and amounts only: the summary keeps no reasons, so none are worded.
    const outcome = screenStatuses(household, { date: sent.date });
    if (outcome.ok) {
      return {
        date: outcome.date,
        rulesVersion: rulesVersion(catalog),
        programs: outcome.programs.map((p) => ({ id: p.id, name: p.name.ko, status: p.status, amount: p.amount })),
      };
    }
  }
  const unknown = sent.programs.flatMap((p, i) => (findProgram(p.id) ? [] : [i]));
  if (unknown.length > 0) {
    throw invalid(
      unknown.map((i) => ({
        path: `screening.programs.${i}.id`,
        ko: '알 수 없는 제도입니다.',
        en: 'is not a known program.',
      })),
    );
  }
  return {
    date: sent.date,
    rulesVersion: sent.rulesVersion,
    // An old id (PROGRAM_ID_ALIASES) is kept under today's.
    programs: sent.programs.map((p) => {
      const entry = findProgram(p.id);
      return { id: entry?.id ?? p.id, name: entry?.metadata.name.ko ?? p.name, status: p.status, amount: p.amount };
    }),
  };
}
