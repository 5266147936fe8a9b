import type { Program } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { type Case, check, checkEach, checkLine, notEncoded, person, without } from '../../../test/helpers.ts';
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
 * 버팀목 전세자금 (jeonse-loan/parameters.ts, nhuf scrape 2025-09-08): 무주택, 부부합산 연소득 ≤ 한도,
 * 순자산 ≤ 337,000,000원. The amount is the LOAN LIMIT: 일반 수도권 외 (광주) 80,000,000 · 수도권
 * 120,000,000; 청년 150,000,000; 신혼부부 수도권 외 160,000,000.
 * Income is monthly in Jibsa, ×12 for the test: the 50,000,000원 line cannot be hit to the won with
 * whole-won months, so "at the line" is 4,166,666원/월 × 12 = 49,999,992원 and "over" is 4,166,667 × 12 =
 * 50,000,004원. The 신혼부부 line 75,000,000 = 6,250,000 × 12 is exact.
 */
describe('버팀목 전세자금', () => {
  for (const date of ['2025-10-01', '2026-06-01']) {
    const y = date.slice(0, 4);
    // The 50,000,000원 line of one earner: 월 4,166,666원 (연 49,999,992원) is in, 1원 more a month is out.
    const incomeLine = (program: Program, label: string, age: number): Array<Case & { program: Program }> => [
      {
        program,
        name: `${label}: 연 49,999,992원`,
        date,
        household: jeonse([person('head', age, { earned: 4_166_666 })]),
        expect: { status: 'eligible' },
      },
      {
        program,
        name: `${label}: 연 50,000,004원`,
        date,
        household: jeonse([person('head', age, { earned: 4_166_667 })]),
        expect: { status: 'ineligible' },
      },
    ];
    const cases: Array<Case & { program: typeof generalLoan }> = [
      {
        program: generalLoan,
        name: `일반 ${y}: 월 300만원, 광주, 전세로 옮길 집 → 한도 8천만원`,
        date,
        household: jeonse([person('head', 45, { earned: 3_000_000 })], MOVING_IN),
        expect: { status: 'eligible', amount: 80_000_000 },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 지금 전세금 1억 → 그 70 % 7천만원 (한도보다 적음)`,
        date,
        household: jeonse([person('head', 45, { earned: 3_000_000 })]),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.general },
      },
      {
        program: generalLoan,
        name: `일반 ${y}: 지금 전세금 3억 → 한도 8천만원 (70 %는 2억 1천만원)`,
        date,
        household: jeonse([person('head', 45, { earned: 3_000_000 })], { deposit: 300_000_000 }),
        expect: { status: 'eligible', amount: 80_000_000 },
      },
      ...incomeLine(generalLoan, `일반 ${y}`, 45),
      {
        program: generalLoan,
        name: `일반 ${y}: 빚 모름`,
        date,
        household: without(jeonse([person('head', 45, { earned: 3_000_000 })]), 'debts'),
        expect: { status: 'unknown', missing: ['debts'] },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 28세 월 250만원, 전세로 옮길 집 → 한도 1억 5천만원`,
        date,
        household: jeonse([person('head', 28, { earned: 2_500_000 })], MOVING_IN),
        expect: { status: 'eligible', amount: 150_000_000 },
      },
      {
        program: youthLoan,
        name: `청년 ${y}: 지금 전세금 1억 → 그 80 % 8천만원`,
        date,
        household: jeonse([person('head', 28, { earned: 2_500_000 })]),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.youth },
      },
      ...incomeLine(youthLoan, `청년 ${y}`, 28),
      {
        program: youthLoan,
        name: `청년 ${y}: 35세는 아님`,
        date,
        household: jeonse([person('head', 35, { earned: 2_500_000 })]),
        expect: { status: 'ineligible' },
      },
      ageUnknown(y, date),
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 부부 월 550만원, 전세로 옮길 집 → 한도 1억 6천만원`,
        date,
        household: couple(1_500_000, MOVING_IN),
        expect: { status: 'eligible', amount: 160_000_000 },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 지금 전세금 1억 → 그 80 % 8천만원`,
        date,
        household: couple(1_500_000),
        expect: { status: 'eligible', amount: DEPOSIT_CAPPED.newlywed },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 연 75,000,000원 (월 625만원)`,
        date,
        household: couple(2_250_000),
        expect: { status: 'eligible' },
      },
      {
        program: newlywedLoan,
        name: `신혼 ${y}: 연 75,000,012원 (월 625만 1원)`,
        date,
        household: couple(2_250_001),
        expect: { status: 'ineligible' },
      },
      marriedYearsUnknown(y, date),
    ];
    checkEach(y, cases);
  }
  it('순자산 337,000,000원 (보증금 1억 + 예금 2억 3,700만) 대상, 1원 더 있으면 아님', () => {
    const h = (fin: number) => jeonse([person('head', 45, { earned: 3_000_000 })], { financialAssets: fin });
    checkLine(generalLoan, '2026-06-01', 237_000_000, h);
  });
  it('서울은 수도권 한도: 일반 1억 2천만원, 신혼 2억 5천만원', () => {
    check(generalLoan, {
      name: 'seoul',
      date: '2026-06-01',
      household: jeonse([person('head', 45, { earned: 3_000_000 })], { region: 'seoul', ...MOVING_IN }),
      expect: { status: 'eligible', amount: 120_000_000 },
    });
    check(newlywedLoan, {
      name: 'seoul',
      date: '2026-06-01',
      household: couple(1_500_000, { region: 'seoul', ...MOVING_IN }),
      expect: { status: 'eligible', amount: 250_000_000 },
    });
  });
  it('the amount is labelled as a loan limit, not a benefit', () => {
    for (const p of [generalLoan, youthLoan, newlywedLoan]) expect(p.amount?.label.ko).toContain('대출 한도');
  });
  it('2025-06-01: the general limit is encoded from 2023 (years-loans-emergency.test.ts); the youth limit is not (2025-01-01 ~ 2025-09-07 gap) → not encoded', () => {
    expect(
      notEncoded('jeonse-loan.general', jeonse([person('head', 45, { earned: 3_000_000 })]), '2025-06-01'),
    ).toBeUndefined();
    expect(notEncoded('jeonse-loan.youth', jeonse([person('head', 28, { earned: 2_500_000 })]), '2025-06-01')).toBe(
      'jeonse-loan.youth.max-loan',
    );
  });
});
