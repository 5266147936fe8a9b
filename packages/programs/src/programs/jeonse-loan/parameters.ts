/**
 * 버팀목 전세자금 (주택도시기금): 일반 · 청년전용 · 신혼부부전용, plus 주거취약계층 이주지원 버팀목.
 *
 * Main evidence: a normalised scrape of nhuf.molit.go.kr product pages stored in a public repo
 * ("last_verified: 2025-09-08"), and a 복지로-derived Q&A dataset (2023). Not read on the official site,
 * so all periods are `verified: false`. Earlier rates (2019–2024) were NOT found.
 * Fourth pass (2026-11-25): 2023–2024 limits from undated app/guide copies whose asset figure (3.61억 = 2023,
 * 3.45억 = 2024) dates them — WEAK; see SOURCES-other-programs.md. Nothing before 2023 was found.
 * Gwangju is "수도권 외": the general loan limit there is 8천만원 (no separate 광역시 tier was seen).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const NHUF: Citation = {
  title: '주택도시기금 — 버팀목전세자금 상품안내',
  url: 'https://nhuf.molit.go.kr',
  article: '개인상품 > 전세자금 (대출대상·대출금리·대출한도)',
};

const SCRAPE = 'Secondary: normalised scrape of the nhuf product page, dated 2025-09-08.';

/** How the 2023–2024 copies were dated (fourth pass). */
const ERA =
  'WEAK, year inferred: undated app/guide copies; the year comes from the 순자산 figure printed next to it (3.61억 = the 2023 value of the 2023 복지로 dataset, 3.45억 = 2024).';

export const generalIncomeLimit: ParameterDef = {
  id: 'jeonse-loan.general.income-limit',
  label: { ko: '버팀목 일반 부부합산 연소득 상한', en: "General Beotimmok loan: couple's annual income limit" },
  unit: 'KRW/year',
  periods: [
    {
      from: '2023-01-01',
      value: 50_000_000,
      citation: NHUF,
      evidence: 'single',
      note: 'Secondary (2023 dataset): 5천만원; 신혼부부·2자녀 이상 등은 6천만원으로 완화 (2023 wording; the 6천만원 relief is not modelled). Fourth pass: the 3.45억-era copies (ids 71054076335, 51831904570) also say 5천만원, so this period is kept through 2024.',
    },
    { from: '2025-09-08', value: 50_000_000, citation: NHUF, evidence: 'single', note: SCRAPE },
  ],
};

export const netAssetLimit: ParameterDef = {
  id: 'jeonse-loan.net-asset-limit',
  label: { ko: '버팀목 순자산가액 상한', en: 'Beotimmok net asset limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      value: 361_000_000,
      citation: NHUF,
      evidence: 'single',
      note: 'Secondary (2023 dataset: 3억 6,100만원).',
    },
    {
      from: '2024-01-01',
      value: 345_000_000,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "순자산가액 3.45억원 이하" for 일반·청년 in several undated copies (ids 71054076335 and 59490484672 — one app's seed and page; 51831904570; 58121103325 청년 guide, "매년 조정"). 2024 because 3억 4,500만원 is the 2024 국민임대 총자산 line (public-rental parameters) and the 2025-09-08 scrape has 3.37억. The same 3.45억 is also printed by 2026-dated copies (ids 60791230377, 62481324882 "2026-08-06 확인", 63576790873 "2026-05-31") — see the note on the next period.`,
    },
    {
      from: '2025-09-08',
      value: 337_000_000,
      citation: NHUF,
      evidence: 'single',
      note:
        SCRAPE +
        ' Same 3.37억 for 일반·청년·신혼. The value follows the yearly 공공임대 asset rule. CONFLICT (fourth pass): several 2026-dated copies print 3.45억 (ids 60791230377, 62481324882, 63576790873), like the 2026 국민임대 conflict (33,700 vs 34,500만원); 2026 not re-dated here.',
    },
  ],
};

