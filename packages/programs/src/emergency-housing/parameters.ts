/**
 * 긴급복지 주거지원 (「긴급복지지원법」 제9조제1항제1호다목). Gwangju is a 광역시 → "대도시" tier.
 *
 * Evidence: consistent secondary sources (welfare-guide apps, 마이홈 page text copied into a repo).
 * The yearly monthly amounts of 주거지원 by region and household size (보건복지부 고시 / 「긴급지원사업 안내」)
 * were NOT FOUND and are deliberately not encoded. Income uses 기준 중위소득 (basic_livelihood.median_income, other researcher's table).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const LAW: Citation = {
  title: '긴급복지지원법',
  url: 'https://www.law.go.kr/법령/긴급복지지원법',
  article: '제10조(긴급지원의 기간 등) 제1항·제3항',
};

const GUIDE: Citation = {
  title: '보건복지부 「긴급지원사업 안내」 (연도별) — 소득·재산 기준',
  url: 'https://www.bokjiro.go.kr',
  article: '선정기준 (소득·재산·금융재산)',
};

export const incomeRate: ParameterDef = {
  id: 'emergency_housing.income_rate',
  label: { ko: '소득기준 (기준 중위소득 대비)', en: 'Income limit (share of standard median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.75,
      citation: GUIDE,
      verified: false,
      note: 'Many secondary sources (2023~2026) agree on 75 %. Not re-checked for 2019~2022.',
    },
  ],
};

export const propertyLimit: ParameterDef = {
  id: 'emergency_housing.property_limit',
  label: { ko: '재산기준 (지역별)', en: 'Property limit by area type' },
  unit: 'KRW',
  dimensions: ['cityType'],
  periods: [
    {
      from: '2024-01-01',
      value: { metro: 241_000_000, city: 152_000_000, rural: 130_000_000 },
      citation: GUIDE,
      verified: false,
      note: 'Secondary (several 2026 guides): 대도시 2억 4,100만원 · 중소도시 1억 5,200만원 · 농어촌 1억 3,000만원. Start year NOT verified (set to 2024 as the earliest plausibly covered). Gwangju = "metro" (대도시). Keys follow income_assessment (metro / city / rural). A 2022-07 rule on 주거용재산 공제한도 (대도시 6,900만원) also exists (secondary).',
    },
  ],
};

export const financialAssetLimit: ParameterDef = {
  id: 'emergency_housing.financial_asset_limit',
  label: { ko: '금융재산 기준 (주거지원)', en: 'Financial assets limit (housing support)' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      value: 8_000_000,
      citation: GUIDE,
      verified: false,
      note: 'Secondary (마이홈 긴급주거지원 page text copied into a repo): 금융재산 600만원 이하, 단 주거지원은 800만원 이하. One 2026 guide mentions household-size-based limits (e.g. 1,249만원) — NOT VERIFIED; check the current 안내.',
    },
  ],
};

export const housingSupportMaxTimes: ParameterDef = {
  id: 'emergency_housing.max_times',
  label: { ko: '주거지원 최대 횟수 (월 단위)', en: 'Maximum number of monthly housing payments' },
  unit: 'count',
  periods: [
    {
      from: '2019-01-01',
      value: 12,
      citation: LAW,
      verified: true,
      note: 'Official text read in two versions (xxyy89890-wq/legalize-kr 시행 2016-06-30, id 57120788978; 9bow/legalize-kr 시행 2025-10-23, id 60934194483): 제10조① 주거지원 (제9조제1항제1호다목) is "1개월간의 … 지원", extendable "1개월씩 두 번"; ③ after 긴급지원심의위원회 review "같은 호 다목에 따른 지원은 제1항에 따른 지원기간을 합하여 총 12개월을 초과하여서는 아니 되며" — tagged <개정 2012.10.22, 2014.12.30> in both, so the wording held throughout 2019–2025-10 (the 2023.6.13 amendment changed only ① for 생계지원, 3개월). Counted here as 12 monthly payments. Also 제9조② (since 2016-01-01): 주거지원 is capped at 기준 중위소득의 100분의 40 — not encoded.',
    },
  ],
};

/** 주거지원 월 지원금액 상한 (지역 × 가구원수 구간). */
export const monthlyAmount: ParameterDef = {
  id: 'emergency_housing.monthly_amount',
  label: {
    ko: '주거지원 월 지원금액 (지역·가구원수별)',
    en: 'Monthly housing support amount by area type and household size',
  },
  unit: 'KRW/month',
  dimensions: ['cityType', 'householdSize'],
  beyondMax: 'last',
  periods: [
    {
      from: '2024-01-01',
      value: {
        metro: { '1': 398_900, '2': 398_900, '3': 662_500, '4': 662_500, '5': 874_100, '6': 874_100 },
        city: { '1': 299_100, '2': 299_100, '3': 435_600, '4': 435_600, '5': 574_200, '6': 574_200 },
      },
      citation: GUIDE,
      verified: false,
      note: 'WEAK: one program table (dated 2026-03, citing 마이홈) gives 대도시 1~2인 398,900 / 3~4인 662,500 / 5~6인 874,100 and 중소도시 299,100 / 435,600 / 574,200; its income notes match 2024 중위 75 %, so the year is uncertain (2024?). Another 2026 guide says 주거지원 월 664,300원 (likely a later 3~4인 figure). 농어촌 NOT FOUND; 7인 이상 NOT FOUND (beyondMax "last" is a guess). Gwangju = metro.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  incomeRate,
  propertyLimit,
  financialAssetLimit,
  housingSupportMaxTimes,
  monthlyAmount,
];
