/**
 * 공공임대 asset limits (총자산가액·자동차가액) by year, kept apart from the income lines in ./parameters.ts.
 *
 * Every yearly pair was seen only in secondary copies (public repositories that parse LH/SH/지방공사 notices,
 * news and blog copies of notices); each period's note says which and how many, and its `evidence` grade follows
 * (SOURCES-2026-12.md "Grade mapping"; fifth pass in SOURCES-2026-12-fifth-pass.md).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const LH_ASSETS: Citation = {
  title: 'LH 임대주택 입주자모집공고 — 자산보유기준 (총자산가액·자동차가액)',
  url: 'https://apply.lh.or.kr',
  article: '공고문 「소득 및 자산보유 기준」',
};

/**
 * 2022 asset pair (third pass, 2026-11-25). One public repo stores a 정부24/복지로-style service text for
 * 통합공공임대 (search id 22266471754; the same fixture holds a job posting dated 2023-05-19) that gives
 * "총자산 32,500만원 이하, 자동차 3,557만원 이하". The text states no year: 2022 is inferred because 통합공공임대
 * notices began in 2022, the snapshot is no later than 2023-05, and the 2023 pair (36,100만 / 3,683만) and later
 * pairs differ. While no 2022 urban-worker table is encoded, these periods change no screening result.
 */
const WEAK_2022 =
  'WEAK, year inferred (2022): one secondary copy of a 정부24/복지로-style 통합공공임대 service text (search id 22266471754, snapshot no later than 2023-05; no year in the text).';

/**
 * 2023 pairs, fifth pass (2026-12-05): a news report on the 2024-01 공공주택 업무처리지침 change prints the 2023 lines
 * for 영구 and 국민 side by side. Independent of the 복지로-derived dataset that gave the 국민임대 pair before.
 */
const NEWS_2023 =
  'News (쿠키뉴스 2024-01-08, copy at https://kuk.kode.co.kr/article/view/kuk202401080058, pages corpus): "공공임대 입주자 선정 기준(2023년 기준)은 △무주택 가구 △자산 2억5500만원(영구)·3억6100만원(국민) △자동차 가액 3683만원 이하다."';

/**
 * The 2025 car switch, fifth pass (2026-12-05). 3,803만원 is printed in an LH 행복주택 notice dated 2025-07-31
 * (화성동탄 입주자격 완화 대기자 모집, summary in file id 47521226725: "공고일(2025-07-31) … 자동차가액(3,803만원 이하)");
 * 4,563만원 in an LH 행복주택 notice taking applications 2025-11-18~19 (평택소사벌 A-6, file id 32024870852:
 * "자산요건: 완화 적용 (자동차가액 4,563만원 이하만 확인)"). The day of the change between the two was not found.
 * 2025-08-01 … 2025-11-17 keeps 3,803만원 (the answers given before this pass) in a period of its own graded
 * `recall`, so every result that rests on it says the figure needs checking; 4,563만원 starts on the first day a
 * dated notice shows it. (Leaving the window without a period would answer "figures missing" for every household,
 * car or not: a change no source proves.)
 */
const CAR_2025_OLD =
  'Secondary: several apps built from 2025 LH notices (33,700만원 with 3,803만원; 행복주택 asset table copy "3,803만원") and the LH 화성동탄 행복주택 notice of 2025-07-31 (file id 47521226725: "자동차가액(3,803만원 이하)"). Ends 2025-07-31: the last dated notice seen with 3,803만원 (fifth pass).';
const CAR_2025_NEW =
  '4,563만원 in an LH 행복주택 notice taking applications 2025-11-18~19 (평택소사벌 A-6, file id 32024870852), starting this period; copies that call it the 2025 figure next to 총자산 33,700만원 (file ids 59374498064 "자동차 4,563만원 이하 별도, 2025년 기준", 56048697514 "2025년 기준 … 자동차 4,563만원"); 2026 notices: iH 2026-03 (file id 63095738178), an LH-listed notice taking applications 2026-05-20 (file id 54975597657), SH 장기안심 "4,563만원 — 공식확인" (file id 63109096741). CONFLICT kept from the earlier pass: mid-2026 SH/고양 notices print 4,542만원.';

/**
 * 영구임대 2025, sixth pass (2026-12-05; SOURCES-2026-12-sixth-pass.md). A public LH-notice summariser (Java service
 * whose Gemini prompt is written around an LH 영구임대 notice: 일반공급 1순위 "생계·의료급여수급자", 가/나군 임대조건,
 * 주거약자용 배점, 현장접수 at the 행정복지센터, applications 2025-08-25 ~ 2025-08-29, 발표 2025-11-27) gives as that
 * notice's asset lines "총자산 XX,XXX만원 이하 (예: 23,700만원 또는 표에서 237,000,000원과 동일값)" and "자동차가액
 * 3,803만원 이하" (file ids 9105174241 / 9802253371, one project). An LLM prompt quoting a notice, not the notice.
 */
