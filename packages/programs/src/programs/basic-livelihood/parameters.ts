/**
 * 국민기초생활보장 — 기준 중위소득 and the 생계·의료·교육급여 선정기준 (rates and, where seen, exact won tables).
 * The 주거급여 rate lives in ../housing-benefit/parameters.ts (id 'housing-benefit.selection-rate').
 *
 * Research status (2026-11, see ../../SOURCES-housing-benefit.md):
 *  - The statutory FLOORS (생계 ≥30 %, 의료 ≥40 %, 교육 ≥50 %) were read in the text of 「국민기초생활 보장법」
 *    (law.go.kr text, 시행 2025-10-01, via a verbatim public mirror) → evidence: 'official'.
 *  - No 보건복지부 고시 text could be opened with the search tool (live web unreachable). Every yearly figure below
 *    was seen only in secondary material (public calculators / apps that copy the 고시 tables) or is the researcher's
 *    recall; all such periods are verified: false and say what was seen.
 *  - Rounding: every 2026 선정기준 figure seen (생계·의료 1–7인, 주거·교육 1–6인; 26 cells) equals round-half-up(중위 × rate) to the
 *    won; floor() would give different numbers (e.g. 생계 3인 1,714,891 vs the published 1,714,892). The engine should
 *    prefer the explicit tables where present and otherwise use Math.round(median × rate).
 *  - 8인 이상 (고시 rule, seen secondary for 2025–2027): each extra member adds (7인 − 6인) to the 7인 figure, for the
 *    median and for each 선정기준. 2026: +959,198 (중위), +306,943 (생계). Program logic, not encoded here.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const ACT: Citation = {
  title: '국민기초생활 보장법 (법률 제21065호, 시행 2025-10-01)',
  url: 'https://www.law.go.kr/법령/국민기초생활보장법',
};

const mohw = (year: number, number?: string): Citation => ({
  title: `보건복지부 고시 ${number ?? '(고시번호 미확인)'} 「${year}년 기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준」`,
  url:
    year === 2026
      ? 'https://www.law.go.kr/admRulInfoP.do?admRulSeq=2100000262584'
      : 'https://www.mohw.go.kr/menu.es?mid=a10708010900',
  article: '기준 중위소득 표 / 급여별 선정기준 표 (가구규모 1~7인, 8인 이상 가산)',
});

const moe = (year: number): Citation => ({
  title: `교육부 고시 「${year}년 교육급여 선정기준 및 최저보장수준」 (고시번호 미확인)`,
  url: 'https://www.moe.go.kr',
});

/** Household sizes '1'..'7' (7 where seen). 8인 이상 is a program rule (see header). */
export const medianIncome: ParameterDef = {
  id: 'basic-livelihood.median-income',
  label: { ko: '기준 중위소득 (월)', en: 'Standard median income (monthly)' },
  unit: 'KRW/month',
  dimensions: ['householdSize'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      value: {
        '1': 1_707_008,
        '2': 2_906_528,
        '3': 3_760_032,
        '4': 4_613_536,
        '5': 5_467_040,
        '6': 6_320_544,
        '7': 7_174_048,
      },
      citation: mohw(2019),
      evidence: 'single',
      note: 'All 7 values seen together in a public R script (mid_income_2019). Matches researcher recall. 고시 text not opened.',
    },
    {
      from: '2020-01-01',
      value: { '1': 1_757_194, '2': 2_991_980, '3': 3_870_577, '4': 4_749_174, '5': 5_627_771, '6': 6_506_368 },
      citation: mohw(2020),
      evidence: 'single',
      cellEvidence: { '1': 'secondary', '4': 'secondary' },
      note: 'Fifth pass (2026-12-05): all six cells seen in a public blog post of 2021-02-11 with 70 % and 150 % columns ("2020년 중위소득 (단위: 원)", minuet80/minuet80.github.com _posts/2021-02-11-oneDayOneCommonSense-playlist1.md, file id 3637462650). Its 100 % 5인 cell prints 5,627,711, but its 70 % (3,939,440) and 150 % (8,441,657) cells are 5,627,771 × 0.7 and × 1.5 rounded, and 5,627,771 is the 878,597 step from 4인 — so 5,627,771 is kept and the 100 % cell read as a typo. 1인 also in a public Java test and 4인 in a public Korean text glossary ("2020년 4인 가구의 기준 중위소득은 4,749,174원", file id 66492463295): those two cells have two copies. 7인 not found (searched again in the fifth pass) → omitted. Sixth pass: not found again — find_string "6,506,368" and "6506368" (the 6인 cell, to reach tables that go on to 7인), "2020년 7인", "7,384,965"/"7384965" (6인 + the 5→6인 step, searched only to find a table, never encoded) and the 45 %/40 % cells that step would give ("3,323,234", "2,953,986"); pages "2020년 기준중위소득 7인 가구 보건복지부 고시": noise only. 고시 not opened.',
    },
    {
      from: '2021-01-01',
      value: {
        '1': 1_827_831,
        '2': 3_088_079,
        '3': 3_983_950,
        '4': 4_876_290,
        '5': 5_757_373,
        '6': 6_628_603,
        '7': 7_497_198,
      },
      citation: mohw(2021),
      evidence: 'secondary',
      cellEvidence: { '7': 'single' },
      note: '1–6인 seen in a public welfare-site HTML table "[2021년 가구 규모별 기준중위소득 표]" (source line: 보건복지부 기초생활보장과) and, fifth pass, in a public blog post of 2021-02-11 with 70 % and 150 % columns that agree to the won (file id 3637462650, see 2020). 7인 7,497,198: one public Python table "보건복지부 연도별 기준중위소득(월, 원) - 1~7인 가구" (file id 51906283110, its 1–6인 match ours; a careless copy: its 2026 3·4인 are wrong) and the issue 16 lead (public tables citing 보건복지부). SOURCES-2026-12.md item 9. Sixth pass: no second copy of 7인 (find_string "3,748,599", its 50 % cell: noise).',
    },
    {
      from: '2022-01-01',
      value: {
        '1': 1_944_812,
        '2': 3_260_085,
        '3': 4_194_701,
        '4': 5_121_080,
        '5': 6_024_515,
        '6': 6_907_004,
        '7': 7_780_592,
      },
      citation: mohw(2022),
      evidence: 'secondary',
      note: '1–8인 seen in two public Django views (8인 8,654,180 = 7인 + (7인−6인), consistent with the 8인 이상 rule).',
    },
    {
      from: '2023-01-01',
      value: {
        '1': 2_077_892,
        '2': 3_456_155,
        '3': 4_434_816,
        '4': 5_400_964,
        '5': 6_330_688,
        '6': 7_227_981,
        '7': 8_107_515,
      },
      citation: mohw(2023),
      evidence: 'secondary',
      cellEvidence: { '7': 'single' },
      note: '1–6인 seen in several public calculators. 7인 8,107,515: one public Python table (file id 51906283110, see 2021) and the issue 16 lead; the earlier recall 8,107,040 was wrong. SOURCES-2026-12.md item 9.',
    },
    {
      from: '2024-01-01',
      value: {
        '1': 2_228_445,
        '2': 3_682_609,
        '3': 4_714_657,
        '4': 5_729_913,
        '5': 6_695_735,
        '6': 7_618_369,
        '7': 8_514_994,
      },
      citation: mohw(2024),
      evidence: 'secondary',
      note: '1–6인 seen in many public calculators; 7인 8,514,994 seen in one public Express server and, fifth pass, on a public blog page (https://99.9obliss.com/entry/2023-기준-중위소득표, pages corpus) whose 1–7인 column is this table to the won — it is titled "2023년" and applies the 2023 rates (30 %, 47 %) to it, a mislabel, but the 7인 cell is the same 8,514,994 next to this 1–6인. (One calculator has a typo 5,729,613 for 4인; the majority value is used.)',
    },
    {
      from: '2025-01-01',
      value: {
        '1': 2_392_013,
        '2': 3_932_658,
        '3': 5_025_353,
        '4': 6_097_773,
        '5': 7_108_192,
        '6': 8_064_805,
        '7': 8_988_428,
      },
      citation: mohw(2025),
      evidence: 'secondary',
      cellEvidence: { '1': 'single', '7': 'single' },
      note: '2–6인 also shown on an official 여성가족부 page (mogef.go.kr/sp/fam/sp_fam_f016.do, "2025년 중위소득" column), which corroborates but is not the 고시. 1인 and 7인 seen only in public code (a Streamlit app).',
    },
    {
      from: '2026-01-01',
      value: {
        '1': 2_564_238,
        '2': 4_199_292,
        '3': 5_359_036,
        '4': 6_494_738,
        '5': 7_556_719,
        '6': 8_555_952,
        '7': 9_515_150,
      },
      citation: mohw(2026, '제2025-135호'),
      evidence: 'secondary',
      note: 'Seen in many public apps citing 보건복지부 고시 제2025-135호 (2025-08-01 발령), incl. press coverage (4인 6,494,738, +6.51 %). 8인 이상: +959,198 per extra member (= 7인 − 6인; also quoted as the 고시 가산액 by one app).',
    },
  ],
};

