/**
 * 긴급복지 주거지원 (「긴급복지지원법」 제9조제1항제1호다목). Gwangju is a 광역시 → "대도시" tier.
 *
 * Evidence: consistent secondary sources (welfare-guide apps, 마이홈 page text copied into a repo).
 * The yearly monthly amounts of 주거지원 by region and household size (보건복지부 고시 / 「긴급지원사업 안내」)
 * were NOT FOUND and are deliberately not encoded. Income uses 기준 중위소득 (basic-livelihood.median-income, other researcher's table).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const LAW: Citation = {
  title: '긴급복지지원법',
  url: 'https://www.law.go.kr/법령/긴급복지지원법',
  article: '제10조(긴급지원의 기간 등) 제1항·제3항',
};

const DECREE: Citation = {
  title: '긴급복지지원법 시행령',
  url: 'https://www.law.go.kr/법령/긴급복지지원법시행령',
  article: '제7조(사후조사의 시기 및 기준) 제2항제1호',
};

const GUIDE: Citation = {
  title: '보건복지부 「긴급지원사업 안내」 (연도별) — 소득·재산 기준',
  url: 'https://www.bokjiro.go.kr',
  article: '선정기준 (소득·재산·금융재산)',
};

export const incomeRate: ParameterDef = {
  id: 'emergency-housing.income-rate',
  label: { ko: '소득기준 (기준 중위소득 대비)', en: 'Income limit (share of standard median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.75,
      citation: DECREE,
      evidence: 'official',
      note: 'Official text read (fourth pass) in 긴급복지지원법 시행령 시행 2022-05-03 (대통령령 제32620호), two legalize-kr copies of law.go.kr (orca-technologies, id 53997955903; 9bow, id 63410634855 — the newest version in both): 제7조② "소득 또는 재산 등 대통령령으로 정하는 기준" 1. "소득이 「국민기초생활 보장법」 제2조제11호에 따른 기준 중위소득의 100분의 75 이하일 것", tagged <개정 … 2015.6.1>, so the wording held from 2016-01-01 through 2019–2026 (부칙 <제26296호> 제2조). 2. 재산의 합계액 및 금융재산: "보건복지부장관이 정하여 고시하는 금액 이하" — the amounts are only in the 고시, which was not found. Many secondary sources (2023~2026) also say 75 %.',
    },
  ],
};

export const propertyLimit: ParameterDef = {
  id: 'emergency-housing.property-limit',
  label: { ko: '재산기준 (지역별)', en: 'Property limit by area type' },
  unit: 'KRW',
  dimensions: ['cityType'],
  periods: [
    {
      from: '2024-01-01',
      value: { metro: 241_000_000, city: 152_000_000, rural: 130_000_000 },
      citation: GUIDE,
      evidence: 'secondary',
      note: 'Secondary (several 2026 guides): 대도시 2억 4,100만원 · 중소도시 1억 5,200만원 · 농어촌 1억 3,000만원. Start year NOT verified (set to 2024 as the earliest plausibly covered). Fourth pass: no 2019–2023 figure found (find_string "18,800만원", "1억 8,800만", "대도시 2억 4,100만" → only 2026 guides); the 시행령 제7조②2 only says "보건복지부장관이 정하여 고시하는 금액". Gwangju = "metro" (대도시). Keys follow income_assessment (metro / city / rural). A 2022-07 rule on 주거용재산 공제한도 (대도시 6,900만원) also exists (secondary). Ninth pass (2026-12-06): no 2027 figure found; carries on.',
    },
  ],
};

export const financialAssetLimit: ParameterDef = {
  id: 'emergency-housing.financial-asset-limit',
  label: { ko: '금융재산 기준 (생활준비금 공제 후)', en: 'Financial assets limit (after the living allowance)' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      value: 8_000_000,
      citation: GUIDE,
      evidence: 'single',
      note: 'Secondary (마이홈 긴급주거지원 page text copied into a repo): 금융재산 600만원 이하, 단 주거지원은 800만원 이하. Whether a 생활준비금 was deducted before 2025 is NOT known (living_allowance_rate 0 here).',
    },
    {
      from: '2025-01-01',
      value: 6_000_000,
      citation: GUIDE,
      evidence: 'secondary',
      note: 'Secondary: "금융재산: 600만 원 + 가구별 생활준비금 이하" (file id 67300775375) and a 2026 article giving 4인 "1,249만원" = 6,000,000 + 2026 4인 중위 6,494,738 (id 51872402863); issue 16 lead: 2025 4인 12,097,773 = 6,000,000 + 6,097,773 on public guide pages. The start year (2025) is the earliest year a copy shows; the change may be older. 주거지원 may still add 200만원 on top (the old 800만원 rule) — not seen with the new rule, so not added: the test may be too strict by up to 200만원. SOURCES-2026-12.md item 3.',
    },
  ],
};

/** 생활준비금 as a share of 기준 중위소득 for the household size, deducted from 금융재산 before the limit. */
export const financialLivingAllowanceRate: ParameterDef = {
  id: 'emergency-housing.financial-living-allowance-rate',
  label: {
    ko: '금융재산 생활준비금 (기준 중위소득 대비)',
    en: 'Living allowance deducted from financial assets (share of median)',
  },
  unit: 'ratio',
  periods: [
    {
      from: '2023-01-01',
      value: 0,
      citation: GUIDE,
      evidence: 'recall',
      note: 'Placeholder: the 2023–2024 copy gives a flat 800만원 with no 생활준비금; the real 2023–2024 rule was not found.',
    },
    {
      from: '2025-01-01',
      value: 1,
      citation: GUIDE,
      evidence: 'secondary',
      note: '생활준비금 = 기준 중위소득 100 % of the household size (same copies as financial_asset_limit from 2025; 4인 2025 12,097,773 and 2026 12,494,738 match it to the won). Ninth pass (2026-12-06): no 2027 copy of the rule found; carried on, the 2027 생활준비금 follows the 2027 median (4인 6,929,885).',
    },
  ],
};

