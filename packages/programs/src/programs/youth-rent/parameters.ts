/**
 * 청년월세 특별지원 (국토교통부). Rounds:
 *  - 1차 「청년월세 한시 특별지원」: 신청 2022-08-22 ~ 2023-08-21, 월 최대 20만원 × 12개월.
 *  - 2차 「청년월세 특별지원」: 신청 2024-02-26 ~ 2025-02-25 (a further 2025 intake is reported), 20만원 × 12개월.
 *  - 상시 사업 전환 (announced 2025-09; up to 24개월 from 2026) — details NOT verified.
 *
 * Every figure here was seen only in secondary sources (news-derived blogs, app code), so all periods are
 * `verified: false`. Incomes are tested against 기준 중위소득 (basic-livelihood.median-income, owned by the other researcher).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const ROUND1: Citation = {
  title: '국토교통부 「청년월세 한시 특별지원」 사업 안내 (2022)',
  url: 'https://www.bokjiro.go.kr',
  article: '지원대상·소득재산 기준 (복지로·마이홈 안내문)',
};

const ROUND2: Citation = {
  title: '국토교통부 「청년월세 특별지원」 2차 사업 안내 (2024)',
  url: 'https://www.bokjiro.go.kr',
  article: '지원대상·소득재산 기준 (복지로·마이홈 안내문)',
};

const ONGOING: Citation = {
  title: '국토교통부 청년월세 지원 상시화 발표 (2025-09) / 2026년 사업 안내',
  url: 'https://www.molit.go.kr',
};

export const maxMonthly: ParameterDef = {
  id: 'youth-rent.max-monthly',
  label: { ko: '월 지원 상한', en: 'Maximum support per month' },
  unit: 'KRW/month',
  periods: [
    {
      from: '2022-08-22',
      value: 200_000,
      citation: ROUND1,
      evidence: 'secondary',
      note: 'Actual rent paid, capped at 20만원. Many secondary sources agree.',
    },
    {
      from: '2024-02-26',
      value: 200_000,
      citation: ROUND2,
      evidence: 'recall',
      note: 'Not read in the notice; the same 20만원 cap as the 2022 period, carried over when encoded (no source was noted).',
    },
  ],
};

export const maxMonths: ParameterDef = {
  id: 'youth-rent.max-months',
  label: { ko: '최대 지원 개월 수', en: 'Maximum number of months' },
  unit: 'count',
  informationOnly:
    'How many months support lasts; not a condition of eligibility and not part of the monthly estimate.',
  periods: [
    {
      from: '2022-08-22',
      value: 12,
      citation: ROUND1,
      evidence: 'single',
      note: 'Lifetime-style cap per round: 12 months (최대 240만원).',
    },
    {
      from: '2024-02-26',
      value: 12,
      citation: ROUND2,
      evidence: 'single',
      note: '1차 수혜자도 지원이 끝났으면 2차 신청 가능 (secondary).',
    },
    {
      from: '2026-03-30',
      value: 24,
      citation: ONGOING,
      evidence: 'secondary',
      note: 'Secondary (program table dated 2026-03 citing 온통청년 "(국토부) 26년 청년월세 지원사업"): 신청 2026.03.30~05.29, 지원기간 2026.09~2028.12, 20만원 × 24개월 (최대 480만원), 보증금 5천만원·월세 70만원 이하. Other 2026 rules assumed unchanged; NOT verified on the official page. Ninth pass (2026-12-06): 24개월 in two more, independent copies — a policy card citing the 복지로 notice "2026년 청년월세 지원 신청 안내" of 2026-03-20 (file id 70257453618: "최대 월 20만 원을, 최대 24개월(회) … 생애 한 번", 신청 2026-03-30~05-29) and a 복지로 collector\'s sample record ("월 최대 20만원씩 최장 24개월간 … (생애1회)", attachment "2026년 청년월세 지원사업 매뉴얼.pdf", file id 53622573528) — so secondary. A 2027 intake or any 2027 change (amount, months, lines) was searched and not found (SOURCES-2026-12-ninth-pass.md); the 2026 figures carry on.',
    },
  ],
};

export const ageMin: ParameterDef = {
  id: 'youth-rent.age-min',
  label: { ko: '최저 연령 (만)', en: 'Minimum age' },
  unit: 'years',
  periods: [
    {
      from: '2022-08-22',
      value: 19,
      citation: ROUND1,
      evidence: 'secondary',
      note: 'Age counted by year: the applicant qualifies from 1 January of the year they turn 19 until 31 December of the year they turn 34 (2차 안내, secondary).',
    },
  ],
};

export const ageMax: ParameterDef = {
  id: 'youth-rent.age-max',
  label: { ko: '최고 연령 (만)', en: 'Maximum age' },
  unit: 'years',
  periods: [
    {
      from: '2022-08-22',
      value: 34,
      citation: ROUND1,
      evidence: 'recall',
      note: 'Not read in the notice; no source was noted when this was encoded. (The 2차 wording, read with age_min, says 19~34세 by year of birth.)',
    },
  ],
};

/** 1 = ages count by year of birth (올해 − 태어난 해), 0 = 만 나이 on the day. */
export const ageByBirthYear: ParameterDef = {
  id: 'youth-rent.age-by-birth-year',
  label: { ko: '나이를 태어난 해로 셈 (1 = 예)', en: 'Ages counted by year of birth (1 = yes)' },
  unit: 'count',
  periods: [
    {
      from: '2022-08-22',
      value: 0,
      citation: ROUND1,
      evidence: 'single',
      note: '1차 copies say 만 19~34세; whether the 1차 also counted by year was not found.',
    },
    {
      from: '2024-02-26',
      value: 1,
      citation: ROUND2,
      evidence: 'secondary',
      note: 'Secondary: 2차 안내 wording "19세~34세가 되는 해의 1월 1일부터 12월 31일까지" copied on two blog pages (SOURCES-other-programs.md §3); someone born 2005-12-01 could apply from February 2024 (issue 16). SOURCES-2026-12.md item 4.',
    },
  ],
};

