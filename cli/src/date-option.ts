import { FIRST_DATE, isScreeningDate } from '@jibsa/programs';
import type { Io } from './io.ts';

/** `--date`: a date screening accepts (as the API does), or absent for today. */
export function dateOptionOk(date: string | undefined, io: Io): boolean {
  if (date === undefined || isScreeningDate(date)) return true;
  io.stderr.write(
    `--date 는 ${FIRST_DATE} 이후의 YYYY-MM-DD 날짜여야 합니다 (--date must be a date from ${FIRST_DATE}, YYYY-MM-DD): ${date}\n`,
  );
  return false;
}
