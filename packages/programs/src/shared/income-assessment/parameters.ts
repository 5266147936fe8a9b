/**
 * 소득인정액 = 소득평가액 + 재산의 소득환산액 (국민기초생활 보장법 제2조제9호, 제6조의3).
 * Shared by 생계·의료·주거·교육급여.
 *
 * Structure (read in law text, verified):
 *  - 법 제6조의3②: 재산의 소득환산액 = (재산가액 − 기본재산액 − 부채) × 소득환산율; 재산 = 일반재산·금융재산·자동차.
 *  - 시행령 제5조의4 (text as in force 2018-09-21): 기본재산액·부채 are deducted from 일반재산 first, a negative remainder
 *    is carried to 금융재산; 자동차 (except types the Minister lists) is converted without deduction; 기본재산액 and
 *    소득환산율 are set by 보건복지부 고시 and may differ for 차상위자.
 *  - In practice (secondary sources, no government text read): 주거용재산 is capped by the 한도 first, the part above it
 *    being 일반재산; then 기본재산액 and 부채 are taken from 주거용 → 일반 → 금융 (SOURCES-2026-12-tenth-pass.md);
 *    금융재산 also gets the 생활준비금 deduction.
 *
 * None of the 보건복지부 고시 (「기본재산액」「재산의 소득환산율」) nor the 국민기초생활보장사업안내 could be opened, so every
 * amount/rate below is verified: false and its note says what was seen. Region keys:
 *  - to 2023 ('cityType'): 'metro' 대도시(특별·광역시) · 'city' 중소도시 · 'rural' 농어촌.
 *  - from 2024 ('propertyRegion'): '1' 서울 · '2' 경기 · '3' 광역시·세종·창원 · '4' 그 외 (not identical to 주거급여 급지).
 */
import type { Citation, ParameterDef } from '@jibsa/rules';
import { carExemptionParameters } from './car-exemption-parameters.ts';
import { carParameters } from './car-parameters.ts';
import { notice } from './citations.ts';
import { groupDeductionParameters } from './group-deduction-parameters.ts';

const ENF: Citation = {
  title: '국민기초생활 보장법 시행령 (대통령령 제29180호, 시행 2018-09-21; 제35948호, 시행 2026-01-02)',
  url: 'https://www.law.go.kr/법령/국민기초생활보장법시행령',
};

const guide = (year: number): Citation => ({
  title: `보건복지부 「${year}년 국민기초생활보장사업안내」`,
  url: 'https://www.mohw.go.kr',
  article: '소득·재산 조사 및 소득인정액 산정',
});

export const basicPropertyByCityType: ParameterDef = {
  id: 'income-assessment.basic-property.city-type',
  label: { ko: '기본재산액 (대도시·중소도시·농어촌, ~2023)', en: 'Basic property exemption by city type (to 2023)' },
  unit: 'KRW',
  dimensions: ['cityType'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      value: { metro: 54_000_000, city: 34_000_000, rural: 29_000_000 },
      citation: notice('기본재산액', 2019),
      evidence: 'single',
      note: '5,400만/3,400만/2,900만: seen in a public Android welfare calculator created 2017-08-02 (3 files of one repo, e.g. file ids 46920460596, 47108975545: "기본재산액 => 대도시 5400, 중소도시 3400, 농어촌 2900만원"), so these were the amounts before 2019; 6,900만/4,200만/3,500만 are seen only with 2022+ figures. No source dated 2019–2021 was found, and no source shows a change between 2017 and 2022. CONFLICT: the brief lead gives 6,900만/4,200만/3,500만 for 2019–2021 (not seen anywhere for those years). Must be checked against the 2019–2021 고시.',
    },
    {
      from: '2022-01-01',
      to: '2023-12-31',
      value: { metro: 69_000_000, city: 42_000_000, rural: 35_000_000 },
      citation: notice('기본재산액', 2022),
      evidence: 'single',
      note: 'Seen in public code together with the 2022 median table (Django views) and in a Ruby service with 2024 medians; start year 2022 is recall.',
    },
  ],
};