/** The 원가구 (parents) income and property tests are skipped for an applicant of this age or over, or married. */
export const originExemptAge: ParameterDef = {
  id: 'youth-rent.origin-exempt-age',
  label: { ko: '원가구 기준을 보지 않는 나이 (이상)', en: "Age from which the parents' test is skipped" },
  unit: 'years',
  periods: [
    {
      from: '2022-08-22',
      value: 30,
      citation: ROUND2,
      evidence: 'secondary',
      note: 'Secondary: "30세 이상이거나 혼인한 청년은 청년가구 기준만" — official FAQ wording copied on public pages (issue 16) and a public checker (file id 57524678925: "만 30세 이상 미혼이거나 결혼했으면 원가구 소득 미적용"). Neither copy is dated, so it is applied to every round. Counted like the program\'s age rule (by year of birth from 2024-02-26). SOURCES-2026-12.md item 5.',
    },
  ],
};

export const youthHouseholdIncomeRate: ParameterDef = {
  id: 'youth-rent.youth-household.income-rate',
  label: {
    ko: '청년가구 소득기준 (기준 중위소득 대비)',
    en: "Young person's household income limit (share of median income)",
  },
  unit: 'ratio',
  periods: [
    {
      from: '2022-08-22',
      value: 0.6,
      citation: ROUND1,
      evidence: 'secondary',
      note: '청년가구 = 청년 + 배우자 + 직계비속 + 같은 주소의 민법상 가족. Uses 소득인정액. Was single (a copy of the 1차 안내). Ninth pass (2026-12-06): 60 % also in two independent 2026 copies — a policy card citing the 복지로 notice of 2026-03-20 (file id 70257453618: "청년 본인 가구는 기준 중위소득 60% 이하") and a 2026 pre-check script (file id 62793660013, MEDIAN_INCOME_60_2026) — so secondary. No 2027 change found.',
    },
  ],
};

export const originHouseholdIncomeRate: ParameterDef = {
  id: 'youth-rent.origin-household.income-rate',
  label: { ko: '원가구 소득기준 (기준 중위소득 대비)', en: "Parents' household income limit (share of median income)" },
  unit: 'ratio',
  periods: [
    {
      from: '2022-08-22',
      value: 1.0,
      citation: ROUND1,
      evidence: 'secondary',
      note: '원가구 = 청년가구 + 1촌 이내 직계혈족(부모). Household size for the median table counts both. Was single (a copy of the 1차 안내). Ninth pass (2026-12-06): 100 % also in a 2026 policy card citing the 복지로 notice of 2026-03-20 (file id 70257453618: "부모님 가구(원가구)는 기준 중위소득 100% 이하") — two copies, so secondary. No 2027 change found.',
    },
  ],
};

export const youthHouseholdProperty: ParameterDef = {
  id: 'youth-rent.youth-household.property-limit',
  label: { ko: '청년가구 재산 상한', en: "Young person's household property limit" },
  unit: 'KRW',
  periods: [
    {
      from: '2022-08-22',
      value: 107_000_000,
      citation: ROUND1,
      evidence: 'single',
      note: 'Secondary (blog copy of the 1차 안내: 재산가액 1억 700만원 이하).',
    },
    {
      from: '2024-02-26',
      value: 122_000_000,
      citation: ROUND2,
      evidence: 'secondary',
      note: 'Secondary (blog copies of the 2차 안내: 1억 2,200만원 이하).',
    },
  ],
};

