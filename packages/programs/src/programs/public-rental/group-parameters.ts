/**
 * 공공임대 — group rules (ages, marriage length) and the 매입임대·전세임대 general income rate.
 *
 * The 2025 periods were NOT read in a source: they are the rules recorded "in words" in
 * SOURCES-other-programs.md §2 from general knowledge of LH notices, encoded so the programs can
 * screen at all (`verified: false`). Second pass (2026-11-25): the 행복주택 ages and marriage limit were
 * read in 별표 5 as amended 2026-06-22 (verified from that day only), the 매입·전세임대 rates in
 * 제20조·제21조 (from 2021-02-02, looked up by household size),
 * and 2024 secondary evidence was found for the marriage limit only.
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

/** 별표 5 as amended 2026-06-22 (text read; see the lawSchedule comment in parameters.ts). */
const HAPPY_LAW: Citation = {
  title: '공공주택 특별법 시행규칙 [별표 5] 행복주택의 입주자 자격 및 거주기간 <개정 2026. 6. 22.>',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
  article: '제1호가목1)나)(1)(가) 청년 · 1)다) 신혼부부 · 2)나) 고령자',
};

const LAW_2026 = '2026-06-22';

const SCHEDULE_READ =
  'Official text read: 별표 5 as amended 2026-06-22, copy fetched from law.go.kr 2026-10-05 and stored in cheongyak/cheongyak.github.io evidence/law/public/byeolpyo_5.txt (search id 70482196793). Earlier wording not read. 2026-06-22 is the 개정 date printed on the 별표; the 시행일 of that amendment was not read, so the wording is read as in force from then until at least the fetch date.';

/**
 * 공공주택 특별법 시행규칙 제20조제1항제1호다목 (매입임대) and 제21조제1항제1호 (전세임대), read in the
 * 시행 2021-02-02 (orca-technologies/legalize-kr, id 52526521812), 2021-03-26 (illussna/legalize-kr,
 * id 60918059577) and 2023-12-29 (lilyffff/legalize-kr, id 56827381524) versions: identical wording,
 * 제20조 tagged <개정 … 2021.2.2, 2022.2.28>, 제21조 <개정 2019.12.26, 2021.2.2>.
 */
const PURCHASE_LAW: Citation = {
  title: '공공주택 특별법 시행규칙 제20조(기존주택등매입임대주택의 입주자 선정 등)',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
  article: '제20조제1항제1호다목',
};

const JEONSE_LAW: Citation = {
  title: '공공주택 특별법 시행규칙 제21조(기존주택전세임대주택의 입주자 선정 등)',
  url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
  article: '제21조제1항제1호',
};

/** The law's size steps, also applied in the 2025+ period (see its note). */
const BY_SIZE = { '1': 0.7, '2': 0.6, '3': 0.5 };

const SIZE_NOTE =
  'Looked up by household size: 1인 70 %, 2인 60 %, 3인 이상 50 % of 전년도 도시근로자 가구원수별 가구당 월평균소득 (the 국토교통부장관 may set a different line up to 100 %, not modelled).';

const WORDS =
  'Rule recorded in words in SOURCES-other-programs.md §2 (general knowledge of LH notices); NOT read in a source.';

export const happyYouthAgeMin: ParameterDef = {
  id: 'public-rental.happy.youth.age-min',
  label: { ko: '행복주택 청년 최저 연령 (만)', en: 'Happy Housing youth: minimum age' },
  unit: 'years',
  periods: [
    { from: '2025-01-01', value: 19, citation: HAPPY, evidence: 'recall', note: `청년 만 19~39세 미혼. ${WORDS}` },
    {
      from: LAW_2026,
      value: 19,
      citation: HAPPY_LAW,
      evidence: 'official',
      note: `별표 5 제1호가목1)나)(1): 청년 is "(가) 19세 이상이면서 39세 이하인 사람" OR (나) a worker/구직급여 수급자 with at most 5 years of earned income OR (다) an 예술인 — only route (가) is screened here; (2) "혼인 중이 아닐 것". ${SCHEDULE_READ}`,
    },
  ],
};

export const happyYouthAgeMax: ParameterDef = {
  id: 'public-rental.happy.youth.age-max',
  label: { ko: '행복주택 청년 최고 연령 (만)', en: 'Happy Housing youth: maximum age' },
  unit: 'years',
  periods: [
    { from: '2025-01-01', value: 39, citation: HAPPY, evidence: 'recall', note: WORDS },
    {
      from: LAW_2026,
      value: 39,
      citation: HAPPY_LAW,
      evidence: 'official',
      note: `별표 5 제1호가목1)나)(1)(가) "19세 이상이면서 39세 이하인 사람". ${SCHEDULE_READ}`,
    },
  ],
};

export const happyElderlyAgeMin: ParameterDef = {
  id: 'public-rental.happy.elderly.age-min',
  label: { ko: '행복주택 고령자 최저 연령 (만)', en: 'Happy Housing older people: minimum age' },
  unit: 'years',
  periods: [
    { from: '2025-01-01', value: 65, citation: HAPPY, evidence: 'recall', note: `고령자 만 65세 이상. ${WORDS}` },
    {
      from: LAW_2026,
      value: 65,
      citation: HAPPY_LAW,
      evidence: 'official',
      note: `별표 5 제1호가목2)나): "다음의 요건을 모두 갖춘 무주택세대구성원으로서 65세 이상인 사람(이하 이 별표에서 “고령자”라 한다)". ${SCHEDULE_READ}`,
    },
  ],
};

