import { describe, expect, it } from 'vitest';
import { screenHousehold } from '../src/index.ts';
import { livelihoodBenefit, medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import { alone, check, gwangjuRenter, person } from './helpers.ts';

/**
 * 자동차 일반재산 환산 예외 (issue 16 item 2; parameters income-assessment.car-general-rate.*, secondary copies of the
 * 2024-12 행정예고 and the 2025/2026 guides, SOURCES-2026-12.md): from 2025 a 승용차 under 2,000cc and under 500만원 (or
 * 10 years old, car-before-2025.test.ts),
 * from 2026 also a 소형 승합차 or 1톤 이하 화물차 under 500만원, counts at 월 4.17 % instead of 100 %.
 *
 * Household: one person in 광주 (광역시), no income, deposit 1,000만 (주거용 950만 < 기본재산액 7,700만: no other
 * property income), so 소득인정액 = the car's part. 생계급여 1인 lines: 2024 713,102 · 2025 765,444 · 2026 820,556;
 * 의료급여 1인 2026 = floor(2,564,238 × 40 %) = 1,025,695.
 *   400만 at 4.17 % = 166,800 → 급여 2026 820,556 − 166,800 = 653,756; 2025 765,444 − 166,800 = 598,644.
 *   4,999,999 at 4.17 % = 208,499.96 → 208,500 → 급여 2026 612,056.
 *   500만 (not under the limit) at 100 % = 5,000,000 > every line.
 */
const withCar = (
  carValue: number,
  car: { carKind?: string; carEngine?: string; carOld?: boolean } = {},
  earned = 0,
  age = 45,
) => alone(age, earned, { carValue, ...car });
const smallCar = { carKind: 'passenger', carEngine: 'under_1600' };

describe('cars: a small, low-value car counts as ordinary property (2025–)', () => {
  it('2026: a 400만원 1,600cc car is counted at 4.17 %; over 2,000cc it is counted in full', () => {
    check(livelihoodBenefit, {
      name: '승용 1,600cc 미만 400만',
      date: '2026-03-01',
      household: withCar(4_000_000, smallCar),
      expect: { status: 'eligible', amount: 653_756, missing: [] },
    });
    check(livelihoodBenefit, {
      name: '승용 2,000cc 이상 400만: 4,000,000 > 820,556',
      date: '2026-03-01',
      household: withCar(4_000_000, { carKind: 'passenger', carEngine: 'under_2500' }),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '그 밖의 차 400만',
      date: '2026-03-01',
      household: withCar(4_000_000, { carKind: 'other' }),
      expect: { status: 'ineligible', missing: [] },
    });
  });

  it('the value limit: 1 won under 500만원 is at 4.17 %, 500만원 itself in full (and then nothing more is asked)', () => {
    check(livelihoodBenefit, {
      name: '4,999,999',
      date: '2026-03-01',
      household: withCar(4_999_999, { carKind: 'passenger', carEngine: 'under_2000' }),
      expect: { status: 'eligible', amount: 612_056 },
    });
    // From 2025 a 승용차 under 2,000cc 10 years old also counts at 4.17 % whatever its value (car-before-2025.test.ts).
    check(livelihoodBenefit, {
      name: '5,000,000 승용 1,600cc 미만, not 10 years old',
      date: '2026-03-01',
      household: withCar(5_000_000, { ...smallCar, carOld: false }),
      expect: { status: 'ineligible', missing: [] },
    });
    check(livelihoodBenefit, {
      name: '5,000,000 그 밖의 차: in full, nothing more asked',
      date: '2026-03-01',
      household: withCar(5_000_000, { carKind: 'other' }),
      expect: { status: 'ineligible', missing: [] },
    });
  });

  it('the day each rule starts: 승용 2025-01-01, 소형 승합·화물 2026-01-01', () => {
    // 2024 (생계·의료: 1,600cc 미만 and 200만원 미만 or 10년 이상, car-before-2025.test.ts): a 400만 car not 10 years old.
    check(livelihoodBenefit, {
      name: '2024-12-31 승용',
      date: '2024-12-31',
      household: withCar(4_000_000, { ...smallCar, carOld: false }),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2025-01-01 승용',
      date: '2025-01-01',
      household: withCar(4_000_000, smallCar),
      expect: { status: 'eligible', amount: 598_644 },
    });
    check(livelihoodBenefit, {
      name: '2025-12-31 1톤 화물',
      date: '2025-12-31',
      household: withCar(4_000_000, { carKind: 'small_truck' }),
      expect: { status: 'ineligible' },
    });
    check(livelihoodBenefit, {
      name: '2026-01-01 1톤 화물 (no engine size needed)',
      date: '2026-01-01',
      household: withCar(4_000_000, { carKind: 'small_truck' }),
      expect: { status: 'eligible', amount: 653_756, missing: [] },
    });
  });

  it('a missing kind or engine size is asked only when it could decide', () => {
    check(livelihoodBenefit, {
      name: '400만, nothing else known: could be 166,800 or 4,000,000',
      date: '2026-03-01',
      household: withCar(4_000_000),
      expect: { status: 'unknown', missing: ['carKind', 'carEngine'] },
    });
    check(livelihoodBenefit, {
      name: '승용, engine unknown',
      date: '2026-03-01',
      household: withCar(4_000_000, { carKind: 'passenger' }),
      expect: { status: 'unknown', missing: ['carEngine'] },
    });
    check(medicalBenefit, {
      name: '10만원 car counted in full is still within 1,025,695',
      date: '2026-03-01',
      household: withCar(100_000),
      expect: { status: 'eligible', missing: [] },
    });
    // Eligible either way, but the amount depends on the car: asked for the amount only.
    check(livelihoodBenefit, {
      name: '10만원 car: eligible, amount unknown',
      date: '2026-03-01',
      household: withCar(100_000),
      expect: { status: 'eligible', amount: null, missing: ['carKind', 'carEngine'] },
    });
    check(livelihoodBenefit, {
      name: 'earning 200만: 1,400,000 + 166,800 > 820,556 even at 4.17 %',
      date: '2026-03-01',
      household: withCar(4_000_000, {}, 2_000_000),
      expect: { status: 'ineligible', missing: [] },
    });
  });
});

describe('reasons name a bound only when the exact figure is unknown', () => {
  const reason = (household: object) => {
    const s = screenHousehold(household, { date: '2026-03-01' });
    if (!s.ok) throw new Error('screening failed');
    return s.programs.find((p) => p.id === 'basic-livelihood.medical')?.reasons[0]?.text.ko ?? '';
  };
  it('states the exact 소득인정액 when it is known, and the highest one when only that decides', () => {
    expect(reason(withCar(100_000, smallCar))).toMatch(
      /^가구 소득인정액 4,170원이 의료급여 선정기준 1,025,695원 이하입니다/,
    );
    expect(reason(withCar(100_000))).toMatch(
      /^가구 소득인정액 \(가장 많게 잡아도\) 100,000원이 의료급여 선정기준 1,025,695원 이하입니다/,
    );
  });

  it('says it once, by the bound that tells: over the line even at the lowest, within it even at the highest', () => {
    // Earning 200만 with a 400만원 car of unknown kind: over every line whatever the car turns out to be.
    const over = screenHousehold(withCar(4_000_000, {}, 2_000_000), { date: '2026-03-01' });
    if (!over.ok) throw new Error('screening failed');
    const livelihood = over.programs.find((p) => p.id === 'basic-livelihood.livelihood')?.reasons[0]?.text.ko ?? '';
    expect(livelihood).toMatch(
      /^가구 소득인정액 \(가장 적게 잡아도\) [\d,]+원이 생계급여 선정기준 820,556원 초과입니다/,
    );
    expect(livelihood.match(/가장 (적게|많게) 잡아도/g)).toHaveLength(1);
    expect(livelihood).not.toContain(';');
    // Within: a 10만원 car counted in full is still within; one clause, the highest figure.
    expect(reason(withCar(100_000)).match(/가장 (적게|많게) 잡아도/g)).toHaveLength(1);
  });
});

describe('unknown earnings: a pension alone over a line decides (issue 16 item 6)', () => {
  const pensioner = (pension: number) =>
    gwangjuRenter([{ ...person('head', 70, { pension }), earnedIncome: undefined, businessIncome: undefined }]);
  it('2026: 연금 90만 > 생계급여 선 820,556 whatever the earnings; within 의료급여 1,025,695 it depends on them', () => {
    check(livelihoodBenefit, {
      name: 'pension over the line',
      date: '2026-03-01',
      household: pensioner(900_000),
      expect: { status: 'ineligible', missing: [] },
    });
    check(medicalBenefit, {
      name: 'pension under the line',
      date: '2026-03-01',
      household: pensioner(900_000),
      expect: { status: 'unknown', missing: ['members[0].earnedIncome', 'members[0].businessIncome'] },
    });
  });
});

describe('young earners of unknown age: unknown only when the deduction could decide', () => {
  const earner = (earned: number) =>
    gwangjuRenter([{ ...person('head', 0, { earned }), age: undefined }], { carValue: 0 });
  it('2026: 300만 is over the line even with 60만 deducted; 100만 is within the 의료급여 line without it', () => {
    check(livelihoodBenefit, {
      name: '(3,000,000 − 600,000) × 0.7 = 1,680,000 > 820,556',
      date: '2026-03-01',
      household: earner(3_000_000),
      expect: { status: 'ineligible', missing: [] },
    });
    check(medicalBenefit, {
      name: '1,000,000 × 0.7 = 700,000 ≤ 1,025,695',
      date: '2026-03-01',
      household: earner(1_000_000),
      expect: { status: 'eligible', missing: [] },
    });
  });
});
