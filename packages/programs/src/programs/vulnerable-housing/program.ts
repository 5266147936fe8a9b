import { defineProgram, p, v } from '@jibsa/rules';
import { assetsWithin, carValueWithin, grossIncomeWithin, noHomeOwned } from '../../shared/criteria/income.ts';
import { shareOfUrbanWorkerIncome } from '../../shared/criteria/urban-worker-income.ts';
import { yesNo } from '../../shared/criteria/yes-no.ts';
import { householdSchema } from '../../shared/household/schema.ts';
import {
  totalAssets as assetLimit,
  carValue,
  incomeRate,
  minResidenceMonths,
  relocationAllowance,
} from './parameters.ts';

/**
 * 주거취약계층 주거지원 (「주거취약계층 주거지원 업무처리지침」 제3조, as paraphrased by 마이홈):
 * 쪽방·고시원·여인숙·비닐하우스·노숙인 쉼터 등 비주택에 3개월 이상 거주 + 무주택 + 월평균소득 ≤ 도시근로자
 * 50 % + 총자산·자동차 한도 (2024 figures; later years NOT FOUND, so the 2024 limits stay in force).
 *
 * Not screened: the other target groups (법무부 통보 범죄피해자; 최저주거기준 미달 주택의 아동 가구 —
 * the schema cannot tell whether a home meets 최저주거기준), and whether 수급자 skip the income test
 * (usual LH practice, not confirmed — so no waiver here).
 * Amount: the one-off 이사비·생필품 allowance (최대 40만원, 소득·자산 무관), shown as what moving brings;
 * the main help is a public rental home with a 50만원 deposit.
 */
const NON_HOUSING = ['goshiwon', 'jjokbang', 'inn', 'vinyl_house', 'shelter', 'other_non_housing'] as const;

export const livesInNonHousing = yesNo(
  'livesInNonHousing',
  {
    ko: '쪽방·고시원·여인숙·비닐하우스·노숙인시설 등 비주택 거주',
    en: 'lives in non-housing (jjokbang, gosiwon, inn …)',
  },
  v.oneOf(v.input('housingType'), NON_HOUSING),
);

export const vulnerableHousing = defineProgram({
  id: 'vulnerable-housing',
  label: { ko: '주거취약계층 주거지원', en: 'Housing support for people in non-housing' },
  schema: householdSchema,
  criteria: {
    nonHousing: livesInNonHousing,
    duration: {
      label: {
        ko: '비주택에 {n:vulnerable-housing.min-residence-months}개월 이상 거주',
        en: 'lived in non-housing for at least {n:vulnerable-housing.min-residence-months} months',
      },
      test: v.ge(v.input('nonHousingMonths'), p(minResidenceMonths)),
    },
    noHome: noHomeOwned,
    income: {
      label: {
        ko: '가구 월평균 소득이 도시근로자 월평균소득의 {p:vulnerable-housing.income-rate} 이하',
        en: 'income at or below {p:vulnerable-housing.income-rate} of urban-worker income',
      },
      test: grossIncomeWithin(
        shareOfUrbanWorkerIncome(
          'vulnerableIncomeLine',
          { ko: '주거취약계층 소득기준', en: 'income limit for vulnerable housing' },
          incomeRate,
          null,
        ),
      ),
    },
    assets: assetsWithin(assetLimit),
    car: carValueWithin(carValue),
  },
  amount: p(relocationAllowance),
  amountLabel: {
    ko: '이사비·생필품 지원 한도 (이사할 때 1회)',
    en: 'moving and household-goods allowance (once, when moving)',
  },
});