/** 생계급여 선정기준 as a fraction of 기준 중위소득 (also the 생계급여 최저보장수준: 급여 = 선정기준 − 소득인정액). */
export const livelihoodRate: ParameterDef = {
  id: 'basic-livelihood.selection-rate.livelihood',
  label: { ko: '생계급여 선정기준 (기준 중위소득 대비)', en: 'Livelihood benefit threshold (share of median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.3,
      citation: mohw(2019),
      evidence: 'secondary',
      note: '30 % through 2023 (widely reported; a 2021 welfare table labels the 30 % row). 고시 not opened.',
    },
    {
      from: '2024-01-01',
      value: 0.32,
      citation: mohw(2024),
      evidence: 'secondary',
      note: '32 % from 2024 (secondary: "1인 월 최대 713,102원(2024년)" = 2,228,445 × 0.32).',
    },
    {
      from: '2026-01-01',
      value: 0.32,
      citation: mohw(2026, '제2025-135호'),
      evidence: 'secondary',
      note: '32 % (many secondary sources; 2026 table below).',
    },
  ],
};

export const livelihoodFloor: ParameterDef = {
  id: 'basic-livelihood.selection-rate-floor.livelihood',
  label: { ko: '생계급여 선정기준 법정 하한', en: 'Statutory floor of the livelihood threshold' },
  unit: 'ratio',
  informationOnly:
    'Statutory floor under the yearly rate; the rule reads the yearly rate, the floor documents its lower bound.',
  periods: [
    {
      from: '2015-07-01',
      value: 0.3,
      citation: { ...ACT, article: '제8조제2항 후단' },
      evidence: 'official',
      note: '"생계급여 선정기준은 기준 중위소득의 100분의 30 이상으로 한다" (신설 2014.12.30, 시행 2015-07-01). Read in the 2025-10-01 law text.',
    },
  ],
};