export const basicPropertyByRegion: ParameterDef = {
  id: 'income-assessment.basic-property.region',
  label: { ko: '기본재산액 (서울·경기·광역시·그 외, 2024~)', en: 'Basic property exemption by region (from 2024)' },
  unit: 'KRW',
  dimensions: ['propertyRegion'],
  beyondMax: 'error',
  periods: [
    {
      from: '2024-01-01',
      value: { '1': 99_000_000, '2': 80_000_000, '3': 77_000_000, '4': 53_000_000 },
      citation: notice('기본재산액', 2024),
      evidence: 'secondary',
      note: '서울 9,900만 · 경기 8,000만 · 광역·세종·창원 7,700만 · 그 외 5,300만: seen in a public 2026 calculator prompt and the brief lead. Start year 2024 is recall. (One other 2026 page wrongly gives 대구 8,000만.) Second pass: a public guide page (file id 59517903572) gives the same four amounts and names their source as 보건복지부고시 제2025-204호 「자동차의 재산가액 산정기준과 재산가액에서 차감하는 기본재산액 및 부채」 (시행 2026-01-01) 제4조·별표3, "가구 규모와 관계없이"; that 고시 itself was not opened. Ninth pass (2026-12-06): one more copy, a guide site reviewed 2026-08-15 — after the 2027 decision — that says it compared 고시 제2025-204호 별표3 as a PDF (hyunjun82/jjyu-gov data/income-recognition.ts BASIC_PROPERTY, file id 59421229317): the same four amounts, no 2027 change named. No 2027 figure found.',
    },
  ],
};

export const residentialCapByCityType: ParameterDef = {
  id: 'income-assessment.residential-property-cap.city-type',
  label: { ko: '주거용재산 인정 한도 (~2023)', en: 'Cap on property treated as residential (to 2023)' },
  unit: 'KRW',
  dimensions: ['cityType'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      value: { metro: 100_000_000, city: 68_000_000, rural: 38_000_000 },
      citation: notice('재산의 소득환산율', 2019),
      evidence: 'recall',
      note: 'RECALL ONLY (1억/6,800만/3,800만); searched again 2026-11-25 ("중소도시 6,800만", "중소도시 6800") without a hit. The part above the cap is converted at the 일반재산 rate. Must be checked against the 2019–2021 고시.',
    },
    {
      from: '2022-01-01',
      to: '2023-12-31',
      value: { metro: 120_000_000, city: 90_000_000, rural: 52_000_000 },
      citation: notice('재산의 소득환산율', 2022),
      evidence: 'single',
      note: 'Seen in public code with the 2022 medians (living_property_limit). Start year 2022 is recall. That code (file id 47696394403) caps the gross home value before taking off the 기본재산액, as recognized-income.ts does from the tenth pass (see the 2024 period).',
    },
  ],
};

export const residentialCapByRegion: ParameterDef = {
  id: 'income-assessment.residential-property-cap.region',
  label: { ko: '주거용재산 인정 한도 (2024~)', en: 'Cap on property treated as residential (from 2024)' },
  unit: 'KRW',
  dimensions: ['propertyRegion'],
  beyondMax: 'error',
  periods: [
    {
      from: '2024-01-01',
      value: { '1': 172_000_000, '2': 151_000_000, '3': 146_000_000, '4': 112_000_000 },
      citation: notice('재산의 소득환산율', 2024),
      evidence: 'secondary',
      note: '서울 1.72억 · 경기 1.51억 · 광역 1.46억 · 그 외 1.12억: seen in a public 2026 calculator prompt (file id 49043424467). Start year 2024 is recall. Ninth pass (2026-12-06): a second, independent copy — a guide site reviewed 2026-08-15, after the 2027 decision (hyunjun82/jjyu-gov data/income-recognition.ts HOUSING_LIMIT, file id 59421229317, and its page app/guide/housing-property/page.tsx, file id 59138573429: "서울 1억 7,200만원, 경기 1억 5,100만원, 광역·세종·창원 1억 4,600만원, 그 외 1억 1,200만원"), which says it read the 찾기쉬운 생활법령 table 「재산의 소득환산율」 (2026-07-31) — so secondary. Neither copy is dated 2027 and none names a 2027 change; 2027 was searched and not found (SOURCES-2026-12-ninth-pass.md). ORDER (tenth pass, 2026-12-06): the 한도 caps the gross value of the home, before the 기본재산액 and 부채 are taken off (then from the capped 주거용재산 first). Four independent public copies agree and none says otherwise (secondary): that page\'s worked example, which it says is the 찾기쉬운 생활법령정보 one (세종, 주거용 1억 6,600만원 · 일반 3,000만원: 2,000만원 → 일반재산, 5,000만원 × 4.17 % + (1억 4,600만 − 7,700만) × 1.04 % = 2,802,600원), a 2025–2026 calculator (file id 62457931051), a 2026 calculator prompt (file ids 49024487591, 49043424467) and a 2022 calculator (file id 47696394403). The 생활법령 page and the 사업안내 were not opened. Until this pass recognized-income.ts took the 기본재산액 off first (2,176,600원 in that example).',
    },
  ],
};