const PERMANENT_2025_NOTICE =
  'a public LH-notice summariser whose prompt quotes an LH 영구임대 notice taking applications 2025-08-25 ~ 2025-08-29 (현장접수 at the 행정복지센터, 발표 2025-11-27; file ids 9105174241 / 9802253371): "총자산 … 23,700만원 또는 표에서 237,000,000원", "자동차가액 3,803만원 이하".';

/** 국민임대·통합공공임대·행복주택(신혼·고령자) 총자산가액 한도. */
export const nationalTotalAssets: ParameterDef = {
  id: 'public-rental.national.total-assets',
  label: { ko: '국민임대 등 총자산가액 한도', en: 'Total assets limit (national rental and related groups)' },
  unit: 'KRW',
  periods: [
    {
      from: '2022-01-01',
      value: 325_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: `${WEAK_2022} Total assets: "(고령자) 65세 이상, 중위소득 150%이하, 총자산 32,500만원 이하, 자동차 3,557만원 이하" in the 통합공공임대 row (the 국민임대 asset rule). No second copy of 32,500만원 was found.`,
    },
    {
      from: '2023-01-01',
      value: 361_000_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: `Two independent copies: a 복지로-derived Q&A dataset (2023) quotes 총자산 3억 6,100만원 / 자동차 3,683만원 for 매입임대 using the 국민임대 asset rule; ${NEWS_2023}`,
    },
    {
      from: '2024-01-01',
      value: 345_000_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: 'Secondary: 청년 매입임대 2순위 wording "총자산 34,500만원 이하, 개별 자동차 3,708만원 이하" and a 통합공공임대 checker using the same pair.',
    },
    {
      from: '2025-01-01',
      value: 337_000_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: 'Secondary: several apps built from 2025 LH notices (33,700만원 with 자동차 3,803만원; 행복주택 신혼 "3.37억").',
    },
    {
      from: '2026-01-01',
      value: 337_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'CONFLICT: a 2026-05 LH-linked notice and iH (checked 2026-03) show 33,700만원 / 자동차 4,563만원, while mid-2026 SH/고양 notices show 34,500만원 / 4,542만원. Value kept at 33,700만원; check the notice.',
    },
  ],
};

/** 국민임대 등 자동차가액 한도. */
export const nationalCarValue: ParameterDef = {
  id: 'public-rental.national.car-value',
  label: { ko: '국민임대 등 자동차가액 한도', en: 'Car value limit (national rental and related groups)' },
  unit: 'KRW',
  periods: [
    {
      from: '2022-01-01',
      value: 35_570_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: `${WEAK_2022} Car: 3,557만원 is paired with 32,500만원 there; 3,557만원 also appears in four other public app/mock texts about LH 매입임대·행복주택·신혼부부 (search ids 13748417473, 32054529568, 31411955476, 6476935763), each pairing it with a different total-asset figure (2억 8,800만 · 2억 9,200만 · 3.61억), so only the car figure is repeated.`,
    },
    {
      from: '2023-01-01',
      value: 36_830_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: `Two independent copies: the 복지로-derived dataset (2023) and ${NEWS_2023}`,
    },
    {
      from: '2024-01-01',
      value: 37_080_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: 'Secondary (청년 매입임대 2순위 wording; GH page quoted 2026-03 still 3,708만원).',
    },
    {
      from: '2025-01-01',
      to: '2025-07-31',
      value: 38_030_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: CAR_2025_OLD,
    },
    {
      from: '2025-08-01',
      to: '2025-11-17',
      value: 38_030_000,
      citation: LH_ASSETS,
      evidence: 'recall',
      note: 'Carried forward, not seen: the limit went from 3,803만원 (LH notice of 2025-07-31) to 4,563만원 (LH notice of 2025-11-18) on a day in this window that was not found. 3,803만원 is kept so that answers do not change without a source; a household with a car between the two figures here may be eligible.',
    },
    {
      from: '2025-11-18',
      value: 45_630_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: CAR_2025_NEW,
    },
  ],
};

/** 영구임대 총자산가액 한도. */
export const permanentTotalAssets: ParameterDef = {
  id: 'public-rental.permanent.total-assets',
  label: { ko: '영구임대 총자산가액 한도', en: 'Permanent rental total assets limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      to: '2023-12-31',
      value: 255_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: `One copy (fifth pass): ${NEWS_2023} No 영구임대 line for 2019–2022 was found.`,
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: 241_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'Secondary, one source: the same 2026-03 program table (search id 63123675201) has an explicit "LH 영구임대" row: asset_limit 241000000, car_limit 37080000, "자산: 총24,100만원·자동차3,708만원 이하" (no year stated; the car figure is the 2024 국민임대 one, and the same file gives 23,700만원 for 영구임대 elsewhere, so it mixes years). It also gives 24,100만원 / 3,708만원 for 주거취약계층 주거지원. Treat 2024 as likely, not confirmed.',
    },
    {
      from: '2025-01-01',
      value: 237_000_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: `Two independent copies: one checker built on 2025 notices (file id 31153876017: "영구임대: 총자산 23,700만원 이하, 수급자 등 일부 대상 제외") and, sixth pass, ${PERMANENT_2025_NOTICE}`,
    },
    {
      from: '2026-01-01',
      value: 237_000_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: 'Secondary: 2026-03 program table (자립준비청년 안내: "영구임대 자산: 총23,700만·차4,563만").',
    },
  ],
};

