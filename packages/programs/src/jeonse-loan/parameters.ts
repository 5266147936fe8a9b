/**
 * 버팀목 전세자금 (주택도시기금): 일반 · 청년전용 · 신혼부부전용, plus 주거취약계층 이주지원 버팀목.
 *
 * Main evidence: a normalised scrape of nhuf.molit.go.kr product pages stored in a public repo
 * ("last_verified: 2025-09-08"), and a 복지로-derived Q&A dataset (2023). Not read on the official site,
 * so all periods are `verified: false`. Earlier rates (2019–2024) were NOT found.
 * Gwangju is "수도권 외": the general loan limit there is 8천만원 (no separate 광역시 tier was seen).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const NHUF: Citation = {
  title: '주택도시기금 — 버팀목전세자금 상품안내',
  url: 'https://nhuf.molit.go.kr',
  article: '개인상품 > 전세자금 (대출대상·대출금리·대출한도)',
};

const SCRAPE = 'Secondary: normalised scrape of the nhuf product page, dated 2025-09-08.';

export const generalIncomeLimit: ParameterDef = {
  id: 'jeonse_loan.general.income_limit',
  label: { ko: '버팀목 일반 부부합산 연소득 상한', en: "General Beotimmok loan: couple's annual income limit" },
  unit: 'KRW/year',
  periods: [
    {
      from: '2023-01-01',
      value: 50_000_000,
      citation: NHUF,
      verified: false,
      note: 'Secondary (2023 dataset): 5천만원; 신혼부부·2자녀 이상 등은 6천만원으로 완화 (2023 wording).',
    },
    { from: '2025-09-08', value: 50_000_000, citation: NHUF, verified: false, note: SCRAPE },
  ],
};

export const netAssetLimit: ParameterDef = {
  id: 'jeonse_loan.net_asset_limit',
  label: { ko: '버팀목 순자산가액 상한', en: 'Beotimmok net asset limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      value: 361_000_000,
      citation: NHUF,
      verified: false,
      note: 'Secondary (2023 dataset: 3억 6,100만원).',
    },
    {
      from: '2025-09-08',
      value: 337_000_000,
      citation: NHUF,
      verified: false,
      note:
        SCRAPE +
        ' Same 3.37억 for 일반·청년·신혼. The value follows the yearly 공공임대 asset rule; 2024 value (probably 3.45억) NOT FOUND.',
    },
  ],
};

export const generalMaxLoan: ParameterDef = {
  id: 'jeonse_loan.general.max_loan',
  label: { ko: '버팀목 일반 대출한도', en: 'General Beotimmok loan limit' },
  unit: 'KRW',
  dimensions: ['region'],
  periods: [
    {
      from: '2025-09-08',
      value: { capital: 120_000_000, 'non-capital': 80_000_000 },
      citation: NHUF,
      verified: false,
      note:
        SCRAPE +
        ' region keys: "capital" = 수도권, "non-capital" = 수도권 외 (광주). Also capped at a share of the deposit (70~80 %, not captured).',
    },
  ],
};

export const generalRate: ParameterDef = {
  id: 'jeonse_loan.general.rate_range',
  label: { ko: '버팀목 일반 금리 범위 (연)', en: 'General Beotimmok interest rate range (per year)' },
  unit: 'ratio',
  dimensions: ['bound'],
  periods: [
    {
      from: '2025-09-08',
      value: { min: 0.025, max: 0.035 },
      citation: NHUF,
      verified: false,
      note: `${SCRAPE} Rate depends on income and deposit; 우대금리 (수급자·다자녀 etc.) lower it.`,
    },
  ],
};

export const youthMaxLoan: ParameterDef = {
  id: 'jeonse_loan.youth.max_loan',
  label: { ko: '청년전용 버팀목 대출한도', en: 'Youth Beotimmok loan limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2025-09-08',
      value: 150_000_000,
      citation: NHUF,
      verified: false,
      note: `${SCRAPE} "최대 1.5억원 (임차보증금의 80% 이내)". Age 만 19~34세, 부부합산 5천만원, 순자산 3.37억.`,
    },
  ],
};

export const youthRate: ParameterDef = {
  id: 'jeonse_loan.youth.rate_range',
  label: { ko: '청년전용 버팀목 금리 범위 (연)', en: 'Youth Beotimmok interest rate range' },
  unit: 'ratio',
  dimensions: ['bound'],
  periods: [{ from: '2025-09-08', value: { min: 0.022, max: 0.033 }, citation: NHUF, verified: false, note: SCRAPE }],
};

export const newlywedIncomeLimit: ParameterDef = {
  id: 'jeonse_loan.newlywed.income_limit',
  label: { ko: '신혼부부전용 전세자금 부부합산 연소득 상한', en: "Newlywed loan: couple's annual income limit" },
  unit: 'KRW/year',
  periods: [
    {
      from: '2025-09-08',
      value: 75_000_000,
      citation: NHUF,
      verified: false,
      note: `${SCRAPE} 혼인 7년 이내 또는 3개월 이내 결혼예정.`,
    },
  ],
};

export const newlywedMaxLoan: ParameterDef = {
  id: 'jeonse_loan.newlywed.max_loan',
  label: { ko: '신혼부부전용 전세자금 대출한도', en: 'Newlywed loan limit' },
  unit: 'KRW',
  dimensions: ['region'],
  periods: [
    {
      from: '2025-09-08',
      value: { capital: 250_000_000, 'non-capital': 160_000_000 },
      citation: NHUF,
      verified: false,
      note: `${SCRAPE} 임차보증금 80 % 이내.`,
    },
  ],
};

export const newlywedRate: ParameterDef = {
  id: 'jeonse_loan.newlywed.rate_range',
  label: { ko: '신혼부부전용 전세자금 금리 범위 (연)', en: 'Newlywed loan interest rate range' },
  unit: 'ratio',
  dimensions: ['bound'],
  periods: [{ from: '2025-09-08', value: { min: 0.019, max: 0.033 }, citation: NHUF, verified: false, note: SCRAPE }],
};

export const vulnerableMoveInterestFree: ParameterDef = {
  id: 'jeonse_loan.vulnerable_move.interest_free_amount',
  label: {
    ko: '주거취약계층 이주지원 버팀목 무이자 한도',
    en: 'Relocation loan for vulnerable residents: interest-free part',
  },
  unit: 'KRW',
  periods: [
    {
      from: '2025-09-08',
      value: 50_000_000,
      citation: NHUF,
      verified: false,
      note:
        SCRAPE +
        ' 연 0 % up to 5천만원, above that 연 1.2~1.8 %. Limit: 공공임대 이주 보증금 50만원, 민간임대 보증금 8천만원. For people covered by 「주거취약계층 주거지원 업무처리지침」 제3조제1항제1호·제3호 living there 3+ months.',
    },
  ],
};

/** Ages and marriage length as the scraped product pages state them (figures inside the notes above). */
export const youthAgeMin: ParameterDef = {
  id: 'jeonse_loan.youth.age_min',
  label: { ko: '청년전용 버팀목 최저 연령 (만)', en: 'Youth Beotimmok loan: minimum age' },
  unit: 'years',
  periods: [{ from: '2025-09-08', value: 19, citation: NHUF, verified: false, note: `${SCRAPE} "만 19~34세".` }],
};

export const youthAgeMax: ParameterDef = {
  id: 'jeonse_loan.youth.age_max',
  label: { ko: '청년전용 버팀목 최고 연령 (만)', en: 'Youth Beotimmok loan: maximum age' },
  unit: 'years',
  periods: [{ from: '2025-09-08', value: 34, citation: NHUF, verified: false, note: `${SCRAPE} "만 19~34세".` }],
};

export const newlywedMaxYears: ParameterDef = {
  id: 'jeonse_loan.newlywed.max_married_years',
  label: { ko: '신혼부부전용 혼인기간 상한 (년)', en: 'Newlywed loan: maximum years married' },
  unit: 'years',
  periods: [
    {
      from: '2025-09-08',
      value: 7,
      citation: NHUF,
      verified: false,
      note: `${SCRAPE} "혼인 7년 이내 또는 3개월 이내 결혼예정" (예정 not screened).`,
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  generalIncomeLimit,
  netAssetLimit,
  generalMaxLoan,
  generalRate,
  youthMaxLoan,
  youthRate,
  newlywedIncomeLimit,
  newlywedMaxLoan,
  newlywedRate,
  vulnerableMoveInterestFree,
  youthAgeMin,
  youthAgeMax,
  newlywedMaxYears,
];
