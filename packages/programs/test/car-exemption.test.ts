import { decide } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { livelihoodBenefit, medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { rentBenefit } from '../src/programs/housing-benefit/rent-benefit.ts';
import { alone, check, gwangjuRenter, person } from './helpers.ts';

/**
 * 재산 범위에서 제외하는 자동차 (income-assessment.car-exempt.*; 보건복지부고시 제2025-204호 별표1 as quoted by
 * gov.jjyu.co.kr, bliss30.com 2025, eunzzing 2026; the 2024 release copy on angelsitter.co.kr; tree-post.com; the 2022
 * calculator): a car a severely disabled member or a 상이 1~3급 veteran uses, under 2,000cc, counts nothing; a 생업용
 * car counts nothing from 2024 (under 2,000cc) and half its value at 월 4.17 % before (no engine limit seen).
 *
 * Household: one person in 광주, no income, deposit 1,000만 (주거용 950만 under 기본재산액: no other property income), so
 * 소득인정액 = the car's part. A 1,000만원 승용차, not 10 years old: by the other rules counted in full, over every line.
 * 생계급여 1인 lines: 2023 623,368 · 2024 713,102 · 2025 765,444 · 2026 820,556 (급여 = line − 소득인정액).
 */
const car = (carUse: string | undefined, carEngine: string | undefined, fields: Record<string, unknown> = {}) =>
  alone(45, 0, {
    carValue: 10_000_000,
    carKind: 'passenger',
    carOld: false,
    carUse,
    carEngine,
    ...fields,
  });

const LINES = { 2019: 512_102, 2020: 527_158, 2021: 548_349, 2022: 583_444, 2023: 623_368 } as const;
const LINES_FROM_2024 = { 2024: 713_102, 2025: 765_444, 2026: 820_556 } as const;
const ALL = { ...LINES, ...LINES_FROM_2024 };

describe.each(Object.entries(ALL))('장애인·국가유공자 cars in %s (2,000cc 미만: left out)', (year, line) => {
  const date = `${year}-07-01`;
  for (const use of ['disabled_member', 'veteran']) {
    it(`${use}: 1,600cc 이상 2,000cc 미만 counts nothing; 2,000cc 이상 counts in full`, () => {
      check(livelihoodBenefit, {
        name: 'under 2,000cc',
        date,
        household: car(use, 'under_2000'),
        expect: { status: 'eligible', amount: line, missing: [] },
      });
      check(livelihoodBenefit, {
        name: '2,000cc 이상: 10,000,000 > line',
        date,
        household: car(use, 'under_2500'),
        expect: { status: 'ineligible', missing: [] },
      });
      check(livelihoodBenefit, {
        name: 'not exempt',
        date,
        household: car('none', 'under_2000'),
        expect: { status: 'ineligible', missing: [] },
      });
    });
  }
});

describe('생업용 cars: half at 4.17 % to 2023, left out from 2024 (under 2,000cc)', () => {
  it.each(Object.entries(LINES))('%s: 10,000,000 × 50 % × 4.17 % = 208,500, whatever the engine size', (year, line) => {
    for (const engine of ['under_2000', 'from_2500', undefined]) {
      check(livelihoodBenefit, {
        name: `${year} ${engine}`,
        date: `${year}-07-01`,
        household: car('livelihood', engine, { carKind: undefined, carOld: undefined }),
        expect: { status: 'eligible', amount: line - 208_500, missing: [] },
      });
    }
  });

  it.each(Object.entries(LINES_FROM_2024))('%s: under 2,000cc counts nothing; 2,000cc 이상 in full', (year, line) => {
    const date = `${year}-07-01`;
    check(livelihoodBenefit, {
      name: 'under 2,000cc',
      date,
      household: car('livelihood', 'under_2000'),
      expect: { status: 'eligible', amount: line },
    });
    check(livelihoodBenefit, {
      name: '2,000cc 이상',
      date,
      household: car('livelihood', 'under_2500'),
      expect: { status: 'ineligible' },
    });
  });

  it('the day it changes: 2023-12-31 half at 4.17 %, 2024-01-01 nothing', () => {
    check(livelihoodBenefit, {
      name: '2023-12-31',
      date: '2023-12-31',
      household: car('livelihood', 'under_2000'),
      expect: { status: 'eligible', amount: 623_368 - 208_500 },
    });
    check(livelihoodBenefit, {
      name: '2024-01-01',
      date: '2024-01-01',
      household: car('livelihood', 'under_2000'),
      expect: { status: 'eligible', amount: 713_102 },
    });
  });
});

describe('the car\'s use is asked only when it could decide, and "unknown" when it does', () => {
  it('a 1,000만원 car of unknown use: unknown (it may count nothing), asking its use', () => {
    check(livelihoodBenefit, {
      name: 'use unknown',
      date: '2026-07-01',
      household: car(undefined, 'under_2000'),
      expect: { status: 'unknown', missing: ['carUse'] },
    });
    // 주거·교육급여 read the same rule (their own 소득인정액 variables).
    expect(decide(rentBenefit, car(undefined, 'under_2000'), { date: '2026-07-01' }).status).toBe('unknown');
  });

  it('an exempt use with the engine size unknown asks the engine size (and, as a larger engine would leave the other rules to decide, the kind and age)', () => {
    check(livelihoodBenefit, {
      name: 'engine unknown',
      date: '2026-07-01',
      household: car('disabled_member', undefined, { carKind: undefined, carOld: undefined }),
      expect: { status: 'unknown', missing: ['carEngine', 'carKind', 'carOld'] },
    });
  });

  it('no car: its use is never asked, even when the bounds are needed (a demo household was left undecided)', () => {
    // A 22-year-old earning 1,610,000 with 290,000 other income: (1,610,000 − 600,000) × 0.7 + 290,000 = 997,000,
    // within 주거급여's 1,230,834 (2026, 1인 48 %), while the highest figure (no youth deduction: 1,417,000) is over
    // it, so the lowest bound is read; with no car it must not ask what the car is used for.
    const household = gwangjuRenter([person('head', 22, { earned: 1_610_000, other: 290_000 })], {
      carValue: 0,
      carUse: undefined,
    });
    const r = decide(rentBenefit, household, { date: '2026-07-01' });
    expect(r.status).toBe('eligible');
  });

  it('not asked when the answer stands either way', () => {
    // Earnings alone over the line: (3,000,000 − 200,000) × 0.5 = 1,400,000 > 820,556 even at the least.
    check(livelihoodBenefit, {
      name: 'over whatever the car',
      date: '2026-07-01',
      household: alone(45, 3_000_000, { carValue: 10_000_000 }),
      expect: { status: 'ineligible', missing: [] },
    });
    // A 10만원 car counted in full is still within the 의료급여 line (1,025,695).
    check(medicalBenefit, {
      name: 'small car',
      date: '2026-07-01',
      household: car(undefined, undefined, { carValue: 100_000, carKind: undefined, carOld: undefined }),
      expect: { status: 'eligible', missing: [] },
    });
  });
});