/** Monthly conversion rates: 'residential' 주거용재산 · 'general' 일반재산 · 'financial' 금융재산 · 'car' 자동차. */
export const conversionRate: ParameterDef = {
  id: 'income-assessment.conversion-rate',
  label: { ko: '재산의 소득환산율 (월)', en: 'Monthly property-to-income conversion rates' },
  unit: 'ratio',
  dimensions: ['propertyType'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      value: { residential: 0.0104, general: 0.0417, financial: 0.0626, car: 1.0 },
      citation: notice('재산의 소득환산율'),
      evidence: 'secondary',
      note: 'Monthly rates (월 1.04 % / 4.17 % / 6.26 % / 100 %), unchanged since the 2015 reform per many secondary sources (calculators, a Ruby service). Some public prompts wrongly call them annual. 자동차: 생업용·장애인 등 감면 차량 are converted at the 일반재산 rate (secondary). Ninth pass (2026-12-06): the same four rates in a guide reviewed 2026-08-15, after the 2027 decision, citing 「국민기초생활 보장법상 재산의 소득환산율 고시」 제2조 (제2019-188호) and the 생활법령 table of 2026-07-31 (hyunjun82/jjyu-gov data/income-recognition.ts CONVERSION_RATE, file id 59421229317); no 2027 change found.',
    },
  ],
};

export const financialLivingAllowance: ParameterDef = {
  id: 'income-assessment.financial-living-allowance',
  label: { ko: '금융재산 생활준비금 공제', en: 'Living-allowance deduction from financial assets' },
  unit: 'KRW',
  periods: [
    {
      from: '2019-01-01',
      to: '2023-12-31',
      value: 5_000_000,
      citation: guide(2019),
      evidence: 'single',
      note: '500만원 per several secondary calculators and prompts (e.g. file ids 49043424467, 55111847654, 62457931051), none dated before 2024. Carried back from 2024 (see the next period); no copy dated 2019–2023 was found. Period start is a placeholder.',
    },
    {
      from: '2024-01-01',
      to: '2025-12-31',
      value: 5_000_000,
      citation: guide(2024),
      evidence: 'secondary',
      note: 'Seventh pass (2026-12-05): two independent dated pages (pages corpus) — ecoblacksmith.com/welfare/beneficiary-financial-assets/ ("기초생활수급자 금융재산 공제: 생활준비금 500만원 … 기본재산액과는 별도로, 정부는 기초수급자의 금융재산에서 500…", next to its table "2024년 기초생활수급자의 기본재산액" 9,900만/8,000만/7,700만/5,300만) and bigwallet.kr ("500만 원 이하의 예금은 생활준비금으로 인정되어 소득산정에서 제외 … 2025년 금융재산 소득 환산율: 500만 원까지 공제"), besides undated calculators and prompts that say the same (file ids 49043424467, 49024487591, 55111847654, 62457931051). No copy dated 2024 or 2025 says otherwise.',
    },
    {
      from: '2026-01-01',
      value: 5_000_000,
      citation: guide(2026),
      evidence: 'single',
      note: '500만원 carried from 2024–2025 (secondary). CONFLICT: two 2026 pages, probably of one site (file ids 59630404152, 59096092681: "금융재산은 생활준비금 600만원을 공제한 후 소득으로 환산"), say 600만원; no other copy of 600만원 and no dated report of a change was found (find_string "생활준비금 600만" → those two only; pages "2026년 기초생활수급자 금융재산 생활준비금 공제 600만원" → nothing). 600만원 is also the 긴급복지 금융재산 line, which may be where the figure came from. Kept at 500만원; check the 2026 사업안내.',
    },
  ],
};

export const leaseDepositRecognitionRate: ParameterDef = {
  id: 'income-assessment.lease-deposit-recognition-rate',
  label: { ko: '임차보증금 재산 반영 비율', en: 'Share of a lease deposit counted as property' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.95,
      citation: guide(2019),
      evidence: 'single',
      note: '"주거용 재산: 전월세 보증금 × 0.95" (one public calculator prompt; matches researcher recall that 5 % of the deposit is not counted). Not confirmed.',
    },
  ],
};

