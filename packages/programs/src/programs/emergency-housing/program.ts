import { defineProgram, p, v } from '@jibsa/rules';
import { householdSize, shareOfMedian } from '../../shared/criteria/household-size.ts';
import { grossIncomeWithin, propertyLessDebts } from '../../shared/criteria/income.ts';
import { CITY_TYPE_BY_REGION } from '../../shared/criteria/region.ts';
import { rekey } from '../../shared/criteria/rekey.ts';
import { answered } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  financialAssetLimit,
  financialLivingAllowanceRate,
  housingSupportMaxTimes,
  incomeRate,
  monthlyAmount,
  propertyLimit,
} from './parameters.ts';

/**
 * 긴급복지 주거지원 (긴급복지지원법 제2조 위기상황, 제9조제1항제1호다목): a sudden crisis (inCrisis) +
 * 소득 ≤ 기준 중위소득 75 % + 재산 ≤ 지역별 한도 + 금융재산 ≤ 600만원 + 생활준비금 (기준 중위소득 100 %,
 * from 2025; 2023–2024: 800만원 for 주거지원).
 *
 * Screening approximations: 소득 is the gross monthly income of the household; 재산 is the home
 * (owners) or deposit (tenants) + other real estate + car − debts (the 안내's 재산 rules, e.g. the
 * 주거용재산 공제, are not applied). Gwangju (광역시) is 대도시. "other" regions count as 중소도시
 * (see CITY_TYPE_BY_REGION): 농어촌 limits and amounts were NOT FOUND.
 * Figures start in 2024 (재산 한도 and amounts); earlier years are not encoded.
 * Amount: the monthly 주거지원 amount for the area and household size (WEAK: one table, year unsure),
 * paid monthly, up to 12 times; 7인 이상 uses the 5~6인 figure (a guess recorded in parameters.ts).
 */
const propertyLimitByRegion = rekey(propertyLimit, {
  id: 'emergency-housing.property-limit',
  dimension: 'cityType',
  map: CITY_TYPE_BY_REGION,
});
const monthlyAmountByRegion = rekey(monthlyAmount, {
  id: 'emergency-housing.monthly-amount',
  dimension: 'cityType',
  map: CITY_TYPE_BY_REGION,
});

export const emergencyIncomeLine = shareOfMedian(
  'emergencyIncomeLine',
  {
    ko: '긴급복지 소득기준 (기준 중위소득 {p:emergency-housing.income-rate})',
    en: 'emergency welfare income limit ({p:emergency-housing.income-rate} of median)',
  },
  incomeRate,
);

/** 생활준비금: a month of 기준 중위소득 for the household size (0 before 2025), deducted from 금융재산. */
export const emergencyLivingAllowance = shareOfMedian(
  'emergencyLivingAllowance',
  {
    ko: '긴급복지 생활준비금 (기준 중위소득 {p:emergency-housing.financial-living-allowance-rate})',
    en: 'emergency living allowance ({p:emergency-housing.financial-living-allowance-rate} of median)',
  },
  financialLivingAllowanceRate,
);

export const emergencyHousing = defineProgram({
  id: 'emergency-housing',
  label: { ko: '긴급복지 주거지원', en: 'Emergency welfare housing support' },
  schema: householdSchema,
  criteria: {
    crisis: answered('inCrisis', { ko: '갑작스러운 위기 상황', en: 'sudden crisis' }),
    income: {
      label: {
        ko: '가구 월 소득이 긴급복지 소득기준 이하',
        en: 'household income at or below the emergency income limit',
      },
      test: grossIncomeWithin(emergencyIncomeLine),
    },
    property: {
      label: { ko: '재산이 지역별 한도 이하', en: 'property within the limit for the area' },
      test: v.le(propertyLessDebts, p(propertyLimitByRegion, v.input('region'))),
    },
    financial: {
      label: {
        ko: '금융재산이 {p:emergency-housing.financial-asset-limit} + 생활준비금 이하',
        en: 'financial assets within {p:emergency-housing.financial-asset-limit} plus the living allowance',
      },
      // 금융재산 ≤ 기준액 + 생활준비금, read as monthly figures so that a stock and a month of income
      // add up. Written as a sum, not 금융재산 − 기준액 ≤ 생활준비금 (the same answer): the reason
      // then names the assets as they are, not a negative amount after subtracting the 기준액.
      test: v.le(
        v.asMonthly(v.input('financialAssets')),
        v.add(v.asMonthly(p(financialAssetLimit)), emergencyLivingAllowance),
      ),
    },
  },
  amount: p(monthlyAmountByRegion, v.input('region'), householdSize),
  amountLabel: {
    ko: '월 주거지원 금액 (최대 {n:emergency-housing.max-times}회)',
    en: 'monthly housing support (up to {n:emergency-housing.max-times} times)',
  },
  // Named in the amount's label: the count of payments is shown, not computed.
  parameters: [housingSupportMaxTimes],
});
