import { defineProgram, defineVariable, p, v } from '@jibsa/rules';
import { householdSize } from '../../shared/criteria/household-size.ts';
import { GRADE_ZONE_BY_REGION } from '../../shared/criteria/region.ts';
import { rekey } from '../../shared/criteria/rekey.ts';
import { yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  incomeWithinLine,
  recognizedIncomeHousing as recognizedIncome,
  recognizedIncomeWithinHousing as recognizedIncomeWithin,
} from '../../shared/income-assessment/recognized-income.ts';
import { standardRent } from './parameters.ts';
import {
  depositConversionRate,
  minPayment,
  paymentRoundingUnit,
  rentCapMultiple,
  selfBurdenRate,
  standardRentLargeHouseholdRate,
  standardRentLargeHouseholdSize,
  standardRentMaxTableSize,
} from './rent-rule-parameters.ts';
import { housingLine, livelihoodLine } from './thresholds.ts';

/** 기준임대료 keyed by our region enum instead of 급지 (광주광역시 → 3급지). */
export const standardRentByRegion = rekey(standardRent, {
  id: 'housing-benefit.standard-rent',
  dimension: 'gradeZone',
  map: GRADE_ZONE_BY_REGION,
});

/**
 * 실제임차료 = 월차임 + 보증금의 월 환산액 (보증금 × 연 환산율 ÷ 12). A 전세 has no 월차임, so nobody on
 * 전세 is asked for a monthly rent.
 */
export const actualRent = defineVariable(
  'actualRent',
  { ko: '실제 임차료 (월세 + 보증금 환산)', en: 'actual rent (monthly rent + deposit equivalent)' },
  'KRW/month',
  v.add(
    v.if(v.eq(v.input('tenure'), 'jeonse'), v.num(0, 'KRW/month'), v.input('monthlyRent')),
    v.div(v.asMonthly(v.mul(v.input('deposit'), p(depositConversionRate))), 12),
  ),
);

/** Tables stop at 6 persons: 7인 uses 6인, 8인 이상 adds 10 % (주거급여 실시에 관한 고시). */
export const standardRentForHousehold = defineVariable(
  'standardRent',
  { ko: '기준임대료', en: 'standard rent' },
  'KRW/month',
  v.mul(
    p(standardRentByRegion, v.input('region'), v.min(householdSize, p(standardRentMaxTableSize))),
    v.if(v.ge(householdSize, p(standardRentLargeHouseholdSize)), p(standardRentLargeHouseholdRate), 1),
  ),
);

/**
 * 실제임차료가 기준임대료의 5배를 넘는 가구는 최저지급액만 받는다 (주거급여 실시에 관한 고시, per the one public
 * calculator that quotes it; the parameter is marked unverified). Without it a household paying a very high rent
 * would get the full standard rent less its own share.
 */
export const rentFarAboveStandard = yesNo(
  'rentFarAboveStandard',
  { ko: '실제 임차료가 기준임대료의 여러 배를 넘음', en: 'actual rent far above the standard rent' },
  v.gt(actualRent, v.mul(standardRentForHousehold, p(rentCapMultiple))),
);

export const selfBurden = defineVariable(
  'rentSelfBurden',
  { ko: '자기부담분', en: 'self-paid share' },
  'KRW/month',
  v.if(
    v.gt(recognizedIncome, livelihoodLine),
    v.floor(v.mul(v.sub(recognizedIncome, livelihoodLine), p(selfBurdenRate))),
    v.num(0, 'KRW/month'),
  ),
);

export const isTenant = yesNo(
  'isTenant',
  { ko: '세를 내고 사는 가구 (월세·전세)', en: 'renting household (monthly rent or jeonse)' },
  v.oneOf(v.input('tenure'), ['monthly_rent', 'jeonse']),
);

export const incomeWithinHousingLine = incomeWithinLine(
  'incomeWithinHousingLine',
  housingLine,
  '주거급여 선정기준',
  'housing benefit threshold',
  recognizedIncomeWithin,
);

/**
 * 주거급여 임차급여: min(실제임차료, 기준임대료) − 자기부담분, rounded up to 10원, at least the
 * minimum payment; only the minimum payment when the rent is more than 5× the standard rent.
 * 부양의무자 기준 does not apply to 주거급여 (폐지, 2018-10).
 */
export const rentBenefit = defineProgram({
  id: 'housing-benefit.rent',
  label: { ko: '주거급여 (임차급여)', en: 'Housing benefit (rent support)' },
  schema: householdSchema,
  criteria: { tenant: isTenant, income: incomeWithinHousingLine },
  amount: v.if(
    rentFarAboveStandard,
    p(minPayment),
    v.max(
      v.ceil(v.sub(v.min(actualRent, standardRentForHousehold), selfBurden), p(paymentRoundingUnit)),
      p(minPayment),
    ),
  ),
  amountLabel: { ko: '월 임차급여 (예상)', en: 'monthly rent support (estimate)' },
});