export const originHouseholdProperty: ParameterDef = {
  id: 'youth-rent.origin-household.property-limit',
  label: { ko: '원가구 재산 상한', en: "Parents' household property limit" },
  unit: 'KRW',
  periods: [
    {
      from: '2022-08-22',
      value: 380_000_000,
      citation: ROUND1,
      evidence: 'single',
      note: 'Secondary (3억 8천만원 이하).',
    },
    {
      from: '2024-02-26',
      value: 470_000_000,
      citation: ROUND2,
      evidence: 'single',
      note: 'Secondary (4억 7천만원 이하).',
    },
  ],
};

export const maxDeposit: ParameterDef = {
  id: 'youth-rent.max-deposit',
  label: { ko: '임차보증금 상한', en: 'Maximum deposit of the rented home' },
  unit: 'KRW',
  periods: [
    {
      from: '2022-08-22',
      value: 50_000_000,
      citation: ROUND1,
      evidence: 'single',
      note: 'Deposit above 5천만원 → not eligible, no exception.',
    },
  ],
};

export const maxRent: ParameterDef = {
  id: 'youth-rent.max-rent',
  label: { ko: '월세 상한 (원칙)', en: 'Maximum monthly rent (basic rule)' },
  unit: 'KRW/month',
  periods: [
    {
      from: '2022-08-22',
      value: 600_000,
      citation: ROUND1,
      evidence: 'single',
      note: 'Rent above 60만원 is still allowed when 월세 + 보증금 월세환산액 ≤ 70만원 (see combined cap).',
    },
    {
      from: '2024-02-26',
      value: 700_000,
      citation: ROUND2,
      evidence: 'secondary',
      note: 'Secondary (2차 안내 copies: 보증금 5천만원 이하 & 월세 70만원 이하). The excerpt says an exception exists for rent above 70만원 using the deposit converted at 5.5 %, but the cap of that exception was cut off: NOT VERIFIED.',
    },
  ],
};

export const combinedRentCap: ParameterDef = {
  id: 'youth-rent.combined-rent-cap',
  label: { ko: '월세 + 보증금 월세환산액 상한', en: 'Cap on rent plus deposit converted to monthly rent' },
  unit: 'KRW/month',
  informationOnly: 'Not applied yet: the 월세 + 보증금 환산액 cap (secondary source) is not part of the rule.',
  periods: [
    {
      from: '2022-08-22',
      value: 700_000,
      citation: ROUND1,
      evidence: 'single',
      note: 'Secondary (news copy of 1차 안내).',
    },
  ],
};

export const depositConversionRate: ParameterDef = {
  id: 'youth-rent.deposit-conversion-rate',
  label: { ko: '보증금 월세 환산율 (연)', en: 'Annual rate to convert deposit into rent' },
  unit: 'ratio',
  informationOnly: 'Not applied yet: used only with the 월세 + 보증금 환산액 cap, which is not part of the rule.',
  periods: [
    {
      from: '2024-02-26',
      value: 0.055,
      citation: ROUND2,
      evidence: 'single',
      note: 'Secondary ("환산율 5.5%"). Monthly equivalent = deposit × 0.055 ÷ 12 (formula assumed from 주택임대차보호법 practice; not confirmed). 1차 rate NOT FOUND.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  maxMonthly,
  maxMonths,
  ageMin,
  ageMax,
  ageByBirthYear,
  originExemptAge,
  youthHouseholdIncomeRate,
  originHouseholdIncomeRate,
  youthHouseholdProperty,
  originHouseholdProperty,
  maxDeposit,
  maxRent,
  combinedRentCap,
  depositConversionRate,
];

/**
 * The program page's research log (its metadata `notes`), kept here as a `note` so that the self-check's bundle leaves
 * it out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves it with the metadata.
 */
export const programResearch = {
  note: 'Rounds: 2022-08-22~2023-08-21; 2024-02-26~2025-02-25; 2026 intake 2026-03-30~05-29 (secondary). Whether 129 handles this program, and a program call number seen once (1599-0001), are NOT verified. Overlap with 주거급여 or local rent aid is usually not allowed.',
};
/** The research log of the program's first day (metadata `startedOn.note`), left out of the bundle likewise. */
export const startResearch = {
  note: 'NOT read in the notice: news and blog copies of the 1차 안내 (see youth-rent/parameters.ts notes) give 신청 2022-08-22 as the first day; same date as the youth_rent parameters.',
};