export const happyNewlywedMaxYears: ParameterDef = {
  id: 'public-rental.happy.newlywed.max-married-years',
  label: { ko: '행복주택 신혼부부 혼인기간 상한 (년)', en: 'Happy Housing newlyweds: maximum years married' },
  unit: 'years',
  periods: [
    {
      from: '2024-01-01',
      value: 7,
      citation: HAPPY,
      evidence: 'single',
      note: 'Secondary: a 2024 화성시 행복주택 notice quoted in a public pipeline review (search id 703325181; its income table is the 2024 urban-worker table) lists "신혼부부 | 혼인기간 7년 이내" among the 일반조건.',
    },
    {
      from: '2025-01-01',
      value: 7,
      citation: HAPPY,
      evidence: 'recall',
      note: `혼인 7년 이내 (예비신혼부부, 만 6세 이하 자녀를 둔 한부모도 이 계층 — not screened here). ${WORDS}`,
    },
    {
      from: LAW_2026,
      value: 7,
      citation: HAPPY_LAW,
      evidence: 'official',
      note: `별표 5 제1호가목1)다): "혼인 중인 사람[혼인기간이 7년(전 배우자였던 사람과 재혼하는 경우에는 이전 혼인기간을 포함한다) 이내이거나 6세 이하의 자녀 … 를 둔 사람을 말한다]", 예비신혼부부, or 한부모가족 with a child of 6 or under — only the 7-year route is screened. ${SCHEDULE_READ}`,
    },
  ],
};

export const purchaseIncomeRate: ParameterDef = {
  id: 'public-rental.purchase.general.income-rate',
  label: {
    ko: '일반 매입임대 2순위 소득기준 (도시근로자 월평균소득 대비)',
    en: 'General purchased rental, 2nd rank: income limit (share of urban-worker income)',
  },
  unit: 'ratio',
  dimensions: ['householdSize'],
  beyondMax: 'last',
  periods: [
    {
      from: '2021-02-02',
      to: '2023-12-31',
      value: BY_SIZE,
      citation: PURCHASE_LAW,
      evidence: 'official',
      note: `Law text read (제20조제1항제1호다목, versions in force from 2021-02-02, 2021-03-26 and 2023-12-29; see PURCHASE_LAW). ${SIZE_NOTE} Before 2021-02-02: the 시행 2018-09-28 text (xxyy89890-wq/legalize-kr, id 55175535733) says a flat "전년도 도시근로자 가구당 월평균소득의 50퍼센트 이하" (no household-size table), and the 2019-12-26 amendment in force from 2020-03-01 was not read — not encoded. How LH's 지침 ranked 2순위 in these years was not read. Verified to 2023-12-31: the last text read is the one in force from 2023-12-29.`,
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: BY_SIZE,
      citation: PURCHASE_LAW,
      evidence: 'single',
      note: `Assumed unchanged from the 2023-12-29 text (no later version of the 시행규칙 was read). ${SIZE_NOTE}`,
    },
    {
      from: '2025-01-01',
      value: BY_SIZE,
      citation: PURCHASE,
      evidence: 'single',
      note: `${SIZE_NOTE} The same steps as the 2021–2024 law text; no later text was read. SOURCES §2 (WEAK) gave only "2순위 income ≤ 50 %". 1순위 (생계·의료급여 수급자, 한부모 등) has no income test.`,
    },
  ],
};

export const jeonseIncomeRate: ParameterDef = {
  id: 'public-rental.jeonse.general.income-rate',
  label: {
    ko: '일반 전세임대 2순위 소득기준 (도시근로자 월평균소득 대비)',
    en: 'General jeonse-lease rental, 2nd rank: income limit (share of urban-worker income)',
  },
  unit: 'ratio',
  dimensions: ['householdSize'],
  beyondMax: 'last',
  periods: [
    {
      from: '2021-02-02',
      to: '2023-12-31',
      value: BY_SIZE,
      citation: JEONSE_LAW,
      evidence: 'official',
      note: `Law text read (제21조제1항제1호, versions in force from 2021-02-02, 2021-03-26 and 2023-12-29; see PURCHASE_LAW comment). ${SIZE_NOTE} The 2018-09-28 text of 제21조 was cut off in the copy read; the 2019-12-26 amendment (in force 2020-03-01) was not read — not encoded. Verified to 2023-12-31: the last text read is the one in force from 2023-12-29.`,
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: BY_SIZE,
      citation: JEONSE_LAW,
      evidence: 'single',
      note: `Assumed unchanged from the 2023-12-29 text (no later version of the 시행규칙 was read). ${SIZE_NOTE}`,
    },
    {
      from: '2025-01-01',
      value: BY_SIZE,
      citation: JEONSE,
      evidence: 'single',
      note: 'Looked up by household size (1인 70 %, 2인 60 %, 3인 이상 50 %) as in the 2021–2024 law text; no later text was read. WEAK: SOURCES §2 says 전세임대 follows "the same rank logic as 매입임대" (2순위 ≤ 50 %, NOT verified). The regional support cap (광역시 지원한도) was NOT FOUND, so no amount is given. 1순위 and 의료급여 (sixth pass, not encoded): one public program table (file id 63123675201, 2026-03) lists "1순위: 생계·의료수급자/보호대상한부모/최저주거미달차상위/장애인70%이하/차상위" for LH 기존주택 전세임대, and what looks like another version of the same table (63095738178) "1순위: 수급자/한부모/시급가구/…"; the 국토교통부 「기존주택 전세임대 업무처리지침」 itself was not found (find_string "기존주택 전세임대 업무처리지침", "1순위: 생계·의료급여 수급자", "의료급여 수급자, 보호대상 한부모" — the last only for 매입임대). One copy, so 전세임대 keeps the 생계급여-only waiver; 의료급여-only recipients are screened on income.',
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
