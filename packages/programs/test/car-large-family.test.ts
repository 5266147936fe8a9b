import { describe, it } from 'vitest';
import { livelihoodBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { check, gwangjuRenter, person } from './helpers.ts';

/**
 * 다인(6인 이상)·다자녀(자녀 3명 이상) 가구 (parameter income-assessment.car-general-rate.large-family, `single`: a copy of
 * the 보건복지부 release on the 2024 고시 개정, angelsitter.co.kr board no=1431 — "\u201924년부터 다자녀 가구는 2,500cc 미만의
 * 자동차에 대하여 차량가액의 4.17%만 월 소득으로 환산"): from 2024-01-01 a 승용차 or 소형 승합차 under 2,500cc counts
 * at 월 4.17 % whatever its value or age.
 *
 * Households in 광주 with no income, deposit 1,000만 (under 기본재산액), a 1,000만원 car 2,000–2,500cc, not 10 years old
 * (so no other exception applies). 1,000만 at 4.17 % = 417,000.
 * 생계급여 lines 2024 (기준 중위 × 32 %): 6인 7,618,369 → 2,437,878; 5인 6,695,735 → 2,142,635.
 *   6인: 2,437,878 − 417,000 = 2,020,878. 5인 with 3 children: 2,142,635 − 417,000 = 1,725,635.
 *   Counted in full, 10,000,000 is over every line.
 * 2025: 6인 8,064,805 → 2,580,738 (− 417,000 = 2,163,738); 5인 7,108,192 → 2,274,621 (1,857,621).
 * 2026: 6인 8,555,952 → 2,737,905 (2,320,905); 5인 7,556,719 → 2,418,150 (2,001,150).
 */
const car = { carValue: 10_000_000, carKind: 'passenger', carEngine: 'under_2500', carOld: false };
const people = (children: number, others: number) => [
  person('head', 45),
  person('spouse', 44),
  ...Array.from({ length: children }, () => person('child', 10)),
  ...Array.from({ length: others }, () => person('parent', 70)),
];
const household = (children: number, others: number, fields: Record<string, unknown> = {}) =>
  gwangjuRenter(people(children, others), { ...car, ...fields });

describe('cars of 다인·다자녀 households (2024–)', () => {
  it('6인: in full on 2023-12-31, at 4.17 % from 2024-01-01; 5인 with 2 children in full', () => {
    check(livelihoodBenefit, {
      name: '2023-12-31 6인',
      date: '2023-12-31',
      household: household(2, 2),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2024-01-01 6인 (2 children, 2 parents)',
      date: '2024-01-01',
      household: household(2, 2),
      expect: { status: 'eligible', amount: 2_020_878 },
    });
    check(livelihoodBenefit, {
      name: '2024-01-01 5인, 2 children: one person short of 다인, one child short of 다자녀',
      date: '2024-01-01',
      household: household(2, 1),
      expect: { status: 'ineligible' },
    });
  });

  it('다자녀: 3 children in a 5인 household; the engine limit (2,500cc 미만) and the kinds', () => {
    check(livelihoodBenefit, {
      name: '2024-06-01 5인, 3 children',
      date: '2024-06-01',
      household: household(3, 0),
      expect: { status: 'eligible', amount: 1_725_635 },
    });
    check(livelihoodBenefit, {
      name: '2,500cc 이상: in full',
      date: '2024-06-01',
      household: household(3, 0, { carEngine: 'from_2500' }),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '소형 승합차 2,000–2,500cc: at 4.17 %',
      date: '2024-06-01',
      household: household(3, 0, { carKind: 'small_van' }),
      expect: { status: 'eligible', amount: 1_725_635 },
    });
    check(livelihoodBenefit, {
      name: '1톤 화물차 (not named by the release): in full',
      date: '2024-06-01',
      household: household(3, 0, { carKind: 'small_truck' }),
      expect: { status: 'ineligible' },
    });
  });

  it('every year since: 6인, 5인 with 3 children, and 5인 with 2 (in full)', () => {
    for (const [date, six, fiveWithThree] of [
      ['2025-06-01', 2_163_738, 1_857_621],
      ['2026-06-01', 2_320_905, 2_001_150],
    ] as const) {
      check(livelihoodBenefit, {
        name: `${date} 6인`,
        date,
        household: household(2, 2),
        expect: { status: 'eligible', amount: six },
      });
      check(livelihoodBenefit, {
        name: `${date} 5인, 3 children`,
        date,
        household: household(3, 0),
        expect: { status: 'eligible', amount: fiveWithThree },
      });
      check(livelihoodBenefit, {
        name: `${date} 5인, 2 children`,
        date,
        household: household(2, 1),
        expect: { status: 'ineligible' },
      });
    }
  });

  it('asks the engine size of a 다자녀 household only, when it could decide', () => {
    check(livelihoodBenefit, {
      name: '5인, 3 children, engine unknown',
      date: '2024-06-01',
      household: household(3, 0, { carEngine: undefined }),
      expect: { status: 'unknown', missing: ['carEngine'] },
    });
  });
});
