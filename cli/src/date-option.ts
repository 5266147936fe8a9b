import { isIsoDate } from '@jibsa/rules';
import type { Io } from './main.ts';

/** `--date`: a real calendar day from 2019-01-01 on (as the API accepts), or absent for today. */
export function dateOptionOk(date: string | undefined, io: Io): boolean {
  if (date === undefined || (isIsoDate(date) && date >= '2019-01-01')) return true;
  io.stderr.write(
    `--date 는 2019-01-01 이후의 YYYY-MM-DD 날짜여야 합니다 (--date must be a date from 2019-01-01, YYYY-MM-DD): ${date}\n`,
  );
  return false;
}
