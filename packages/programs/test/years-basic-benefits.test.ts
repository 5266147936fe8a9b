import { describe, it } from 'vitest';
import { educationBenefit, livelihoodBenefit, medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { repairBenefit } from '../src/programs/housing-benefit/repair-benefit.ts';
import { check, checkLine, gwangjuRenter, person, without } from './helpers.ts';

/**
 * Every year 2019–2027, at each line and 1 won over: 생계·의료·교육급여 and 주거급여 수선유지급여.
 * 선정기준 = round(기준 중위소득 × rate), the rounding the published 2026 tables show
 * (published-lines.test.ts). Rates: 생계 30 % (2019–2023), 32 % (2024–); 의료 40 %; 교육 50 %;
 * 주거 44 / 45 / 45 / 46 / 47 / 48 / 48 / 48 / 48 %.
 *
 * 기준 중위소득 1인 · 2인 and the lines worked out from them:
 *   year  1인 중위   2인 중위   | 1인 생계 · 의료 · 주거      | 2인 교육
 *   2019  1,707,008  2,906,528 | 512,102 · 682,803 · 751,084 | 1,453,264
 *   2020  1,757,194  2,991,980 | 527,158 · 702,878 · 790,737 | 1,495,990
 *   2021  1,827,831  3,088,079 | 548,349 · 731,132 · 822,524 | 1,544,039.5 → 1,544,040
 *   2022  1,944,812  3,260,085 | 583,444 · 777,925 · 894,614 | 1,630,042.5 → 1,630,043
 *   2023  2,077,892  3,456,155 | 623,368 · 831,157 · 976,609 | 1,728,077.5 → 1,728,078
 *   2024  2,228,445  3,682,609 | 713,102 · 891,378 · 1,069,654 | 1,841,304.5 → 1,841,305
 *   2025  2,392,013  3,932,658 | 765,444 · 956,805 · 1,148,166 | 1,966,329
 *   2026  2,564,238  4,199,292 | 820,556 · 1,025,695 · 1,230,834 | 2,099,646
 *   2027  2,736,042  4,480,645 | 875,533 · 1,094,417 · 1,313,300 | 2,240,322.5 → 2,240,323
 * (e.g. 2020 주거 1,757,194 × 0.45 = 790,737.3 → 790,737; 2023 생계 2,077,892 × 0.30 = 623,367.6 → 623,368.)
 *
 * Households: a 60-year-old renting in Gwangju with only a public pension (counted in full), a
 * 10,000,000원 deposit (× 0.95 is below every year's 기본재산액), nothing else. The owner for
 * 수선유지급여 has a 50,000,000원 home, below the 광역시 기본재산액 in every year (5,400만원 in 2019–21),
 * so 소득인정액 = pension. The 2인 education household is a parent with a 10-year-old child.
 */
const YEARS = [
  { year: 2019, livelihood: 512_102, medical: 682_803, housing: 751_084, education2: 1_453_264 },
  { year: 2020, livelihood: 527_158, medical: 702_878, housing: 790_737, education2: 1_495_990 },
  { year: 2021, livelihood: 548_349, medical: 731_132, housing: 822_524, education2: 1_544_040 },
  { year: 2022, livelihood: 583_444, medical: 777_925, housing: 894_614, education2: 1_630_043 },
  { year: 2023, livelihood: 623_368, medical: 831_157, housing: 976_609, education2: 1_728_078 },
  { year: 2024, livelihood: 713_102, medical: 891_378, housing: 1_069_654, education2: 1_841_305 },
  { year: 2025, livelihood: 765_444, medical: 956_805, housing: 1_148_166, education2: 1_966_329 },
  { year: 2026, livelihood: 820_556, medical: 1_025_695, housing: 1_230_834, education2: 2_099_646 },
  { year: 2027, livelihood: 875_533, medical: 1_094_417, housing: 1_313_300, education2: 2_240_323 },
];

const renter = (pension: number) => gwangjuRenter([person('head', 60, { pension })]);
const owner = (pension: number) =>
  gwangjuRenter([person('head', 72, { pension })], {
    tenure: 'owner',
    residentialProperty: 50_000_000,
    deposit: 0,
    monthlyRent: 0,
  });
const parentAndChild = (income: number) => gwangjuRenter([person('head', 40, { other: income }), person('child', 10)]);

describe.each(YEARS)('$year: 생계·의료·교육·수선유지 at the line and 1 won over', (y) => {
  const date = `${y.year}-07-01`;
  it(`생계 1인 ${y.livelihood}: 급여 0원 at the line, not eligible 1 won over`, () => {
    checkLine(livelihoodBenefit, date, y.livelihood, renter, 0);
    check(livelihoodBenefit, {
      name: 'typical',
      date,
      household: renter(300_000),
      expect: { status: 'eligible', amount: y.livelihood - 300_000 },
    });
  });
  it(`의료 1인 ${y.medical}`, () => {
    checkLine(medicalBenefit, date, y.medical, renter);
  });
  it(`교육 2인 (10세 자녀) ${y.education2}`, () => {
    checkLine(educationBenefit, date, y.education2, parentAndChild);
  });
  it(`수선유지 자가 1인 ${y.housing}; 점유 형태를 모르면 판단 불가`, () => {
    checkLine(repairBenefit, date, y.housing, owner);
    check(repairBenefit, {
      name: 'unknown tenure',
      date,
      household: without(owner(y.housing), 'tenure'),
      expect: { status: 'unknown', missing: ['tenure'] },
    });
  });
});
