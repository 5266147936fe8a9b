import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { alone, check, gwangjuRenter, person } from './helpers.ts';

/**
 * Young earners' flat deduction before the 30 % rate (SOURCES-2026-12.md item 1, secondary):
 * 2025 만 29세 이하 40만원; 2026 34세 이하 60만원. Earlier years: flat-deductions-history.test.ts.
 * 소득평가액 = (근로소득 − 정액공제) × 0.7, rounded to the won in 소득인정액.
 * 생계급여 1인 lines: 2024 713,102 · 2025 765,444 · 2026 820,556 (years-basic-benefits.test.ts).
 *
 * 2026 at the line: (1,772,223 − 600,000) × 0.7 = 820,556.1 → 820,556; 1 won more → 820,556.8 → 820,557.
 * 2025 at the line: (1,493,492 − 400,000) × 0.7 = 765,444.4 → 765,444; 1 won more → 765,445.1 → 765,445.
 * Issue 16's example: 30 years old, 130만원 in 2026 → (1,300,000 − 600,000) × 0.7 = 490,000 → 급여 330,556.
 */

describe('young earners: flat deduction before the 30 %', () => {
  it('2026: a 30-year-old earning 130만원 is eligible for 생계급여 (issue 16), a 35-year-old is not', () => {
    check(livelihoodBenefit, {
      name: '30세',
      date: '2026-03-01',
      household: alone(30, 1_300_000),
      expect: { status: 'eligible', amount: 330_556 },
    });
    check(livelihoodBenefit, {
      name: '35세: 910,000 > 820,556',
      date: '2026-03-01',
      household: alone(35, 1_300_000),
      expect: { status: 'ineligible' },
    });
  });

  it('2026: age 34 at the line and 1 won over', () => {
    check(livelihoodBenefit, {
      name: 'at',
      date: '2026-07-01',
      household: alone(34, 1_772_223),
      expect: { status: 'eligible', amount: 0 },
    });
    check(livelihoodBenefit, {
      name: 'over',
      date: '2026-07-01',
      household: alone(34, 1_772_224),
      expect: { status: 'ineligible' },
    });
  });

  it('2025: age 29 at the line and 1 won over; age 30 gets no deduction', () => {
    check(livelihoodBenefit, {
      name: 'at',
      date: '2025-07-01',
      household: alone(29, 1_493_492),
      expect: { status: 'eligible', amount: 0 },
    });
    check(livelihoodBenefit, {
      name: 'over',
      date: '2025-07-01',
      household: alone(29, 1_493_493),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '30세: 1,045,444 > 765,444',
      date: '2025-07-01',
      household: alone(30, 1_493_492),
      expect: { status: 'ineligible' },
    });
  });

  it('the day each age limit starts: 2024-01-01 for age 25 (recall), 2026-01-01 for age 30', () => {
    // 2023 (24세 이하, recall): 25세 gets nothing, 1,100,000 × 0.7 = 770,000 > 623,368;
    // 2024 (29세 이하, recall — issue 16 "24세 → 30세 미만 around 2024"): (1,100,000 − 400,000) × 0.7 = 490,000 → 급여 223,102.
    check(livelihoodBenefit, {
      name: '2023-12-31',
      date: '2023-12-31',
      household: alone(25, 1_100_000),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2024-01-01',
      date: '2024-01-01',
      household: alone(25, 1_100_000),
      expect: { status: 'eligible', amount: 223_102 },
    });
    // 2025: 30세 gets nothing, 910,000 > 765,444; 2026: 490,000 → 급여 330,556.
    check(livelihoodBenefit, {
      name: '2025-12-31',
      date: '2025-12-31',
      household: alone(30, 1_300_000),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2026-01-01',
      date: '2026-01-01',
      household: alone(30, 1_300_000),
      expect: { status: 'eligible', amount: 330_556 },
    });
  });

  it('an earner of unknown age is unknown where the deduction could decide; a non-earner needs no age', () => {
    const unknownAge = gwangjuRenter([{ ...person('head', 0, { earned: 1_300_000 }), age: undefined }]);
    check(livelihoodBenefit, {
      name: 'earner, age unknown',
      date: '2026-03-01',
      household: unknownAge,
      expect: { status: 'unknown', missing: ['members[0].age'] },
    });
    const child = { ...person('child', 0), age: undefined };
    check(livelihoodBenefit, {
      name: 'child with no earnings, age unknown',
      date: '2026-03-01',
      household: gwangjuRenter([person('head', 40, { pension: 500_000 }), child]),
      expect: { status: 'eligible' },
    });
  });
});
