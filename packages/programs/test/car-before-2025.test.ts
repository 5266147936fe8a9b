import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { rentBenefit } from '../src/programs/housing-benefit/rent-benefit.ts';
import { alone, check } from './helpers.ts';

/**
 * Cars before 2025 (issue 16 item 2; income-assessment.car-general-rate.*, SOURCES-2026-12.md "Third pass"): a 승용차
 * counted at 월 4.17 % instead of 100 % when under the engine limit and either under the value limit or 10 or more
 * years old — 생계·의료 1,600cc 미만 and 200만원 미만, 주거·교육 2,000cc 미만 and 500만원 미만 (secondary for 2023–2024:
 * 7dsb.com, allaboutmoney.2merci.com, the 2024-12 행정예고 summary; 2019–2022 carried back, recall).
 *
 * Household: one person in 광주, no income, deposit 1,000만 (under 기본재산액), so 소득인정액 = the car's part.
 *   1,999,999 × 4.17 % = 83,399.96 → 83,400; 2,000,000 × 4.17 % = 83,400; 4,999,999 → 208,500; 6,000,000 → 250,200.
 * 1인 lines (years-basic-benefits.test.ts): 생계 2019 512,102 · 2020 527,158 · 2021 548,349 · 2022 583,444 ·
 * 2023 623,368 · 2024 713,102; 주거 2019 751,084 · 2020 790,737 · 2021 822,524 · 2022 894,614 · 2023 976,609 ·
 * 2024 1,069,654. A car counted in full (2,000,000 or more) is over every one of them.
 */
const withCar = (carValue: number, carEngine: string, carOld: boolean | undefined) =>
  alone(45, 0, { carValue, carKind: 'passenger', carEngine, carOld });

const YEARS = [
  { year: 2019, livelihood: 512_102 },
  { year: 2020, livelihood: 527_158 },
  { year: 2021, livelihood: 548_349 },
  { year: 2022, livelihood: 583_444 },
  { year: 2023, livelihood: 623_368 },
  { year: 2024, livelihood: 713_102 },
];

describe.each(YEARS)('cars in $year', ({ year, livelihood }) => {
  const date = `${year}-07-01`;

  it('생계: 1,600cc 미만 — 1 won under 200만원 at 4.17 %, 200만원 in full unless 10 years old; 1,600cc 이상 in full', () => {
    check(livelihoodBenefit, {
      name: '1,999,999',
      date,
      household: withCar(1_999_999, 'under_1600', false),
      expect: { status: 'eligible', amount: livelihood - 83_400 },
    });
    check(livelihoodBenefit, {
      name: '2,000,000, not old',
      date,
      household: withCar(2_000_000, 'under_1600', false),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2,000,000, 10 years old',
      date,
      household: withCar(2_000_000, 'under_1600', true),
      expect: { status: 'eligible', amount: livelihood - 83_400 },
    });
    check(livelihoodBenefit, {
      name: '1,999,999 at 1,600cc 이상',
      date,
      household: withCar(1_999_999, 'under_2000', false),
      expect: { status: 'ineligible' },
    });
    // The car's age decides here, so it is the one question; under the value limit it is not asked.
    check(livelihoodBenefit, {
      name: '2,000,000, age unknown',
      date,
      household: withCar(2_000_000, 'under_1600', undefined),
      expect: { status: 'unknown', missing: ['carOld'] },
    });
    check(livelihoodBenefit, {
      name: '1,999,999, age unknown',
      date,
      household: withCar(1_999_999, 'under_1600', undefined),
      expect: { status: 'eligible', missing: [] },
    });
  });

  it('주거: 2,000cc 미만 — 1 won under 500만원 at 4.17 %, 500만원 in full unless 10 years old; 2,000cc 이상 in full', () => {
    check(rentBenefit, {
      name: '4,999,999 at 1,600–2,000cc',
      date,
      household: withCar(4_999_999, 'under_2000', false),
      expect: { status: 'eligible' },
    });
    check(rentBenefit, {
      name: '5,000,000, not old',
      date,
      household: withCar(5_000_000, 'under_2000', false),
      expect: { status: 'ineligible' },
    });
    check(rentBenefit, {
      name: '5,000,000, 10 years old',
      date,
      household: withCar(5_000_000, 'under_2000', true),
      expect: { status: 'eligible' },
    });
    check(rentBenefit, {
      name: '4,999,999 at 2,000cc 이상',
      date,
      household: withCar(4_999_999, 'under_2500', false),
      expect: { status: 'ineligible' },
    });
  });
});

describe('2025-01-01: one rule for all benefits (2,000cc 미만 and 500만원 미만), no 10-year alternative', () => {
  it('생계: a 300만원 1,600–2,000cc car moves from 100 % to 4.17 %', () => {
    check(livelihoodBenefit, {
      name: '2024-12-31',
      date: '2024-12-31',
      household: withCar(3_000_000, 'under_2000', false),
      expect: { status: 'ineligible' },
    });
    // 3,000,000 × 4.17 % = 125,100 → 765,444 − 125,100 = 640,344.
    check(livelihoodBenefit, {
      name: '2025-01-01',
      date: '2025-01-01',
      household: withCar(3_000_000, 'under_2000', false),
      expect: { status: 'eligible', amount: 640_344 },
    });
  });

  it('생계: a 600만원 car 10 years old stays at 4.17 % from 2025 when under 2,000cc (1,600cc before); 2,000cc 이상 in full', () => {
    // 10년 이상 kept from 2025 (car-parameters.ts old-car, secondary). 600만 at 4.17 % = 250,200.
    // 2024: 713,102 − 250,200 = 462,902; 2025: 765,444 − 250,200 = 515,244; 2026: 820,556 − 250,200 = 570,356.
    check(livelihoodBenefit, {
      name: '2024-12-31 1,600cc 미만',
      date: '2024-12-31',
      household: withCar(6_000_000, 'under_1600', true),
      expect: { status: 'eligible', amount: 462_902 },
    });
    check(livelihoodBenefit, {
      name: '2024-12-31 1,600cc 이상 (생계 limit 1,600cc): in full',
      date: '2024-12-31',
      household: withCar(6_000_000, 'under_2000', true),
      expect: { status: 'ineligible' },
    });
    for (const [date, amount] of [
      ['2025-01-01', 515_244],
      ['2026-06-01', 570_356],
    ] as const) {
      check(livelihoodBenefit, {
        name: `${date} 1,600cc 이상 2,000cc 미만, 10년 이상`,
        date,
        household: withCar(6_000_000, 'under_2000', true),
        expect: { status: 'eligible', amount },
      });
      check(livelihoodBenefit, {
        name: `${date} the same car not 10 years old: 6,000,000 in full`,
        date,
        household: withCar(6_000_000, 'under_2000', false),
        expect: { status: 'ineligible' },
      });
      check(livelihoodBenefit, {
        name: `${date} 2,000cc 이상, 10년 이상: in full`,
        date,
        household: withCar(6_000_000, 'under_2500', true),
        expect: { status: 'ineligible' },
      });
      check(livelihoodBenefit, {
        name: `${date} 10년 이상 unknown: asked, as it decides`,
        date,
        household: withCar(6_000_000, 'under_2000', undefined),
        expect: { status: 'unknown', missing: ['carOld'] },
      });
    }
  });
});
