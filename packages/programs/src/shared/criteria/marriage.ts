import { type ParameterDef, p, v } from '@jibsa/rules';
import { yesNo } from './yes-no.ts';

/** 혼인 중: the household says the applicant is married. */
export const isMarried = yesNo('isMarried', { ko: '혼인 중', en: 'married' }, v.input('married'));

/**
 * The newlywed rule of 행복주택 and 버팀목 신혼부부전용: married, and for no longer than the program's limit.
 * `id` names the length test, which each program keeps under its own name.
 */
export function marriedWithin(id: string, maxYears: ParameterDef) {
  return {
    married: isMarried,
    marriedYears: yesNo(
      id,
      { ko: '혼인 기간이 신혼부부 기준 이내', en: 'married no longer than the newlywed limit' },
      v.le(v.input('marriedYears'), p(maxYears)),
    ),
  };
}