export const medicalRate: ParameterDef = {
  id: 'basic-livelihood.selection-rate.medical',
  label: { ko: '의료급여 선정기준 (기준 중위소득 대비)', en: 'Medical aid threshold (share of median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.4,
      citation: mohw(2019),
      evidence: 'secondary',
      note: '40 % every year 2019–2026 (secondary). Statutory floor is also 40 % (법 제12조의3제2항, verified).',
    },
  ],
};

export const educationRate: ParameterDef = {
  id: 'basic-livelihood.selection-rate.education',
  label: { ko: '교육급여 선정기준 (기준 중위소득 대비)', en: 'Education benefit threshold (share of median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2019-01-01',
      value: 0.5,
      citation: moe(2019),
      evidence: 'secondary',
      note: '50 % every year 2019–2026 (secondary). Statutory floor is also 50 % (법 제12조제3항, verified). 교육급여 is 교육부 소관.',
    },
  ],
};

export const medicalFloor: ParameterDef = {
  id: 'basic-livelihood.selection-rate-floor.medical',
  label: { ko: '의료급여 선정기준 법정 하한', en: 'Statutory floor of the medical aid threshold' },
  unit: 'ratio',
  informationOnly:
    'Statutory floor under the yearly rate; the rule reads the yearly rate, the floor documents its lower bound.',
  periods: [
    {
      from: '2015-07-01',
      value: 0.4,
      citation: { ...ACT, article: '제12조의3제2항 후단' },
      evidence: 'official',
      note: '"의료급여 선정기준은 기준 중위소득의 100분의 40 이상으로 한다".',
    },
  ],
};

export const educationFloor: ParameterDef = {
  id: 'basic-livelihood.selection-rate-floor.education',
  label: { ko: '교육급여 선정기준 법정 하한', en: 'Statutory floor of the education benefit threshold' },
  unit: 'ratio',
  informationOnly:
    'Statutory floor under the yearly rate; the rule reads the yearly rate, the floor documents its lower bound.',
  periods: [
    {
      from: '2015-07-01',
      value: 0.5,
      citation: { ...ACT, article: '제12조제3항 후단' },
      evidence: 'official',
      note: '"교육급여 선정기준은 기준 중위소득의 100분의 50 이상으로 한다".',
    },
  ],
};