/** 행복주택 청년 총자산가액 한도. */
export const happyYouthTotalAssets: ParameterDef = {
  id: 'public-rental.happy.youth.total-assets',
  label: { ko: '행복주택 청년 총자산가액 한도', en: 'Happy Housing youth total assets limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2025-01-01',
      value: 254_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'Secondary: 2025 행복주택 asset table copy ("청년 총 자산가액 합산기준 2.54억원", 자동차 3,803만원).',
    },
    {
      from: '2026-01-01',
      value: 254_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'CONFLICT: a 2026-03 program table (자립준비청년 안내: "행복주택 자산: 총25,400만·차량미보유") keeps 25,400만원, while a 2026 analysis and SH 2026 청년 use 25,100만원. Check the notice.',
    },
  ],
};

/** 행복주택 대학생 총자산가액 한도 (본인). */
export const happyStudentTotalAssets: ParameterDef = {
  id: 'public-rental.happy.student.total-assets',
  label: { ko: '행복주택 대학생 총자산가액 한도 (본인)', en: 'Happy Housing student total assets limit (applicant)' },
  unit: 'KRW',
  informationOnly: 'Not screened yet: 행복주택 대학생 is not one of the screened 행복주택 variants.',
  periods: [
    {
      from: '2025-01-01',
      value: 104_000_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'Secondary: 2025 table copy ("대학생 1.04억원, 자동차 미소유").',
    },
  ],
};

/**
 * 영구임대 자동차가액: LH notices print it next to the 총자산 limit; the copies seen give the 국민임대 car figure of
 * the same year (SOURCES-2026-12.md item 8).
 */
export const permanentCarValue: ParameterDef = {
  id: 'public-rental.permanent.car-value',
  label: { ko: '영구임대 자동차가액 한도', en: 'Car value limit (permanent rental)' },
  unit: 'KRW',
  periods: [
    {
      from: '2023-01-01',
      to: '2023-12-31',
      value: 36_830_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: `One copy (fifth pass): ${NEWS_2023} The report gives one car line next to both the 영구 and 국민 asset lines.`,
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: 37_080_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: 'One copy (file id 63123675201): "LH 영구임대 … 자산: 총24,100만원·자동차3,708만원 이하" (no year; 3,708만 is the 2024 국민임대 figure).',
    },
    {
      from: '2025-01-01',
      to: '2025-08-29',
      value: 38_030_000,
      citation: LH_ASSETS,
      evidence: 'single',
      note: `One copy (sixth pass): ${PERMANENT_2025_NOTICE} It gives the year's 국민임대 figure (3,803만원 from 2025-01-01, secondary), as the 2023, 2024 and 2026 영구임대 copies do. Ends 2025-08-29, the last application day of that notice.`,
    },
    {
      from: '2025-08-30',
      to: '2025-11-17',
      value: 38_030_000,
      citation: LH_ASSETS,
      evidence: 'recall',
      note: 'Carried, not seen: after the 영구임대 notice taking applications to 2025-08-29 (3,803만원) no 영구임대 copy gives a car figure until 2026; the 국민임대 line went to 4,563만원 on a day before 2025-11-18 (LH notice of 2025-11-18) that was not found. A public checker says the car limit is "모든 임대주택 유형 공통" (file id 31153876017, 2026 figures).',
    },
    {
      from: '2025-11-18',
      to: '2025-12-31',
      value: 45_630_000,
      citation: LH_ASSETS,
      evidence: 'recall',
      note: 'Inferred, as the period before: the 국민임대 figure from 2025-11-18 (4,563만원, LH 행복주택 notice of 2025-11-18); no 영구임대 copy dated 2025 gives a car figure.',
    },
    {
      from: '2026-01-01',
      value: 45_630_000,
      citation: LH_ASSETS,
      evidence: 'secondary',
      note: 'Two copies: a 2026-03 program table "영구임대 자산: 총23,700만·차4,563만" (file id 63123675201) and a notice-based checker "자동차 자산 제한 - 45,630,000원 … 모든 임대주택 유형 공통 적용" with 영구임대 총자산 23,700만원 (file id 31153876017). The 국민임대 2026 conflict (4,563만 vs 4,542만) applies here too.',
    },
  ],
};