export const earnedIncomeDeduction: ParameterDef = {
  id: 'income-assessment.earned-income-deduction-rate',
  label: { ko: '근로·사업소득 공제율', en: 'Earned/business income deduction rate' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.3,
      citation: { ...ENF, article: '제5조의2 제10호·제11호' },
      evidence: 'secondary',
      note: 'Law text read (verbatim law.go.kr mirrors): 제5조의2 제10호 deducts 30 % of 근로·사업소득 for 학생·장애인·노인·18~24세 in the texts in force 2015-07-01, 2018-09-21 and 2026-01-02. 제11호 (everyone else) lets the Minister set a rate "100분의 10의 범위에서" in the 2015-07-01 and 2018-09-21 texts but "100분의 30의 범위에서" in the 2026-01-02 text; the 조 was last amended 2019.7.16, 2019.10.15 and 2019.12.24, so the ceiling rose in one of those (which one was not read). The law gives only the ceiling: the actual general rate (30 % per all 2024–2026 calculators) is set by 고시/사업안내, not read, so the rate rests on the calculators (secondary).',
    },
  ],
};

/**
 * 청년 근로·사업소득 추가(정액) 공제: per earning member up to the age limit, deducted before the 30 % rate
 * ("60만원을 공제하고, 나머지 금액에 대해 30% 추가공제"). SOURCES-2026-12.md item 1 and "Third pass".
 * Before 2025 only one copy (2022) was found; the years around it carry the same figures as `recall`, so a result
 * that rests on them says "확인 필요" instead of silently leaving the deduction out (which gave a wrong "not eligible").
 */
const CALC_2022 =
  'a public 기초생활 calculator built on the 2022 기준 중위소득 (1인 1,944,812; Django views, file id 47326461232): "24세 이하 수급(권)자"·"24세 이하 대학생" → 40만원 공제 후 30 %; "아동시설퇴소 … 5년 이내 청년" 50만원; "25세 이상 초·중·고등학생", "75세 이상 노인", "등록장애인", "북한이탈주민" 20만원; "65세 이상 74세 이하 노인" 30 % only';

export const youthFlatDeduction: ParameterDef = {
  id: 'income-assessment.youth-flat-deduction',
  label: {
    ko: '청년 근로소득 추가 공제 (정액, 1인당)',
    en: 'Flat earned-income deduction for young earners (per person)',
  },
  unit: 'KRW/month',
  periods: [
    {
      from: '2019-01-01',
      to: '2021-12-31',
      value: 400_000,
      citation: guide(2019),
      evidence: 'recall',
      note: 'RECALL: 40만원 as in the one 2022 copy (next period); no source dated 2019–2021 was found (searched 2026-12-04: "24세 이하 수급", "24세 이하 청년", "청년 근로소득 공제", pages and docs corpora). Applied rather than left out: leaving it out gave a confident "not eligible" to young earners near a line.',
    },
    {
      from: '2022-01-01',
      to: '2022-12-31',
      value: 400_000,
      citation: guide(2022),
      evidence: 'single',
      note: `One copy: ${CALC_2022}.`,
    },
    {
      from: '2023-01-01',
      to: '2024-12-31',
      value: 400_000,
      citation: guide(2023),
      evidence: 'recall',
      note: 'RECALL: the amount is 40만원 in 2022 (one copy) and in 2025 (two copies), so 2023–2024 are taken as 40만원; no source dated 2023 or 2024 was found.',
    },
    {
      from: '2025-01-01',
      value: 400_000,
      citation: guide(2025),
      evidence: 'secondary',
      note: '만 29세 이하 40만원 (2025): the "from … to" wording of two independent copies of the 2026 change (file id 69469606468, quoting 성평등가족부 「2026년 한부모가족지원사업 안내」 p. 88–90: "2026년에 40만원에서 60만원, 29세 이하에서 34세 이하로"; file id 51872402863: "대상 29세 이하 → 34세 이하 확대, 공제금 40만 → 60만원").',
    },
    {
      from: '2026-01-01',
      value: 600_000,
      citation: guide(2026),
      evidence: 'secondary',
      note: '34세 이하 60만원, then 30 % of the rest (file ids 69469606468, 51872402863, 59148891194; worked example "(100만원 − 60만원) × 70%" in id 57372299860). Issue 16 lead: 2026-01-02 news quoting the 보건복지부 announcement.',
    },
  ],
};

