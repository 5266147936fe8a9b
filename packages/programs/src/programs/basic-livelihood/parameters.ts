/**
 * 국민기초생활보장 — 기준 중위소득 and the 생계·의료·교육급여 선정기준 rates (the published won tables, where seen, are in
 * selection-parameters.ts).
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
 *  - 2027 (eighth pass, SOURCES-2026-12-eighth-pass.md): 기준 중위소득 and the 선정기준 tables from public copies of the
 *    2026-07-28 보건복지부 press release (+6.70 %, rates unchanged); 7인 in two copies (not in the release). From 2027-01-01.
 */
import type { ParameterDef } from '@jibsa/rules';
import { ACT, MOHW_2027, moe, mohw } from './citations.ts';
import { selectionTables } from './selection-parameters.ts';

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
    {
      from: '2027-01-01',
      value: {
        '1': 2_736_042,
        '2': 4_480_645,
        '3': 5_718_091,
        '4': 6_929_885,
        '5': 8_063_019,
        '6': 9_129_201,
        '7': 10_152_665,
      },
      citation: MOHW_2027,
      evidence: 'secondary',
      note: 'Eighth pass (2026-12-06, SOURCES-2026-12-eighth-pass.md). 1–6인 agree to the won in at least five independent public repos: a regression check citing the 2026-07-28 press release and 고시 제2026-157호 (file id 70971635964); a versioned median table that says it read the 1–6인 table on the korea.kr press-release page (https://admin.korea.kr/briefing/pressReleaseView.do?newsId=156772464; file ids 62633911650 / 62839067925, one repo, which found no 7인 figure as of 2026-09-03); a guide site built on the press release (hyunjun82/jjyu-gov data/median-2027.ts, file id 59428654872, and its page 59194566962, mohw.go.kr board list_no=1491453); a benefit calculator (file ids 71216934142 / 70978956759 / 71301714445, one project); and a 2027 numbers page "최종 확인 2026.09.04" citing the 중앙생활보장위원회 decision (file id 62602037225). 4인 +6.70 % over 2026. No government page itself was opened, hence secondary. 7인 10,152,665: two of those copies — the calculator (its data file says it read the 1–7인 table on mohw.go.kr menu mid=a10708010900 on 2026-10-07, and leaves the 생계·의료·교육 7인 cells empty rather than compute them) and the 2027 numbers page (1–7인 list) — so secondary by the house rule. Caution: the release itself printed 1–6인 only, and 10,152,665 is also what 2026 7인 × 1.067 rounds to (as every 1–6인 cell here is 2026 × 1.067 rounded), so both copiers could have computed it; not checked against the 고시. 8인 이상: the program adds 7인 − 6인 (1,023,464) per extra member.',
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
      note: '32 % (many secondary sources; 2026 table in selection-parameters.ts). 2027: unchanged per the 2026-07-28 press release as copied by two independent public repos (hyunjun82/jjyu-gov data/median-2027.ts, file id 59428654872, "비율은 2026년과 동일"; a benefit calculator, file id 71216934142, "32·40·48·50% 확인"), whose 2027 won tables equal round(2027 중위 × this rate); so this period also covers 2027 (eighth pass).',
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
      note: '40 % every year 2019–2026 (secondary). Statutory floor is also 40 % (법 제12조의3제2항, verified). 2027: unchanged per the 2026-07-28 press release as copied by two independent public repos (hyunjun82/jjyu-gov data/median-2027.ts, file id 59428654872, "비율은 2026년과 동일"; a benefit calculator, file id 71216934142, "32·40·48·50% 확인"), whose 2027 won tables equal round(2027 중위 × this rate); so this period also covers 2027 (eighth pass).',
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
      note: '50 % every year 2019–2026 (secondary). Statutory floor is also 50 % (법 제12조제3항, verified). 교육급여 is 교육부 소관. 2027: unchanged per the 2026-07-28 press release as copied by two independent public repos (hyunjun82/jjyu-gov data/median-2027.ts, file id 59428654872, "비율은 2026년과 동일"; a benefit calculator, file id 71216934142, "32·40·48·50% 확인"), whose 2027 won tables equal round(2027 중위 × this rate); so this period also covers 2027 (eighth pass). The 2027 교육부 고시 (named 제2026-21호 by the calculator only) was not opened.',
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

export const parameters: readonly ParameterDef[] = [
  medianIncome,
  livelihoodRate,
  livelihoodFloor,
  medicalRate,
  medicalFloor,
  educationRate,
  educationFloor,
  nearPoorRate,
  ...selectionTables,
];
