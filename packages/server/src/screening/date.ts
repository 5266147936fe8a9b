import { FIRST_DATE, isScreeningDate } from '@jibsa/programs';
import { invalid } from '../http/error-codes.ts';

/** A screening date must be a real calendar day from FIRST_DATE on (2025-02-30 is refused, not rolled over). */
export function checkScreeningDate(date: string, path: string): void {
  if (!isScreeningDate(date)) {
    throw invalid([
      {
        path,
        ko: `${FIRST_DATE} 이후의 실제 날짜를 YYYY-MM-DD 형식으로 적어 주세요.`,
        en: `must be a real date from ${FIRST_DATE} on, as YYYY-MM-DD.`,
      },
    ]);
  }
}