export const generalMaxLoan: ParameterDef = {
  id: 'jeonse-loan.general.max-loan',
  label: { ko: '버팀목 일반 대출한도', en: 'General Beotimmok loan limit' },
  unit: 'KRW',
  dimensions: ['region'],
  periods: [
    {
      from: '2023-01-01',
      value: { capital: 120_000_000, 'non-capital': 80_000_000 },
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} 수도권 1.2억원 / 수도권 외 8천만원 next to 3.61억 (id 52531503427, a guide FAQ) and next to 3.45억 (ids 71054076335 / 59490484672: "수도권 1.2억원 / 비수도권 8천만원 이내"); the same pair in the 2025-09-08 scrape and in 2026 copies (id 59324000437 "한도 수도권 1.2억원 · 그 밖의 지역 8천만원 이내", 2026-07-28). No copy shows a different general limit, so one period runs 2023 → 2025-09-07. Nothing for 2019–2022 (sixth pass: a 2023 Q&A dataset, huggingface Ash-Hun/Welfare-QA, gives the 2023 income and 순자산 lines — 5천만원, 3억 6,100만원 — but no limit and nothing older).`,
    },
    {
      from: '2025-09-08',
      value: { capital: 120_000_000, 'non-capital': 80_000_000 },
      citation: NHUF,
      evidence: 'single',
      note:
        SCRAPE +
        ' region keys: "capital" = 수도권, "non-capital" = 수도권 외 (광주). Also capped at a share of the deposit (70~80 %, not captured).',
    },
  ],
};

export const generalRate: ParameterDef = {
  id: 'jeonse-loan.general.rate-range',
  label: { ko: '버팀목 일반 금리 범위 (연)', en: 'General Beotimmok interest rate range (per year)' },
  unit: 'ratio',
  informationOnly: 'An interest rate shown to people; it does not decide eligibility or the loan limit.',
  dimensions: ['bound'],
  periods: [
    {
      from: '2025-09-08',
      value: { min: 0.025, max: 0.035 },
      citation: NHUF,
      evidence: 'single',
      note: `${SCRAPE} Rate depends on income and deposit; 우대금리 (수급자·다자녀 etc.) lower it.`,
    },
  ],
};

export const youthMaxLoan: ParameterDef = {
  id: 'jeonse-loan.youth.max-loan',
  label: { ko: '청년전용 버팀목 대출한도', en: 'Youth Beotimmok loan limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: 200_000_000,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "최대 2억원" with 만 19~34세, 연소득 5천만원, 순자산 3.61억 (id 14085224579) and with 3.45억 (ids 71054076335 / 59490484672: "최대 2억원 (임차보증금의 80% 이내)"). Ends 2024-12-31 on purpose: the cut to 1.5억 is dated nowhere (by 2025-09-08 it is 1.5억), so 2025-01-01 ~ 2025-09-07 stays "not encoded". Sixth pass: find_string "2억원에서 1억5천만원", "2억 → 1.5억", "청년 버팀목 1.5억", "1억 5천만원 (임차보증금", "최대 1.5억원 (임차보증금의 80%"; pages "청년전용 버팀목 … 1억5천만원 축소 시행일 2025": no dated copy of the cut.`,
    },
    {
      from: '2025-09-08',
      value: 150_000_000,
      citation: NHUF,
      evidence: 'single',
      note: `${SCRAPE} "최대 1.5억원 (임차보증금의 80% 이내)". Age 만 19~34세, 부부합산 5천만원, 순자산 3.37억.`,
    },
  ],
};

export const youthRate: ParameterDef = {
  id: 'jeonse-loan.youth.rate-range',
  label: { ko: '청년전용 버팀목 금리 범위 (연)', en: 'Youth Beotimmok interest rate range' },
  unit: 'ratio',
  informationOnly: 'An interest rate shown to people; it does not decide eligibility or the loan limit.',
  dimensions: ['bound'],
  periods: [
    { from: '2025-09-08', value: { min: 0.022, max: 0.033 }, citation: NHUF, evidence: 'single', note: SCRAPE },
  ],
};

