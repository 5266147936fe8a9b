import { type ParameterDef, parameterValue, periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import {
  educationRate,
  livelihoodRate,
  medianIncome,
  medicalRate,
} from '../src/programs/basic-livelihood/parameters.ts';
import { livelihoodBenefit, medicalBenefit } from '../src/programs/basic-livelihood/programs.ts';
import {
  educationThreshold,
  livelihoodThreshold,
  medicalThreshold,
} from '../src/programs/basic-livelihood/selection-parameters.ts';
import { housingRate, housingThreshold, standardRent } from '../src/programs/housing-benefit/parameters.ts';
import { rentBenefit } from '../src/programs/housing-benefit/rent-benefit.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { check, checkLine, ELDER_RENTER_ALONE, family, gwangjuRenter, person } from './helpers.ts';

/**
 * The 2027 figures (eighth pass, SOURCES-2026-12-eighth-pass.md), in force from 2027-01-01: 기준 중위소득 +6.70 %
 * (보건복지부 release of 2026-07-28), rates unchanged (생계 32 · 의료 40 · 주거 48 · 교육 50 %).
 *
 *   2027 중위: 1인 2,736,042 · 4인 6,929,885 · 6인 9,129,201 · 7인 10,152,665 (7인: two copies, not in the release)
 *   생계 1인 2,736,042 × 0.32 = 875,533.44 → 875,533;  4인 6,929,885 × 0.32 = 2,217,563.2 → 2,217,563
 *     (the two worked figures of the release; 2026: 820,556 and 2,078,316)
 *   주거 4인 6,929,885 × 0.48 = 3,326,344.8 → 3,326,345  (2026: 3,117,474)
 *   의료 7인 10,152,665 × 0.40 = 4,061,066
 */
const ON = '2027-01-15';

describe('published 2027 선정기준 tables: the values seen equal round(2027 중위소득 × rate)', () => {
  const tables: readonly [string, ParameterDef, ParameterDef][] = [
    ['생계', livelihoodRate, livelihoodThreshold],
    ['의료', medicalRate, medicalThreshold],
    ['주거', housingRate, housingThreshold],
    ['교육', educationRate, educationThreshold],
  ];
  for (const [name, rate, threshold] of tables) {
    it(name, () => {
      const period = threshold.periods.find((p) => p.from === '2027-01-01');
      const sizes = Object.keys((period?.value ?? {}) as object);
      expect(sizes.length, `${name}: a 2027 period with at least 1–6인`).toBeGreaterThanOrEqual(6);
      for (const size of sizes) {
        const computed = Math.round(parameterValue(medianIncome, ON, [size]) * parameterValue(rate, ON));
        expect(computed, `${name} ${size}인`).toBe(parameterValue(threshold, ON, [size]));
      }
    });
  }

  it('the two worked figures of the release are in the table', () => {
    expect(parameterValue(livelihoodThreshold, ON, ['1'])).toBe(875_533);
    expect(parameterValue(livelihoodThreshold, ON, ['4'])).toBe(2_217_563);
  });
});

describe('생계급여 2027 worked example (release: 1인 875,533원, 4인 2,217,563원)', () => {
  const one = (pension: number) => gwangjuRenter([person('head', 60, { pension })]);
  const four = (pension: number) => gwangjuRenter(family(4, 60, { pension }));

  it('1인: at 875,533 eligible with 0원, 1 won over not; 300,000 of pension leaves 575,533', () => {
    checkLine(livelihoodBenefit, ON, 875_533, one, 0);
    check(livelihoodBenefit, {
      name: 'typical',
      date: ON,
      household: one(300_000),
      expect: { status: 'eligible', amount: 575_533 },
    });
  });

  it('4인: at 2,217,563 eligible, 1 won over not; a month earlier the 2026 line 2,078,316 applies', () => {
    checkLine(livelihoodBenefit, ON, 2_217_563, four, 0);
    checkLine(livelihoodBenefit, '2026-12-31', 2_078_316, four, 0);
    check(livelihoodBenefit, {
      name: '2026-12-31, at the 2027 line',
      date: '2026-12-31',
      household: four(2_217_563),
      expect: { status: 'ineligible', amount: null },
    });
  });
});

describe('주거급여 across the new year: 4인, 소득인정액 3,200,000 (2026 line 3,117,474 < 3,200,000 < 2027 line 3,326,345)', () => {
  const four = (pension: number) => gwangjuRenter(family(4, 60, { pension }));
  it('not eligible on 2026-12-15, eligible on 2027-01-15', () => {
    check(rentBenefit, {
      name: '2026',
      date: '2026-12-15',
      household: four(3_200_000),
      expect: { status: 'ineligible' },
    });
    check(rentBenefit, { name: '2027', date: ON, household: four(3_200_000), expect: { status: 'eligible' } });
  });
  it('the 2027 line at the won and 1 won over', () => {
    checkLine(rentBenefit, ON, 3_326_345, four);
  });
});

describe('a screening before the new year names the day the 2027 figures start', () => {
  it.each(['housing-benefit.rent', 'basic-livelihood.livelihood', 'basic-livelihood.medical'])(
    '%s on 2026-12-06: nextFiguresOn 2027-01-01, and none on 2027-01-15',
    (id) => {
      for (const [date, next] of [
        ['2026-12-06', '2027-01-01'],
        [ON, undefined],
      ] as const) {
        const out = screenHousehold(ELDER_RENTER_ALONE, { date });
        if (!out.ok) throw new Error(JSON.stringify(out.errors));
        const r = out.programs.find((p) => p.id === id);
        expect(
          r?.parameters.some((u) => u.id === 'basic-livelihood.median-income'),
          `${id} reads the median`,
        ).toBe(true);
        expect(r?.nextFiguresOn, `${id} on ${date}`).toBe(next);
      }
    },
  );
});

describe('7인 in 2027: 10,152,665, seen in two public copies (not in the release itself)', () => {
  const seven = (pension: number) => gwangjuRenter(family(7, 60, { pension }));

  it('the period: every cell secondary, 7인 10,152,665', () => {
    const p = periodAsOf(medianIncome, ON);
    expect(p.from).toBe('2027-01-01');
    expect(p.evidence).toBe('secondary');
    expect(p.cellEvidence).toBeUndefined();
    expect((p.value as Record<string, number>)['7']).toBe(10_152_665);
  });

  it('의료급여 7인 line 4,061,066 at the won and 1 won over (2026: 3,806,060)', () => {
    checkLine(medicalBenefit, ON, 4_061_066, seven);
    checkLine(medicalBenefit, '2026-12-31', 3_806_060, seven);
  });

  it('8인: 7인 + (7인 − 6인) = 11,176,129, 의료 line round(× 0.4) = 4,470,452', () => {
    const eight = (pension: number) => gwangjuRenter(family(8, 60, { pension }));
    checkLine(medicalBenefit, ON, 4_470_452, eight);
  });

  it('a 7-person screening on 2027-01-15 reads the 2027 7인 cell', () => {
    const out = screenHousehold(gwangjuRenter(family(7, 60, { pension: 1_000_000 })), { date: ON });
    if (!out.ok) throw new Error(JSON.stringify(out.errors));
    const r = out.programs.find((p) => p.id === 'basic-livelihood.medical');
    expect(r?.unavailable).toBeUndefined();
    const median = r?.parameters.find((u) => u.id === 'basic-livelihood.median-income' && u.keys.join() === '7');
    expect(median?.value).toBe(10_152_665);
    expect(median?.from).toBe('2027-01-01');
    expect(median?.evidence).toBe('secondary');
  });
});

describe("기준임대료 2027 (one copy: jjyu-gov data/median-2027.ts, 만원 to 0.1 with each cell's rise over 2026)", () => {
  // [2027 value, rise over 2026] per 급지, 1–6인, as printed there.
  const published: Record<string, [number, number][]> = {
    '1': [
      [38.1, 1.2],
      [43.1, 1.7],
      [51.4, 2.2],
      [59.6, 2.5],
      [61.8, 2.7],
      [73.1, 3.2],
    ],
    '2': [
      [31.3, 1.3],
      [35.2, 1.7],
      [42.2, 2.1],
      [48.8, 2.5],
      [50.5, 2.6],
      [59.9, 3.1],
    ],
    '3': [
      [25.9, 1.2],
      [29.1, 1.6],
      [34.7, 2.0],
      [40.3, 2.2],
      [41.8, 2.4],
      [49.2, 2.9],
    ],
    '4': [
      [23.4, 2.2],
      [26.5, 2.7],
      [31.8, 3.5],
      [36.9, 4.0],
      [38.2, 4.2],
      [45.2, 5.0],
    ],
  };
  const won = (manwon: number) => Math.round(manwon * 10_000);
  it('every 2027 cell is the printed figure, and the printed rises lead back to the encoded 2026 table', () => {
    const t2027 = periodAsOf(standardRent, ON).value as Record<string, Record<string, number>>;
    const t2026 = periodAsOf(standardRent, '2026-12-31').value as Record<string, Record<string, number>>;
    expect(periodAsOf(standardRent, ON).evidence).toBe('single');
    // That makes the 2026 table two copies (with the lh.or.kr-citing module): secondary since the eighth pass.
    expect(periodAsOf(standardRent, '2026-12-31').evidence).toBe('secondary');
    for (const [zone, row] of Object.entries(published)) {
      row.forEach(([value, rise], i) => {
        const size = String(i + 1);
        expect(t2027[zone]?.[size], `2027 ${zone}급지 ${size}인`).toBe(won(value));
        expect(t2026[zone]?.[size], `2026 ${zone}급지 ${size}인`).toBe(won(value - rise));
      });
    }
  });

  it('광주 (3급지) 1인 without income renting at 300,000: 247,000 on 2026-12-31, 259,000 on 2027-01-15', () => {
    const h = gwangjuRenter([person('head', 45)], { deposit: 0, financialAssets: 0, monthlyRent: 300_000 });
    check(rentBenefit, {
      name: '2026',
      date: '2026-12-31',
      household: h,
      expect: { status: 'eligible', amount: 247_000 },
    });
    check(rentBenefit, { name: '2027', date: ON, household: h, expect: { status: 'eligible', amount: 259_000 } });
  });
});
