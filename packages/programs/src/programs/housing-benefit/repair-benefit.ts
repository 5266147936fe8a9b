import { defineProgram, v } from '@jibsa/rules';
import { yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import { incomeWithinHousingLine } from './rent-benefit.ts';
import { repairAmount, repairCycleYears } from './repair-parameters.ts';

export const isOwner = yesNo(
  'isOwner',
  { ko: '자기 집에 사는 가구', en: 'lives in own home' },
  v.eq(v.input('tenure'), 'owner'),
);

/**
 * 주거급여 수선유지급여 for owner-occupiers. The repair scale (경보수·중보수·대보수) and so the
 * amount come from LH's house survey, which no self-check can know: no amount is estimated here;
 * the caps and cycles are listed as this program's parameters.
 */
export const repairBenefit = defineProgram({
  id: 'housing-benefit.repair',
  label: { ko: '주거급여 (수선유지급여)', en: 'Housing benefit (home repair for owners)' },
  schema: householdSchema,
  criteria: { owner: isOwner, income: incomeWithinHousingLine },
  parameters: [repairAmount, repairCycleYears],
});