export const youthFlatDeductionAgeMax: ParameterDef = {
  id: 'income-assessment.youth-flat-deduction-age-max',
  label: { ko: '청년 근로소득 추가 공제 최고 연령 (만)', en: "Age limit of the young earners' flat deduction" },
  unit: 'years',
  periods: [
    {
      from: '2019-01-01',
      to: '2021-12-31',
      value: 24,
      citation: guide(2019),
      evidence: 'recall',
      note: 'RECALL: 24세 이하 as in the 2022 copy and the issue 16 recall ("24세 → 30세 미만"); no source dated 2019–2021.',
    },
    {
      from: '2022-01-01',
      to: '2022-12-31',
      value: 24,
      citation: guide(2022),
      evidence: 'single',
      note: `One copy: ${CALC_2022}.`,
    },
    {
      from: '2023-01-01',
      to: '2023-12-31',
      value: 24,
      citation: guide(2023),
      evidence: 'recall',
      note: 'RECALL: 24세 이하 carried over from 2022; no source dated 2023.',
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: 29,
      citation: guide(2024),
      evidence: 'recall',
      note: 'RECALL: issue 16 recalls the widening "24세 → 30세 미만 around 2024"; 2025 is 29세 이하 (secondary). The year of the change was NOT found. 29 rather than 24 is used so that a 25–29-year-old earner in 2024 is not told a confident "not eligible" on a figure nobody has seen; the result says the figure needs checking.',
    },
    {
      from: '2025-01-01',
      value: 29,
      citation: guide(2025),
      evidence: 'secondary',
      note: '만 29세 이하 (2025; same two copies as the amount).',
    },
    {
      from: '2026-01-01',
      value: 34,
      citation: guide(2026),
      evidence: 'secondary',
      note: '34세 이하 (2026; same copies as the amount).',
    },
  ],
};

const RELEASE_2018: Citation = {
  title: '보건복지부 보도 (국민일보 2018-07-31 「일하는 빈곤노인·장애인 생계급여 추가 지원한다」)',
  url: 'https://www.kmib.co.kr/article/view_amp.asp?arcid=0923987576',
};

/**
 * 노인·장애인 근로·사업소득 정액 공제: from 2018-08 "75세 이상 노인과 장애인의 경우 근로·사업소득에서 먼저 20만원을 공제한
 * 뒤 남은 금액에서 30%를 추가로 공제". Per earning member, like the young earners' one; a member gets the larger of the
 * two where both could apply (a young disabled earner gets the youth amount). SOURCES-2026-12.md "Third pass".
 */
export const seniorDisabledFlatDeduction: ParameterDef = {
  id: 'income-assessment.senior-disabled-flat-deduction',
  label: {
    ko: '노인·장애인 근로소득 추가 공제 (정액, 1인당)',
    en: 'Flat earned-income deduction for older and disabled earners (per person)',
  },
  unit: 'KRW/month',
  periods: [
    {
      from: '2019-01-01',
      value: 200_000,
      citation: RELEASE_2018,
      evidence: 'secondary',
      note: `In force from 2018-08 (before our data start): kmib.co.kr 2018-07-31 (worked example: 75세 이상 1인, 근로소득 40만원 → (40만 − 20만) × 0.7 = 14만원 소득평가액, 생계급여 14만원 more) and a copy of the 보건복지부 release (kr.pairsonnalites.org/2018/08/14_3, "월 근로소득이 40만원인 75세 이상 … 종전에는 30%(12만원)"). Later copies agree on 20만원: ${CALC_2022}; a 2026 calculator prompt ("노인·장애인 20만원", single). No change of the amount was seen.`,
    },
  ],
};

export const seniorFlatDeductionAgeMin: ParameterDef = {
  id: 'income-assessment.senior-flat-deduction-age-min',
  label: { ko: '노인 근로소득 추가 공제 최저 연령 (만)', en: 'Age from which older earners get the flat deduction' },
  unit: 'years',
  periods: [
    {
      from: '2019-01-01',
      value: 75,
      citation: RELEASE_2018,
      evidence: 'secondary',
      note: '75세 이상 (the 2018 release copies and the 2022 calculator, which gives 65–74세 the 30 % only). CONFLICT: a 2026 prompt says "노인" without an age, which may mean 65세 이상 from some year — NOT found; if so, 65–74-year-old earners get a lower 소득평가액 than computed here.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  basicPropertyByCityType,
  basicPropertyByRegion,
  residentialCapByCityType,
  residentialCapByRegion,
  conversionRate,
  financialLivingAllowance,
  leaseDepositRecognitionRate,
  earnedIncomeDeduction,
  youthFlatDeduction,
  youthFlatDeductionAgeMax,
  seniorDisabledFlatDeduction,
  seniorFlatDeductionAgeMin,
  ...carParameters,
  ...carExemptionParameters,
  ...groupDeductionParameters,
];