export const newlywedIncomeLimit: ParameterDef = {
  id: 'jeonse-loan.newlywed.income-limit',
  label: { ko: '신혼부부전용 전세자금 부부합산 연소득 상한', en: "Newlywed loan: couple's annual income limit" },
  unit: 'KRW/year',
  periods: [
    {
      from: '2023-01-01',
      value: 75_000_000,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "부부합산 연소득 7,500만 원 이하" with 순자산 3.61억 (id 59123176179, a 신혼 버팀목 checklist; id 56033693764 "7,500만 이하 / 3.61억"; id 52531503427 "신혼부부 7.5천만원") and with 3.45억 (ids 71054076335 / 59490484672 "7.5천만원 이하"). CONFLICT: id 52848894123 (3.61억) says 6천만원 — probably the general product's 신혼 relief (2023 dataset wording), not this product.`,
    },
    {
      from: '2025-09-08',
      value: 75_000_000,
      citation: NHUF,
      evidence: 'single',
      note: `${SCRAPE} 혼인 7년 이내 또는 3개월 이내 결혼예정.`,
    },
  ],
};

export const newlywedMaxLoan: ParameterDef = {
  id: 'jeonse-loan.newlywed.max-loan',
  label: { ko: '신혼부부전용 전세자금 대출한도', en: 'Newlywed loan limit' },
  unit: 'KRW',
  dimensions: ['region'],
  periods: [
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: { capital: 300_000_000, 'non-capital': 200_000_000 },
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "수도권 최대 3억원, 지방 최대 2억원" with 3.61억 (id 52848894123) and "수도권 최대 3억원 / 비수도권 2억원 이내" with 3.45억 (ids 71054076335 / 59490484672). id 63576790873 (2026-05) notes "2025.06.27 대책: 수도권 3억→2.5억", so 수도권 3억 probably held to 2025-06-27, but when 수도권 외 went 2억 → 1.6억 is dated nowhere: the period ends 2024-12-31 and 2025-01-01 ~ 2025-09-07 stays "not encoded".`,
    },
    {
      from: '2025-09-08',
      value: { capital: 250_000_000, 'non-capital': 160_000_000 },
      citation: NHUF,
      evidence: 'single',
      note: `${SCRAPE} 임차보증금 80 % 이내.`,
    },
  ],
};

export const newlywedRate: ParameterDef = {
  id: 'jeonse-loan.newlywed.rate-range',
  label: { ko: '신혼부부전용 전세자금 금리 범위 (연)', en: 'Newlywed loan interest rate range' },
  unit: 'ratio',
  informationOnly: 'An interest rate shown to people; it does not decide eligibility or the loan limit.',
  dimensions: ['bound'],
  periods: [
    { from: '2025-09-08', value: { min: 0.019, max: 0.033 }, citation: NHUF, evidence: 'single', note: SCRAPE },
  ],
};

export const vulnerableMoveInterestFree: ParameterDef = {
  id: 'jeonse-loan.vulnerable-move.interest-free-amount',
  label: {
    ko: '주거취약계층 이주지원 버팀목 무이자 한도',
    en: 'Relocation loan for vulnerable residents: interest-free part',
  },
  unit: 'KRW',
  informationOnly: 'Belongs to the 주거취약계층 이주지원 loan, which is not screened as its own program yet.',
  periods: [
    {
      from: '2025-09-08',
      value: 50_000_000,
      citation: NHUF,
      evidence: 'single',
      note:
        SCRAPE +
        ' 연 0 % up to 5천만원, above that 연 1.2~1.8 %. Limit: 공공임대 이주 보증금 50만원, 민간임대 보증금 8천만원. For people covered by 「주거취약계층 주거지원 업무처리지침」 제3조제1항제1호·제3호 living there 3+ months.',
    },
  ],
};

/** Ages and marriage length as the scraped product pages state them (figures inside the notes above). */
export const youthAgeMin: ParameterDef = {
  id: 'jeonse-loan.youth.age-min',
  label: { ko: '청년전용 버팀목 최저 연령 (만)', en: 'Youth Beotimmok loan: minimum age' },
  unit: 'years',
  periods: [
    {
      from: '2023-01-01',
      value: 19,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "만 19~34세" with 3.61억 (id 14085224579) and 3.45억 (ids 71054076335 / 59490484672).`,
    },
    { from: '2025-09-08', value: 19, citation: NHUF, evidence: 'single', note: `${SCRAPE} "만 19~34세".` },
  ],
};

