import { describe, it } from 'vitest';
import { medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { checkLine, family, gwangjuRenter } from './helpers.ts';

/**
 * 7인 기준 중위소득 2021 = 7,497,198 and 2023 = 8,107,515 (single: one public table, file id 51906283110, and the
 * issue 16 lead; SOURCES-2026-12.md item 9). 의료급여 7인 lines: 2021 7,497,198 × 0.40 = 2,998,879.2 → 2,998,879;
 * 2023 8,107,515 × 0.40 = 3,243,006. A 60-year-old head with a public pension (counted in full), 6 others.
 */
describe.each([
  { year: 2021, line: 2_998_879 },
  { year: 2023, line: 3_243_006 },
])('$year 7인 의료급여', ({ year, line }) => {
  const seven = (pension: number) => gwangjuRenter(family(7, 60, { pension }));
  it(`at ${line} eligible, 1 won over not`, () => {
    checkLine(medicalBenefit, `${year}-07-01`, line, seven);
  });
});
