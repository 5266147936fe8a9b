import { type Arg, defineVariable, type Label, type ParameterDef, p, v } from '@jibsa/rules';
import { medianIncome } from '../../programs/basic-livelihood/parameters.ts';
import { bySizeExtended } from './size-table.ts';

/**
 * 기준 중위소득 for a household size: the household's own (medianIncomeForHousehold in household-size.ts)
 * or another (청년월세: the 원가구). Tables stop at 7 persons, each extra person adds the 6→7 step
 * (보건복지부 고시, 8인 이상 가구).
 */
export function medianIncomeForSize(id: string, label: Label, size: Arg) {
  return defineVariable(id, label, 'KRW/month', bySizeExtended(medianIncome, size, 7));
}

/** A share of such a median, rounded to the won like the 고시 tables. */
export function shareOfMedianFor(id: string, label: Label, median: Arg, rate: ParameterDef) {
  return defineVariable(id, label, 'KRW/month', v.round(v.mul(median, p(rate))));
}
