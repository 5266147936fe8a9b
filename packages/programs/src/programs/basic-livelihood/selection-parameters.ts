/**
 * 생계·의료·교육급여 선정기준 — the published won tables, kept to check the computed lines (see parameters.ts header:
 * round-half-up of 기준 중위소득 × rate; 8인 이상 is program logic).
 */
import type { ParameterDef } from '@jibsa/rules';
import { MOHW_2027, moe, mohw } from './citations.ts';

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
    {
      from: '2027-01-01',
      value: { '1': 875_533, '2': 1_433_806, '3': 1_829_789, '4': 2_217_563, '5': 2_580_166, '6': 2_921_344 },
      citation: MOHW_2027,
      evidence: 'secondary',
      note: 'Eighth pass (2026-12-06): 1–6인 seen in two independent public repos that copy the 2026-07-28 press release table — hyunjun82/jjyu-gov data/median-2027.ts (file id 59428654872, BENEFIT_STANDARD y27) and a benefit calculator (file ids 71216934142 / 70978956759, RAW_2027); 1인 875,533 and 4인 2,217,563 also in a third repo (file id 70971635964). Each equals round(2027 중위 × 0.32) (test/figures-2027.test.ts). 7인 not seen (the calculator leaves it empty); 8인 이상 is program logic.',
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
    {
      from: '2027-01-01',
      value: { '1': 1_094_417, '2': 1_792_258, '3': 2_287_236, '4': 2_771_954, '5': 3_225_208, '6': 3_651_680 },
      citation: MOHW_2027,
      evidence: 'secondary',
      note: 'Eighth pass (2026-12-06): 1–6인 seen in two independent public repos that copy the 2026-07-28 press release table — hyunjun82/jjyu-gov data/median-2027.ts (file id 59428654872, BENEFIT_STANDARD y27) and a benefit calculator (file ids 71216934142 / 70978956759, RAW_2027). Each equals round(2027 중위 × 0.40) (test/figures-2027.test.ts). 7인 not seen.',
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
    {
      from: '2027-01-01',
      value: { '1': 1_368_021, '2': 2_240_323, '3': 2_859_046, '4': 3_464_943, '5': 4_031_510, '6': 4_564_601 },
      citation: MOHW_2027,
      evidence: 'secondary',
      note: "Eighth pass (2026-12-06): 1–6인 seen in two independent public repos that copy the 2026-07-28 press release table — hyunjun82/jjyu-gov data/median-2027.ts (file id 59428654872, BENEFIT_STANDARD y27) and a benefit calculator (file ids 71216934142 / 70978956759, RAW_2027); 4인 3,464,943 also in the calculator's page text (file id 71301714445, same project). Each equals round(2027 중위 × 0.50), e.g. 1인 1,368,15 = 2,736,30 × 0.5 exactly. The 교육부 고시 itself (named 제2026-21호 by the calculator only) was not opened; cited here through the 보건복지부 release that printed the table. 7인 not seen.",
    },
  ],
};

export const selectionTables: readonly ParameterDef[] = [livelihoodThreshold, medicalThreshold, educationThreshold];
