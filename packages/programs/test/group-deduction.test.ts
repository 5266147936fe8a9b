import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { check, gwangjuRenter, person } from './helpers.ts';

/**
 * The deduction groups of `earnerGroup` (income-assessment.group-flat-deduction and …vocational-rehab-deduction-rate;
 * one copy, a public calculator with the 2022 기준 중위소득, file id 47326461232: 2022 `single`, the other years
 * `recall`): 25세 이상 초·중·고등학생 and 북한이탈주민 20만원, 자립준비청년 50만원, then 30 % of the rest; 직업재활
 * 참여자 20만원 then 50 %.
 * 생계급여 1인 lines (years-basic-benefits.test.ts): 2019 512,102 · 2020 527,158 · 2021 548,349 · 2022 583,444 ·
 * 2023 623,368 · 2024 713,102 · 2025 765,444 · 2026 820,556. `flat20At` is the most a 20만원 group member can earn
 * within the line (flat-deductions-history.test.ts: (at − 200,000) × 0.7 rounds to the line); a 자립준비청년 can
 * earn 300,000 more ((at + 300,000 − 500,000) × 0.7 is the same figure); a 직업재활 participant exactly
 * 200,000 + 2 × line ((that − 200,000) × 0.5 = the line), and one won more is half a won over, rounded up.
 * The earner is 45 (no young earners' or 75세 이상 deduction) and not registered disabled.
 */
const YEARS = [
  { year: 2019, line: 512_102, flat20At: 931_574, over: 2 },
  { year: 2020, line: 527_158, flat20At: 953_083, over: 1 },
  { year: 2021, line: 548_349, flat20At: 983_356, over: 1 },
  { year: 2022, line: 583_444, flat20At: 1_033_492, over: 1 },
  { year: 2023, line: 623_368, flat20At: 1_090_526, over: 1 },
  { year: 2024, line: 713_102, flat20At: 1_218_717, over: 1 },
  { year: 2025, line: 765_444, flat20At: 1_293_492, over: 1 },
  { year: 2026, line: 820_556, flat20At: 1_372_223, over: 1 },
] as const;

/** `group` undefined = not answered. */
const earner = (earned: number, group?: string, age = 45) =>
  gwangjuRenter([{ ...person('head', age, { earned }), earnerGroup: group }]);

describe.each(YEARS)('deduction groups in $year', (y) => {
  const date = `${y.year}-07-01`;
  const at = (name: string, earned: number, group: string | undefined, status: 'eligible' | 'ineligible') =>
    check(livelihoodBenefit, {
      name,
      date,
      household: earner(earned, group),
      expect: status === 'eligible' ? { status, amount: 0 } : { status },
    });

  for (const group of ['school_student', 'defector']) {
    it(`${group} (20만원): ${y.flat20At}원 at the line, ${y.over}원 more over; in no group over`, () => {
      at('at', y.flat20At, group, 'eligible');
      at('over', y.flat20At + y.over, group, 'ineligible');
      at('no group', y.flat20At, 'none', 'ineligible');
    });
  }

  it(`care_leaver (50만원): ${y.flat20At + 300_000}원 at the line, ${y.over}원 more over`, () => {
    at('at', y.flat20At + 300_000, 'care_leaver', 'eligible');
    at('over', y.flat20At + 300_000 + y.over, 'care_leaver', 'ineligible');
    at('a 20만원 group over', y.flat20At + 300_000, 'school_student', 'ineligible');
  });

  it(`vocational_rehab (20만원 then 50 %): ${200_000 + 2 * y.line}원 at the line, 1원 more over`, () => {
    at('at', 200_000 + 2 * y.line, 'vocational_rehab', 'eligible');
    at('over', 200_000 + 2 * y.line + 1, 'vocational_rehab', 'ineligible');
    at('a 20만원 group over', 200_000 + 2 * y.line, 'defector', 'ineligible');
  });

  it('the group unknown where it decides: unknown, and it is the one question', () => {
    check(livelihoodBenefit, {
      name: 'unknown',
      date,
      household: earner(y.flat20At, undefined),
      expect: { status: 'unknown', missing: ['members[0].earnerGroup'] },
    });
  });
});

describe('the group is asked only when it could decide', () => {
  it('far under the line with no deduction (asked for the amount only), or far over it with the most favourable one (not asked)', () => {
    // 2026: 1,000,000 × 0.7 = 700,000 ≤ 820,556 with no deduction: eligible, asked only for the amount.
    check(livelihoodBenefit, {
      name: 'far under',
      date: '2026-07-01',
      household: earner(1_000_000, undefined),
      expect: { status: 'eligible', amount: null, missing: ['members[0].earnerGroup'] },
    });
    // 2026: the least any group gives, (2,000,000 − 200,000) × 0.5 = 900,000 > 820,556 (rehabilitation path).
    check(livelihoodBenefit, {
      name: 'far over',
      date: '2026-07-01',
      household: earner(2_000_000, undefined),
      expect: { status: 'ineligible', missing: [] },
    });
  });

  it('a member who earns nothing is not asked', () => {
    check(livelihoodBenefit, {
      name: 'no earnings',
      date: '2026-07-01',
      household: earner(0, undefined),
      expect: { status: 'eligible', missing: [] },
    });
  });

  it('a young earner gets the larger of the youth and the group deduction (2025: 29세 이하 40만원 < 자립준비청년 50만원)', () => {
    // (1,293,492 + 300,000 − 500,000) × 0.7 = 765,444.4: at the 2025 line with the group's 50만원, over with 40만원.
    check(livelihoodBenefit, {
      name: 'care leaver of 25',
      date: '2025-07-01',
      household: earner(1_593_492, 'care_leaver', 25),
      expect: { status: 'eligible', amount: 0 },
    });
    check(livelihoodBenefit, {
      name: 'no group, 25',
      date: '2025-07-01',
      household: earner(1_593_492, 'none', 25),
      expect: { status: 'ineligible' },
    });
  });
});
