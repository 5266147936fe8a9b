import { describe, expect, it } from 'vitest';
import { type Case, checkEach, checkLine, notEncoded, person, without } from '../../../test/helpers.ts';
import {
  ageUnknown,
  couple,
  DEPOSIT_CAPPED,
  jeonse,
  MOVING_IN,
  marriedYearsUnknown,
} from '../../../test/jeonse-households.ts';
import { generalLoan, newlywedLoan, youthLoan } from './program.ts';

/**
 * 버팀목 전세자금, years added in the fourth pass (jeonse-loan/parameters.ts; all WEAK, verified: false):
 *
 * | from       | 순자산      | 일반 한도 (수도권 / 광주)  | 청년 한도   | 신혼 한도 (수도권 / 광주) | 청년 나이 | 신혼 혼인 | 소득 (일반 / 신혼)      |
 * | 2023-01-01 | 361,000,000 | 120,000,000 / 80,000,000   | 200,000,000 | 300,000,000 / 200,000,000 | 19~34     | 7년       | 50,000,000 / 75,000,000 |
 * | 2024-01-01 | 345,000,000 | same                       | same        | same                      | same      | same      | same                    |
 * | 2025-01-01 | 345,000,000 | same                       | not encoded | not encoded               | same      | same      | same                    |
 *
 * Income is monthly in Jibsa, ×12: 일반 50,000,000 cannot be hit to the won, so "at the line" is
 * 4,166,666 × 12 = 49,999,992 and "over" is 4,166,667 × 12 = 50,000,004. 신혼 75,000,000 = (4,000,000 +
 * 2,250,000) × 12 exactly; one won more a month = 75,000,012.
 * 순자산 = 보증금 100,000,000 + 예금 (no car, no debts): 2023 at the line 예금 261,000,000 (= 361,000,000),
 * 2024 예금 245,000,000 (= 345,000,000); 1 won more is over.
 */
describe('버팀목 전세자금 2023–2024 (fourth pass)', () => {
  const single = (age: number, earned: number, fields: Record<string, unknown> = {}) =>
    jeonse([person('head', age, { earned })], fields);

  const years = [
    { date: '2023-06-01', assets: 361_000_000 },
    { date: '2024-06-01', assets: 345_000_000 },
  ];
  for (const { date, assets } of years) {
    const y = date.slice(0, 4);
    const deposits = assets - 100_000_000; // 예금 that brings 순자산 exactly to the line
    const cases: Array<Case & { program: typeof generalLoan }> = [
      {
        program: generalLoan,
        name: `일반 ${y}: 월 300만원, 광주 → 한도 80,000,000원`,
        date,
        household: single(45, 3_000_000, MOVING_IN),
        expect: { status: 'eligible', amount: 80_000_000 },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 서울 → 수도권 한도 120,000,000원`,
        date,
        household: single(45, 3_000_000, { region: 'seoul', ...MOVING_IN }),
        expect: { status: 'eligible', amount: 120_000_000 },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 연 49,999,992원 (선 이하)`,
        date,
        household: single(45, 4_166_666),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.general },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 연 50,000,004원 (선 초과)`,
        date,
        household: single(45, 4_166_667),
        expect: { status: 'ineligible', amount: null },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 순자산 딱 ${assets}원 (보증금 1억 + 예금 ${deposits})`,
        date,
        household: single(45, 3_000_000, { financialAssets: deposits }),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.general },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 순자산 ${assets + 1}원 (1원 초과)`,
        date,
        household: single(45, 3_000_000, { financialAssets: deposits + 1 }),
        expect: { status: 'ineligible', amount: null },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 빚 모름`,
        date,
        household: without(single(45, 3_000_000), 'debts'),
        expect: { status: 'unknown', missing: ['debts'] },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 28세 월 250만원 → 한도 200,000,000원`,
        date,
        household: single(28, 2_500_000, MOVING_IN),
        expect: { status: 'eligible', amount: 200_000_000 },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 연 49,999,992원`,
        date,
        household: single(28, 4_166_666),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.youth },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 연 50,000,004원`,
        date,
        household: single(28, 4_166_667),
        expect: { status: 'ineligible' },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 34세 대상`,
        date,
        household: single(34, 2_500_000),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.youth },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 35세 아님`,
        date,
        household: single(35, 2_500_000),
        expect: { status: 'ineligible' },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 18세 아님`,
        date,
        household: single(18, 2_500_000),
        expect: { status: 'ineligible' },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 순자산 ${assets + 1}원`,
        date,
        household: single(28, 2_500_000, { financialAssets: deposits + 1 }),
        expect: { status: 'ineligible' },
      },
      ageUnknown(y, date),
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 부부 월 550만원, 광주 → 한도 200,000,000원`,
        date,
        household: couple(1_500_000, MOVING_IN),
        expect: { status: 'eligible', amount: 200_000_000 },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 서울 → 수도권 한도 300,000,000원`,
        date,
        household: couple(1_500_000, { region: 'seoul', ...MOVING_IN }),
        expect: { status: 'eligible', amount: 300_000_000 },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 연 75,000,000원 (월 625만원)`,
        date,
        household: couple(2_250_000),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.newlywed },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 연 75,000,012원 (월 625만 1원)`,
        date,
        household: couple(2_250_001),
        expect: { status: 'ineligible' },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 혼인 7년 대상`,
        date,
        household: couple(1_500_000, { marriedYears: 7 }),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.newlywed },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 혼인 8년 아님`,
        date,
        household: couple(1_500_000, { marriedYears: 8 }),
        expect: { status: 'ineligible' },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 순자산 딱 ${assets}원`,
        date,
        household: couple(1_500_000, { financialAssets: deposits }),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.newlywed },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 순자산 ${assets + 1}원`,
        date,
        household: couple(1_500_000, { financialAssets: deposits + 1 }),
        expect: { status: 'ineligible' },
      },
      marriedYearsUnknown(y, date),
    ];
    checkEach(y, cases);
  }

  describe('2025-01-01 ~ 2025-09-07 (general only)', () => {
    const date = '2025-06-01';
    it('일반: 순자산 345,000,000원 대상, 345,000,001원 아님; 전세금 1억의 70 % 70,000,000원', () => {
      const h = (n: number) => single(45, 3_000_000, { financialAssets: n });
      checkLine(generalLoan, date, 245_000_000, h, DEPOSIT_CAPPED.general);
    });
    it('청년·신혼 한도는 이 기간에 없음 → not encoded', () => {
      expect(notEncoded('jeonse-loan.youth', single(28, 2_500_000), date)).toBe('jeonse-loan.youth.max-loan');
      expect(notEncoded('jeonse-loan.newlywed', couple(1_500_000), date)).toBe('jeonse-loan.newlywed.max-loan');
    });
  });

  it('2022: nothing before 2023 was found → not encoded', () => {
    expect(notEncoded('jeonse-loan.general', single(45, 3_000_000), '2022-06-01')).toBe(
      'jeonse-loan.general.income-limit',
    );
    expect(notEncoded('jeonse-loan.youth', single(28, 2_500_000), '2022-06-01')).toBe('jeonse-loan.youth.age-min');
    expect(notEncoded('jeonse-loan.newlywed', couple(1_500_000), '2022-06-01')).toBe(
      'jeonse-loan.newlywed.max-married-years',
    );
  });
});
