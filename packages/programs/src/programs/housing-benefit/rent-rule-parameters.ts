/**
 * 주거급여 임차급여 rules other than the yearly tables: 자기부담, 보증금 환산, 지급 단위·최저액, 기준임대료 beyond the table,
 * 청년 분리지급 (see the header of parameters.ts for the research status).
 */
import type { ParameterDef } from '@jibsa/rules';
import { ACT, GUIDE, IMPL } from './citations.ts';

export const selfBurdenRate: ParameterDef = {
  id: 'housing-benefit.self-burden-rate',
  label: {
    ko: '자기부담분 비율 (생계급여 선정기준 초과 소득인정액 대비)',
    en: 'Self-burden rate on recognised income above the livelihood threshold',
  },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.3,
      citation: IMPL,
      evidence: 'secondary',
      note: '자기부담분 = (소득인정액 − 생계급여 선정기준) × 30 %, only when 소득인정액 > 생계급여 선정기준. Stated identically by several public calculators (incl. one quoting the formula in a comment). Unchanged since 2015 per secondary; 고시 not opened.',
    },
  ],
};

export const depositConversionRate: ParameterDef = {
  id: 'housing-benefit.deposit-conversion-rate',
  label: { ko: '보증금 월차임 환산율 (연)', en: 'Deposit-to-monthly-rent conversion rate (annual)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.04,
      citation: IMPL,
      evidence: 'single',
      note: '실제임차료 = 월차임 + 보증금 × 4 % ÷ 12 according to one public calculator (it floors to the won). NOT confirmed in any official text; the period start is a placeholder.',
    },
  ],
};

export const paymentRoundingUnit: ParameterDef = {
  id: 'housing-benefit.payment-rounding-unit',
  label: { ko: '임차급여 지급액 절상 단위', en: 'Rent-benefit payment rounding unit (rounded up)' },
  unit: 'KRW',
  periods: [
    {
      from: '2019-01-01',
      value: 10,
      citation: { ...IMPL, article: '제7조제4항' },
      evidence: 'single',
      note: 'One public calculator: "고시 제7조④ — 1원 단위에서 올림해 10원 단위로 지급". Not confirmed; period start is a placeholder.',
    },
  ],
};

export const minPayment: ParameterDef = {
  id: 'housing-benefit.min-payment',
  label: { ko: '임차급여 최저지급액', en: 'Minimum rent-benefit payment' },
  unit: 'KRW/month',
  periods: [
    {
      from: '2019-01-01',
      value: 10_000,
      citation: IMPL,
      evidence: 'secondary',
      note: '산정액이 1만원 미만이면 1만원 (secondary calculators). Not confirmed; period start is a placeholder.',
    },
  ],
};

const SIZE_STEPS_NOTE =
  '기준임대료 tables stop at 6 persons: 7인 uses the 6인 figure and 8인 이상 the 6인 figure × 1.1 (secondary calculators and ' +
  'sample budgets; not yet read in the 고시 itself).';

export const standardRentMaxTableSize: ParameterDef = {
  id: 'housing-benefit.standard-rent.max-table-size',
  label: { ko: '기준임대료 표의 최대 가구원 수', en: 'Largest household size in the standard-rent table' },
  unit: 'count',
  periods: [{ from: '2019-01-01', value: 6, citation: IMPL, evidence: 'secondary', note: SIZE_STEPS_NOTE }],
};

export const standardRentLargeHouseholdSize: ParameterDef = {
  id: 'housing-benefit.standard-rent.large-household-size',
  label: { ko: '기준임대료 가산 가구원 수 (이상)', en: 'Household size from which the standard rent is raised' },
  unit: 'count',
  periods: [{ from: '2019-01-01', value: 8, citation: IMPL, evidence: 'secondary', note: SIZE_STEPS_NOTE }],
};

export const standardRentLargeHouseholdRate: ParameterDef = {
  id: 'housing-benefit.standard-rent.large-household-rate',
  label: { ko: '기준임대료 가산 배율 (큰 가구)', en: 'Standard-rent multiplier for large households' },
  unit: 'ratio',
  periods: [{ from: '2019-01-01', value: 1.1, citation: IMPL, evidence: 'secondary', note: SIZE_STEPS_NOTE }],
};

export const rentCapMultiple: ParameterDef = {
  id: 'housing-benefit.rent-cap-multiple',
  label: {
    ko: '최저지급액만 지급하는 실제임차료 배수 (기준임대료 대비)',
    en: 'Actual-rent multiple of standard rent above which only the minimum is paid',
  },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 5,
      citation: IMPL,
      evidence: 'single',
      note: 'Value 5 means "5배": 실제임차료가 기준임대료의 5배를 넘으면 최저지급액만 지급 (one public calculator). Not confirmed.',
    },
  ],
};

export const youthSplitMinAge: ParameterDef = {
  id: 'housing-benefit.youth-split.min-age',
  label: { ko: '청년 분리지급 최저 연령 (만, 이상)', en: 'Youth separate payment: minimum age (inclusive)' },
  unit: 'years',
  informationOnly:
    'Not screened yet: 청년 분리지급 needs the young member own address and marital status, which the self-check does not ask.',
  periods: [
    {
      from: '2021-01-01',
      value: 19,
      citation: GUIDE(2021),
      evidence: 'secondary',
      note: 'Before the 2023 statute the split payment was set by 고시/사업안내 (introduced 2021 per secondary). Start date and age not verified for 2021–2023.',
    },
    {
      from: '2023-10-19',
      value: 19,
      citation: { ...ACT, article: '제7조의2제1항' },
      evidence: 'official',
      note: '"수급자의 미혼자녀 중 19세 이상 30세 미만인 자 … 수급자와 거주지를 달리하는 경우 … 별도의 임차료를 지급할 수 있다".',
    },
  ],
};

export const youthSplitMaxAgeExclusive: ParameterDef = {
  id: 'housing-benefit.youth-split.max-age-exclusive',
  label: { ko: '청년 분리지급 상한 연령 (만, 미만)', en: 'Youth separate payment: age limit (exclusive)' },
  unit: 'years',
  informationOnly:
    'Not screened yet: 청년 분리지급 needs the young member own address and marital status, which the self-check does not ask.',
  periods: [
    {
      from: '2021-01-01',
      value: 30,
      citation: GUIDE(2021),
      evidence: 'single',
      note: 'See min-age. Also requires 미혼 and a different address from the 수급자 household.',
    },
    {
      from: '2023-10-19',
      value: 30,
      citation: { ...ACT, article: '제7조의2제1항' },
      evidence: 'official',
      note: '30세 미만 (under 30). 청년가구원 범위·지급기준 details are left to 국토교통부장관 (제7조의2제2항).',
    },
  ],
};

export const rentRuleParameters: readonly ParameterDef[] = [
  selfBurdenRate,
  depositConversionRate,
  paymentRoundingUnit,
  minPayment,
  rentCapMultiple,
  youthSplitMinAge,
  youthSplitMaxAgeExclusive,
];
