/** 주거급여 수선유지급여 (자가가구): 보수한도, 주기, 지원율, 편의시설 추가 (see the header of parameters.ts). */
import type { ParameterDef } from '@jibsa/rules';
import { GUIDE, molitStandard } from './citations.ts';

/** 수선유지급여 보수한도 by scale: 'light' 경보수 · 'medium' 중보수 · 'major' 대보수. */
export const repairAmount: ParameterDef = {
  id: 'housing-benefit.repair.amount',
  label: { ko: '수선유지급여 보수범위별 지원한도', en: 'Home-repair benefit cap by repair scale' },
  unit: 'KRW',
  dimensions: ['repairScale'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2023-12-31',
      value: { light: 4_570_000, medium: 8_490_000, major: 12_410_000 },
      citation: molitStandard(2019),
      evidence: 'single',
      note: '457만/849만/1,241만 seen in many secondary sources incl. an old Kakao chatbot (경 3년·중 5년·대 7년); several 2026-dated public pages still quote them (file ids 61372550999, 59301772000, 58990882455), which conflicts with the 2027 FAQ below. The YEAR these amounts started and the switch year are NOT known (second pass found no dated source); 2019 start and 2023-12-31 end are placeholders.',
    },
    {
      from: '2024-01-01',
      value: { light: 5_900_000, medium: 10_950_000, major: 16_010_000 },
      citation: molitStandard(2024, '제2023-798호'),
      evidence: 'secondary',
      note: '590만/1,095만/1,601만: several 2026 secondary sources; a 2027 press-derived FAQ (file id 59194566962: "경보수 590만 원, 중보수 1,095만 원, 대보수 1,601만 원으로 2026년 수준을 유지") says these stay at the 2026 level, so they are in force in 2026 at least. Eighth pass: the same site\'s data file (hyunjun82/jjyu-gov data/median-2027.ts, file id 59428654872, REPAIR_COST "2026년 수준 유지") gives 590만/1,095만/1,601만 for 2027 too, so this open-ended period also covers 2027 (one copy for 2027). Start year 2024 is recall (brief lead), not confirmed; no dated source for 2024 or 2025 was found.',
    },
  ],
};

export const repairCycleYears: ParameterDef = {
  id: 'housing-benefit.repair.cycle-years',
  label: { ko: '수선유지급여 보수주기', en: 'Home-repair benefit cycle' },
  unit: 'years',
  dimensions: ['repairScale'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      value: { light: 3, medium: 5, major: 7 },
      citation: GUIDE(2019),
      evidence: 'secondary',
      note: '경보수 3년 · 중보수 5년 · 대보수 7년 (consistent across secondary sources).',
    },
  ],
};

/** Share of the repair cost the benefit pays, by 소득인정액 band (as a share of 기준 중위소득). */
export const repairSupportRate: ParameterDef = {
  id: 'housing-benefit.repair.support-rate',
  label: { ko: '수선유지급여 소득구간별 지원율', en: 'Home-repair benefit support rate by income band' },
  unit: 'ratio',
  informationOnly:
    'Not applied yet: the income band edges are unknown (SOURCES-housing-benefit.md), so the estimate shows the full amount.',
  dimensions: ['incomeBand'],
  beyondMax: 'error',
  periods: [
    {
      from: '2024-01-01',
      value: { livelihood_or_medical: 1.0, up_to_43pct: 0.9, up_to_48pct: 0.8 },
      citation: GUIDE(2024),
      evidence: 'recall',
      note: 'Keys: livelihood_or_medical = 소득인정액 ≤ 의료급여 선정기준 (중위 40 %) → 100 %; up_to_43pct → 90 %; up_to_48pct → 80 %. Only "본인 부담 0~20 %" was seen (one public dataset); the band edges (40/43/48 % vs the brief lead 35/43/48 %) are NOT verified and changed over the years.',
    },
  ],
};

export const repairExtraElderly: ParameterDef = {
  id: 'housing-benefit.repair.extra-elderly',
  label: { ko: '고령자 편의시설 추가 지원 한도', en: 'Extra accessibility works for elderly (65+)' },
  unit: 'KRW',
  informationOnly:
    'Not applied yet: the 편의시설 add-on depends on works the self-check does not ask about (one source only).',
  periods: [
    {
      from: '2024-01-01',
      value: 500_000,
      citation: GUIDE(2024),
      evidence: 'single',
      note: '"65세 이상 편의시설 최대 50만 원 추가" (one public dataset, 2026). Start year unknown.',
    },
  ],
};

export const repairExtraDisabled: ParameterDef = {
  id: 'housing-benefit.repair.extra-disabled',
  label: { ko: '장애인 편의시설 추가 지원 한도', en: 'Extra accessibility works for disabled persons' },
  unit: 'KRW',
  informationOnly:
    'Not applied yet: the 편의시설 add-on depends on works the self-check does not ask about (one source only).',
  periods: [
    {
      from: '2024-01-01',
      value: 3_800_000,
      citation: GUIDE(2024),
      evidence: 'single',
      note: '"장애인 편의시설 최대 380만 원 추가" (one public dataset, 2026). Start year unknown.',
    },
  ],
};

export const repairParameters: readonly ParameterDef[] = [
  repairAmount,
  repairCycleYears,
  repairSupportRate,
  repairExtraElderly,
  repairExtraDisabled,
];