export const housingSupportMaxTimes: ParameterDef = {
  id: 'emergency-housing.max-times',
  label: { ko: '주거지원 최대 횟수 (월 단위)', en: 'Maximum number of monthly housing payments' },
  unit: 'count',
  periods: [
    {
      from: '2019-01-01',
      value: 12,
      citation: LAW,
      evidence: 'official',
      note: 'Official text read in two versions (xxyy89890-wq/legalize-kr 시행 2016-06-30, id 57120788978; 9bow/legalize-kr 시행 2025-10-23, id 60934194483): 제10조① 주거지원 (제9조제1항제1호다목) is "1개월간의 … 지원", extendable "1개월씩 두 번"; ③ after 긴급지원심의위원회 review "같은 호 다목에 따른 지원은 제1항에 따른 지원기간을 합하여 총 12개월을 초과하여서는 아니 되며" — tagged <개정 2012.10.22, 2014.12.30> in both, so the wording held throughout 2019–2025-10 (the 2023.6.13 amendment changed only ① for 생계지원, 3개월). Counted here as 12 monthly payments. Also 제9조② (since 2016-01-01): 주거지원 is capped at 기준 중위소득의 100분의 40 — not encoded.',
    },
  ],
};

/** 주거지원 월 지원금액 상한 (지역 × 가구원수 구간). */
export const monthlyAmount: ParameterDef = {
  id: 'emergency-housing.monthly-amount',
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
      evidence: 'single',
      note: 'WEAK: one program table (dated 2026-03, citing 마이홈) gives 대도시 1~2인 398,900 / 3~4인 662,500 / 5~6인 874,100 and 중소도시 299,100 / 435,600 / 574,200; its income notes match 2024 중위 75 %, so the year is uncertain (2024?). Another 2026 guide says 주거지원 월 664,300원 (likely a later 3~4인 figure). 농어촌 NOT FOUND; 7인 이상 NOT FOUND (beyondMax "last" is a guess). Gwangju = metro. Fourth pass: 2019–2023 amounts NOT FOUND (find_string "387,200", "387200", "643,200", "398,900원", "662,500", 「긴급지원의 지원금액」 title words → nothing relevant). Sixth pass: find_string "64만 3,200", "38만 7,200", "39만 8,900", "주거용재산 공제한도액" → nothing; a 2023 Q&A dataset (huggingface Ash-Hun/Welfare-QA, docs corpus) answers 긴급복지 questions for 2022-07 onward but its stored pages show no 주거지원 amount. Ninth pass (2026-12-06): the 2027 amounts (보건복지부 고시 for 2027) were searched and NOT found, nor any 2026 table (SOURCES-2026-12-ninth-pass.md); this period carries on into 2027 unchanged and unmarked.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  incomeRate,
  propertyLimit,
  financialAssetLimit,
  financialLivingAllowanceRate,
  housingSupportMaxTimes,
  monthlyAmount,
];

/**
 * The program page's research log (its metadata `notes`), kept here as a `note` so that the self-check's bundle leaves
 * it out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves it with the metadata.
 */
export const programResearch = {
  note: 'Help first, check later (선지원 후처리). Anyone (neighbour, official) can report a household in crisis. 129 is confirmed by many consistent secondary sources. Monthly amounts by region are weakly sourced; see parameters.ts.',
};
