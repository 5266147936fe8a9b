import { defineVariable, type Label, type ParameterDef, v } from '@jibsa/rules';
import { medianIncomeForSize, shareOfMedianFor } from './median-income.ts';

/** 가구원 수: the members listed. An unknown member list leaves it unknown. */
export const householdSize = defineVariable(
  'householdSize',
  { ko: '가구원 수', en: 'household size' },
  'count',
  v.countMembers(() => true),
);

/**
 * 기준 중위소득 for the household's size. Tables stop at 7 persons; from 8 persons each extra
 * person adds the step from 6 to 7 (보건복지부 고시, 8인 이상 가구 산정 방식).
 */
export const medianIncomeForHousehold = medianIncomeForSize(
  'medianIncome',
  { ko: '기준 중위소득', en: 'standard median income' },
  householdSize,
);

/** A share of 기준 중위소득, rounded to the won as the 고시 tables are. */
export function shareOfMedian(id: string, label: Label, rate: ParameterDef) {
  return shareOfMedianFor(id, label, medianIncomeForHousehold, rate);
}
