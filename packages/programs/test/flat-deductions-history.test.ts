import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { check, gwangjuRenter, person } from './helpers.ts';

/**
 * Flat deductions before the 30 % rate, year by year (SOURCES-2026-12.md item 1 and "Third pass"):
 *  - young earners: 24세 이하 40만원 2019–2023 (2022 one copy, the other years recall), 29세 이하 40만원 2024 (recall:
 *    issue 16 "24세 → 30세 미만 around 2024") and 2025 (secondary), 34세 이하 60만원 2026 (secondary);
 *  - 75세 이상 노인 and 등록장애인: 20만원 from 2018-08 (secondary: kmib.co.kr 2018-07-31 and a copy of the
 *    보건복지부 release, whose worked example is (40만 − 20만) × 0.7 = 14만; the 2022 calculator agrees).
 * 소득평가액 = (근로소득 − 정액공제) × 0.7, rounded to the won. 생계급여 1인 lines (years-basic-benefits.test.ts):
 * 2019 512,102 · 2020 527,158 · 2021 548,349 · 2022 583,444 · 2023 623,368 · 2024 713,102 · 2025 765,444 · 2026 820,556.
 *
 * `at` is the most one can earn and still be within the line (급여 0원): (at − flat) × 0.7 rounds to the line, and
 * one won more rounds above it. In 2019 one won more lands on a half won ((1,131,575 − 400,000) × 0.7 = 512,102.5),
 * so the case over the line there is two won over.
 */
interface Year {
  readonly year: number;
  readonly youthMax: number;
  readonly youthAt: number;
  readonly seniorAt: number;
  readonly over: number;
}
const YEARS: readonly Year[] = [
  // (1,131,574 − 400,000) × 0.7 = 512,101.8; (931,574 − 200,000) × 0.7 = 512,101.8; +2 → 512,103.2
  { year: 2019, youthMax: 24, youthAt: 1_131_574, seniorAt: 931_574, over: 2 },
  // (1,153,083 − 400,000) × 0.7 = 527,158.1; +1 → 527,158.8
  { year: 2020, youthMax: 24, youthAt: 1_153_083, seniorAt: 953_083, over: 1 },
  // (1,183,356 − 400,000) × 0.7 = 548,349.2; +1 → 548,349.9
  { year: 2021, youthMax: 24, youthAt: 1_183_356, seniorAt: 983_356, over: 1 },
  // (1,233,492 − 400,000) × 0.7 = 583,444.4; +1 → 583,445.1
  { year: 2022, youthMax: 24, youthAt: 1_233_492, seniorAt: 1_033_492, over: 1 },
  // (1,290,526 − 400,000) × 0.7 = 623,368.2; +1 → 623,368.9
  { year: 2023, youthMax: 24, youthAt: 1_290_526, seniorAt: 1_090_526, over: 1 },
  // (1,418,717 − 400,000) × 0.7 = 713,101.9; +1 → 713,102.6
  { year: 2024, youthMax: 29, youthAt: 1_418_717, seniorAt: 1_218_717, over: 1 },
  // (1,293,492 − 200,000) × 0.7 = 765,444.4 (youth 2025: youth-deduction.test.ts)
  { year: 2025, youthMax: 29, youthAt: 1_493_492, seniorAt: 1_293_492, over: 1 },
  // (1,372,223 − 200,000) × 0.7 = 820,556.1 (youth 2026: youth-deduction.test.ts)
  { year: 2026, youthMax: 34, youthAt: 1_772_223, seniorAt: 1_372_223, over: 1 },
];

/** `disabled` undefined = not answered (no default: a default would fill it in). */
const earner = (age: number, earned: number, disabled?: boolean) =>
  gwangjuRenter([{ ...person('head', age, { earned }), disabled }]);

describe.each(YEARS.filter((y) => y.year <= 2024))(
  'young earners in $year (24세 이하 40만원, 2024: 29세 이하)',
  (y) => {
    const date = `${y.year}-07-01`;
    it(`age ${y.youthMax}: ${y.youthAt}원 at the line, ${y.over}원 more over it; age ${y.youthMax + 1} over`, () => {
      check(livelihoodBenefit, {
        name: 'at',
        date,
        household: earner(y.youthMax, y.youthAt, false),
        expect: { status: 'eligible', amount: 0 },
      });
      check(livelihoodBenefit, {
        name: 'over',
        date,
        household: earner(y.youthMax, y.youthAt + y.over, false),
        expect: { status: 'ineligible' },
      });
      // One year older: no deduction, youthAt × 0.7 is far over the line.
      check(livelihoodBenefit, {
        name: 'one year older',
        date,
        household: earner(y.youthMax + 1, y.youthAt, false),
        expect: { status: 'ineligible' },
      });
    });
  },
);

describe.each(YEARS)('75세 이상 and disabled earners in $year (20만원 before the 30 %, kmib 2018-07-31)', (y) => {
  const date = `${y.year}-07-01`;
  it(`age 75: ${y.seniorAt}원 at the line, ${y.over}원 more over it; age 74 over`, () => {
    check(livelihoodBenefit, {
      name: '75 at',
      date,
      household: earner(75, y.seniorAt, false),
      expect: { status: 'eligible', amount: 0 },
    });
    check(livelihoodBenefit, {
      name: '75 over',
      date,
      household: earner(75, y.seniorAt + y.over, false),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '74 (65–74세: 30 % only, 2022 calculator)',
      date,
      household: earner(74, y.seniorAt, false),
      expect: { status: 'ineligible' },
    });
  });

  it(`a disabled earner of 50: ${y.seniorAt}원 at the line, ${y.over}원 more over it; not disabled over; unknown asked`, () => {
    check(livelihoodBenefit, {
      name: 'disabled at',
      date,
      household: earner(50, y.seniorAt, true),
      expect: { status: 'eligible', amount: 0 },
    });
    check(livelihoodBenefit, {
      name: 'disabled over',
      date,
      household: earner(50, y.seniorAt + y.over, true),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: 'not disabled',
      date,
      household: earner(50, y.seniorAt, false),
      expect: { status: 'ineligible' },
    });
    // Whether the earner is disabled decides: unknown, and that is the one question.
    check(livelihoodBenefit, {
      name: 'disability unknown',
      date,
      household: earner(50, y.seniorAt, undefined),
      expect: { status: 'unknown', missing: ['members[0].disabled'] },
    });
  });
});

describe('a missing disability is asked only when it could decide', () => {
  it('far under or far over the line whatever the deduction, no question', () => {
    // 2022: 500,000 × 0.7 = 350,000 ≤ 583,444 even with no deduction.
    check(livelihoodBenefit, {
      name: 'far under',
      date: '2022-07-01',
      household: earner(50, 500_000, undefined),
      expect: { status: 'eligible' },
    });
    // 2022: even with the largest deduction, (2,000,000 − 400,000) × 0.7 = 1,120,000 > 583,444.
    check(livelihoodBenefit, {
      name: 'far over',
      date: '2022-07-01',
      household: earner(50, 2_000_000, undefined),
      expect: { status: 'ineligible' },
    });
  });

  it('an earner of 80 needs no disability answer (the age already gives the deduction)', () => {
    check(livelihoodBenefit, {
      name: '80, disability unknown',
      date: '2022-07-01',
      household: earner(80, 1_033_492, undefined),
      expect: { status: 'eligible', amount: 0 },
    });
  });
});
