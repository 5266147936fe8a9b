/**
 * 공공임대 — group rules (ages, marriage length) and the 매입임대·전세임대 general income rate.
 *
 * These figures were NOT read in a source during research: they are the rules recorded "in words"
 * in SOURCES-other-programs.md §2 from general knowledge of LH notices. They are encoded so the
 * programs can screen at all, and every period is `verified: false` with that caveat in its note;
 * they start in 2025, like the income rates they go with, because earlier years were not checked.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const HAPPY: Citation = {
  title: '공공주택 특별법 시행규칙 별표 5 (행복주택 입주자 선정기준) / LH 행복주택 입주자모집공고',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
  article: '계층별 신청자격 (대학생·청년·신혼부부·한부모·고령자·주거급여수급자)',
};

const PURCHASE: Citation = {
  title: '국토교통부 훈령 「기존주택 매입임대주택 업무처리지침」',
  url: 'https://www.law.go.kr/행정규칙/기존주택매입임대주택업무처리지침',
  article: '입주자 선정 (일반 매입임대 2순위)',
};

const JEONSE: Citation = {
  title: '국토교통부 훈령 「기존주택 전세임대 업무처리지침」',
  url: 'https://www.law.go.kr/행정규칙/기존주택전세임대업무처리지침',
  article: '입주자 선정 (일반 전세임대 2순위)',
};

const WORDS =
  'Rule recorded in words in SOURCES-other-programs.md §2 (general knowledge of LH notices); NOT read in a source.';

export const happyYouthAgeMin: ParameterDef = {
  id: 'public_rental.happy.youth.age_min',
  label: { ko: '행복주택 청년 최저 연령 (만)', en: 'Happy Housing youth: minimum age' },
  unit: 'years',
  periods: [
    { from: '2025-01-01', value: 19, citation: HAPPY, verified: false, note: `청년 만 19~39세 미혼. ${WORDS}` },
  ],
};

export const happyYouthAgeMax: ParameterDef = {
  id: 'public_rental.happy.youth.age_max',
  label: { ko: '행복주택 청년 최고 연령 (만)', en: 'Happy Housing youth: maximum age' },
  unit: 'years',
  periods: [{ from: '2025-01-01', value: 39, citation: HAPPY, verified: false, note: WORDS }],
};

export const happyElderlyAgeMin: ParameterDef = {
  id: 'public_rental.happy.elderly.age_min',
  label: { ko: '행복주택 고령자 최저 연령 (만)', en: 'Happy Housing older people: minimum age' },
  unit: 'years',
  periods: [{ from: '2025-01-01', value: 65, citation: HAPPY, verified: false, note: `고령자 만 65세 이상. ${WORDS}` }],
};

export const happyNewlywedMaxYears: ParameterDef = {
  id: 'public_rental.happy.newlywed.max_married_years',
  label: { ko: '행복주택 신혼부부 혼인기간 상한 (년)', en: 'Happy Housing newlyweds: maximum years married' },
  unit: 'years',
  periods: [
    {
      from: '2025-01-01',
      value: 7,
      citation: HAPPY,
      verified: false,
      note: `혼인 7년 이내 (예비신혼부부, 만 6세 이하 자녀를 둔 한부모도 이 계층 — not screened here). ${WORDS}`,
    },
  ],
};

export const purchaseIncomeRate: ParameterDef = {
  id: 'public_rental.purchase.general.income_rate',
  label: {
    ko: '일반 매입임대 2순위 소득기준 (도시근로자 월평균소득 대비)',
    en: 'General purchased rental, 2nd rank: income limit (share of urban-worker income)',
  },
  unit: 'ratio',
  periods: [
    {
      from: '2025-01-01',
      value: 0.5,
      citation: PURCHASE,
      verified: false,
      note: `WEAK: "2순위 income ≤ 50 % (장애인 ≤ 100 %?) with 국민임대 assets — NOT verified" (SOURCES §2). Whether 1~2인 households get an uplift is not known; none is applied. 1순위 (생계·의료급여 수급자, 한부모 등) has no income test.`,
    },
  ],
};

export const jeonseIncomeRate: ParameterDef = {
  id: 'public_rental.jeonse.general.income_rate',
  label: {
    ko: '일반 전세임대 2순위 소득기준 (도시근로자 월평균소득 대비)',
    en: 'General jeonse-lease rental, 2nd rank: income limit (share of urban-worker income)',
  },
  unit: 'ratio',
  periods: [
    {
      from: '2025-01-01',
      value: 0.5,
      citation: JEONSE,
      verified: false,
      note: 'WEAK: SOURCES §2 says 전세임대 follows "the same rank logic as 매입임대" (2순위 ≤ 50 %, NOT verified). The regional support cap (광역시 지원한도) was NOT FOUND, so no amount is given.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  happyYouthAgeMin,
  happyYouthAgeMax,
  happyElderlyAgeMin,
  happyNewlywedMaxYears,
  purchaseIncomeRate,
  jeonseIncomeRate,
];