export const nearPoorRate: ParameterDef = {
  id: 'basic-livelihood.near-poor-rate',
  label: { ko: '차상위계층 기준 (기준 중위소득 대비)', en: 'Near-poor line (share of median income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2015-07-01',
      value: 0.5,
      citation: {
        title: '국민기초생활 보장법 시행령 (대통령령 제29180호, 시행 2018-09-21)',
        url: 'https://www.law.go.kr/법령/국민기초생활보장법시행령',
        article: '제3조',
      },
      evidence: 'official',
      note: '"소득인정액이 기준 중위소득의 100분의 50 이하인 사람". Read in the 2018-09-21 text; later amendments of this article not checked.',
    },
  ],
};

/**
 * Exact won tables, only where a complete published table was seen. Years without a table: compute
 * Math.round(median × rate) (see header) — flagged unverified by the rate parameter itself.
 */
export const livelihoodThreshold: ParameterDef = {
  id: 'basic-livelihood.selection-threshold.livelihood',
  label: { ko: '생계급여 선정기준액 (= 최대 급여액)', en: 'Livelihood benefit threshold amount (= maximum benefit)' },
  unit: 'KRW/month',
  informationOnly:
    'The published 선정기준 table; rules compute the line from 기준 중위소득 × rate, and tests compare it with this table.',
  dimensions: ['householdSize'],
  beyondMax: 'error',
  periods: [
    {
      from: '2026-01-01',
      value: {
        '1': 820_556,
        '2': 1_343_773,
        '3': 1_714_892,
        '4': 2_078_316,
        '5': 2_418_150,
        '6': 2_737_905,
        '7': 3_044_848,
      },
      citation: mohw(2026, '제2025-135호'),
      evidence: 'secondary',
      note: 'Seen in two independent public repos citing 고시 제2025-135호; equals round(중위 × 0.32). 8인 이상 +306,943 per member.',
    },
  ],
};

export const medicalThreshold: ParameterDef = {
  id: 'basic-livelihood.selection-threshold.medical',
  label: { ko: '의료급여 선정기준액', en: 'Medical aid threshold amount' },
  unit: 'KRW/month',
  informationOnly:
    'The published 선정기준 table; rules compute the line from 기준 중위소득 × rate, and tests compare it with this table.',
  dimensions: ['householdSize'],
  beyondMax: 'error',
  periods: [
    {
      from: '2026-01-01',
      value: {
        '1': 1_025_695,
        '2': 1_679_717,
        '3': 2_143_614,
        '4': 2_597_895,
        '5': 3_022_688,
        '6': 3_422_381,
        '7': 3_806_060,
      },
      citation: mohw(2026, '제2025-135호'),
      evidence: 'secondary',
      note: 'Seen in public repos citing 고시 제2025-135호; equals round(중위 × 0.40).',
    },
  ],
};

export const educationThreshold: ParameterDef = {
  id: 'basic-livelihood.selection-threshold.education',
  label: { ko: '교육급여 선정기준액', en: 'Education benefit threshold amount' },
  unit: 'KRW/month',
  informationOnly:
    'The published 선정기준 table; rules compute the line from 기준 중위소득 × rate, and tests compare it with this table.',
  dimensions: ['householdSize'],
  beyondMax: 'error',
  periods: [
    {
      from: '2026-01-01',
      value: {
        '1': 1_282_119,
        '2': 2_099_646,
        '3': 2_679_518,
        '4': 3_247_369,
        '5': 3_778_360,
        '6': 4_277_976,
        '7': 4_757_575,
      },
      citation: moe(2026),
      evidence: 'secondary',
      cellEvidence: { '7': 'single' },
      note: '1–6인 seen in one public repo; equals round(중위 × 0.50) (5인: 3,778,359.5 → 3,778,360, i.e. half rounds up). Fifth pass (2026-12-05): 1–6인 also in a public Ruby service citing 보건복지부 (file ids 56168873389 / 51973752185) and public TSX guide pages "보건복지부 2026년 고시 기준" (1–5인); 1–7인 as "기준중위소득 50% (햇살하우징)" on a city government page, 부천시 (https://bucheon.go.kr/site/homepage/menu/viewMenu?menuid=148006005023005, 최종수정일 2026-01-26; its 70 % row 1,794,967 … 6,660,605 is the 2026 중위 × 0.7) — a city program\'s line, not the 교육부 고시, so it counts as a copy. 7인 4,757,575 = 9,515,150 × 0.5 is seen there only.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  medianIncome,
  livelihoodRate,
  livelihoodFloor,
  medicalRate,
  medicalFloor,
  educationRate,
  educationFloor,
  nearPoorRate,
  livelihoodThreshold,
  medicalThreshold,
  educationThreshold,
];