export const youthAgeMax: ParameterDef = {
  id: 'jeonse-loan.youth.age-max',
  label: { ko: '청년전용 버팀목 최고 연령 (만)', en: 'Youth Beotimmok loan: maximum age' },
  unit: 'years',
  periods: [
    {
      from: '2023-01-01',
      value: 34,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "만 19~34세" with 3.61억 (id 14085224579) and 3.45억 (ids 71054076335 / 59490484672).`,
    },
    { from: '2025-09-08', value: 34, citation: NHUF, evidence: 'single', note: `${SCRAPE} "만 19~34세".` },
  ],
};

export const newlywedMaxYears: ParameterDef = {
  id: 'jeonse-loan.newlywed.max-married-years',
  label: { ko: '신혼부부전용 혼인기간 상한 (년)', en: 'Newlywed loan: maximum years married' },
  unit: 'years',
  periods: [
    {
      from: '2023-01-01',
      value: 7,
      citation: NHUF,
      evidence: 'single',
      note: `${ERA} "혼인기간 7년 이내이거나 3개월 이내 결혼 예정" with 3.61억 (id 59123176179); "혼인 7년 이내" with 3.45억 (ids 71054076335 / 59490484672).`,
    },
    {
      from: '2025-09-08',
      value: 7,
      citation: NHUF,
      evidence: 'single',
      note: `${SCRAPE} "혼인 7년 이내 또는 3개월 이내 결혼예정" (예정 not screened).`,
    },
  ],
};

const SHARE_NOTE =
  "How much of the deposit (임차보증금) the fund lends at most; the loan is the smaller of this share and the product's limit.";

/** The share of the deposit each product lends at most (the loan is the smaller of it and the limit). */
const depositShare = (id: string, product: { ko: string; en: string }, value: number, note: string): ParameterDef => ({
  id,
  label: { ko: `${product.ko} 대출비율 (임차보증금 대비)`, en: `${product.en}: share of the deposit lent at most` },
  unit: 'ratio',
  periods: [{ from: '2023-01-01', value, citation: NHUF, evidence: 'single', note: `${SHARE_NOTE} ${note}` }],
});

export const generalDepositShare = depositShare(
  'jeonse-loan.general.deposit-share',
  { ko: '버팀목 일반', en: 'General Beotimmok loan' },
  0.7,
  'UNVERIFIED beyond one copy: "일반가구 대출비율은 전세금액의 70%다. 청년전용(80%)보다 낮다" (id 70068340890, a public dataset citing the nhuf 버팀목전세자금 page, as of 2026-09-28; the same copy gives 80 % for 신혼·2자녀 이상). The 2025-09-08 scrape says only "70~80 %". The same 70 % is assumed back to 2023 (no dated copy): a figure to check on nhuf.molit.go.kr.',
);

export const youthDepositShare = depositShare(
  'jeonse-loan.youth.deposit-share',
  { ko: '청년전용 버팀목', en: 'Youth Beotimmok loan' },
  0.8,
  '"최대 1.5억원 (임차보증금의 80% 이내)" in the 2025-09-08 scrape and "최대 2억원 (임차보증금의 80% 이내)" in the 2023–2024 copies (ids 71054076335 / 59490484672); 80 % also in id 70068340890 (2026-09-28).',
);

export const newlywedDepositShare = depositShare(
  'jeonse-loan.newlywed.deposit-share',
  { ko: '신혼부부전용 버팀목', en: 'Newlywed Beotimmok loan' },
  0.8,
  '"임차보증금 80 % 이내" in the 2025-09-08 scrape; 80 % for 신혼·2자녀 이상 in id 70068340890 (2026-09-28). Assumed the same back to 2023 (no dated copy).',
);

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
  generalDepositShare,
  youthDepositShare,
  newlywedDepositShare,
];

/**
 * The program page's research log (its metadata `notes`), kept here as a `note` so that the self-check's bundle leaves
 * it out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves it with the metadata.
 */
export const programResearch = {
  note: 'Figures from a 2025-09-08 scrape of the nhuf product pages (secondary copy). Partner-bank list and the "기금e든든" channel name are from general knowledge; HUG 1566-9009 is seen in many secondary sources.',
};
