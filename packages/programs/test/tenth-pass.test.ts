import { describe, expect, it } from 'vitest';
import { repairBenefit } from '../src/programs/housing-benefit/repair-benefit.ts';
import { incomeBreakdown } from '../src/shared/screen/income-breakdown.ts';
import { check, checkLine, gwangjuRenter, person } from './helpers.ts';

/**
 * The tenth pass (SOURCES-2026-12-tenth-pass.md): the order of the 주거용재산 한도 and the 기본재산액·부채 공제. The 한도
 * caps the home's gross value (the part above it is 일반재산), then 기본재산액 and 부채 are taken from the capped
 * 주거용재산, then 일반재산 (that part included), then 금융재산 (after the 생활준비금). Four independent public copies
 * agree (secondary); until this pass the 기본재산액 was taken off first and what was left capped.
 *
 * 2024~ figures (광역·세종·창원, 광주 included): 한도 1억 4,600만 · 기본재산액 7,700만; 그 외: 1억 1,200만 · 5,300만.
 * Monthly rates: 주거용 1.04 % · 일반 4.17 % · 금융 6.26 %; 생활준비금 500만.
 */

/** 1인, 72세, an owner with no income but `pension`; the rest of the household as gwangjuRenter has it. */
const owner = (pension: number, fields: Record<string, unknown> = {}) =>
  gwangjuRenter([person('head', 72, { pension })], {
    tenure: 'owner',
    housingType: 'apartment',
    deposit: 0,
    monthlyRent: 0,
    ...fields,
  });

const parts = (household: object, date: string) => {
  const b = incomeBreakdown(household, 'housing-benefit.repair', date);
  if (!b) throw new Error('no breakdown');
  return {
    residential: b.property.residential.amount,
    general: b.property.general.amount,
    financial: b.property.financial.amount,
    total: b.recognizedIncome,
  };
};

describe('주거용재산 한도 first, then 기본재산액 (tenth pass)', () => {
  // The guide's example, which it says is the 찾기쉬운 생활법령정보 one (file ids 59614076030, 59138573429):
  //   세종, 주거용 1억 6,600만 · 일반 3,000만 → 2,000만 over the 한도 is 일반재산: 5,000만 × 4.17 % = 2,085,000;
  //   (1억 4,600만 − 7,700만) = 6,900만 × 1.04 % = 717,600; together 2,802,600 (the old order gave 2,176,600:
  //   (1억 6,600만 − 7,700만) = 8,900만 × 1.04 % = 925,600 + 3,000만 × 4.17 % = 1,251,000).
  it('세종, 주거용 1억 6,600만 · 일반 3,000만 (2026): 717,600 + 2,085,000 = 2,802,600원', () => {
    const sejong = owner(0, { region: 'sejong', gwangjuDistrict: undefined, residentialProperty: 166_000_000 });
    expect(parts({ ...sejong, otherProperty: 30_000_000 }, '2026-06-01')).toEqual({
      residential: 717_600,
      general: 2_085_000,
      financial: 0,
      total: 2_802_600,
    });
  });

  // 광주, 집 1억 5,000만: 400만 over the 한도 × 4.17 % = 166,800; (1억 4,600만 − 7,700만) × 1.04 % = 717,600;
  // 884,400 in all. 주거급여 선정기준 2026 1인 1,230,834 − 884,400 = 346,434 of pension at most. The old order gave
  // (1억 5,000만 − 7,700만) × 1.04 % = 759,200, so pensions up to 471,634 were within the line.
  it('광주 자가 1인, 집 1억 5,000만 (2026): 884,400원; 수선유지급여 up to a pension of 346,434 (was 471,634)', () => {
    const home = (pension: number) => owner(pension, { residentialProperty: 150_000_000 });
    expect(parts(home(0), '2026-06-01')).toEqual({
      residential: 717_600,
      general: 166_800,
      financial: 0,
      total: 884_400,
    });
    checkLine(repairBenefit, '2026-06-01', 346_434, home);
    check(repairBenefit, {
      name: 'a pension of 400,000: within the line in the old order, over it now',
      date: '2026-06-01',
      household: home(400_000),
      expect: { status: 'ineligible' },
    });
  });

  // 부채 goes with the 기본재산액: 1억 4,600만 − (7,700만 + 3,000만) = 3,900만 × 1.04 % = 405,600; the 1,400만 over
  // the 한도 stays 일반재산: 583,800. (Old order: 1억 6,000만 − 1억 700만 = 5,300만 × 1.04 % = 551,200 only.)
  it('광주 자가, 집 1억 6,000만, 부채 3,000만 (2026): 405,600 + 583,800 = 989,400원', () => {
    const h = owner(0, { residentialProperty: 160_000_000, debts: 30_000_000 });
    expect(parts(h, '2026-06-01')).toEqual({ residential: 405_600, general: 583_800, financial: 0, total: 989_400 });
  });

  // What is left of 기본재산액 + 부채 after the capped home is taken from 일반재산 (the part over the 한도 included),
  // then from 금융재산: 그 외 지역, 집 1억 2,000만, 부채 7,000만, 예금 1,000만 → 1억 2,300만 − 1억 1,200만 = 1,100만
  // left; 800만 over the 한도 → 0, 300만 left; 1,000만 − 500만 − 300만 = 200만 × 6.26 % = 125,200.
  it('그 외 지역, 집 1억 2,000만, 부채 7,000만, 예금 1,000만 (2026): only 125,200원 of savings counts', () => {
    const h = owner(0, {
      region: 'other',
      gwangjuDistrict: undefined,
      residentialProperty: 120_000_000,
      debts: 70_000_000,
      financialAssets: 10_000_000,
    });
    expect(parts(h, '2026-06-01')).toEqual({ residential: 0, general: 0, financial: 125_200, total: 125_200 });
  });

  // Before 2024 the same order with the city-type figures (대도시: 한도 1억 2,000만 · 기본재산액 6,900만), as one
  // public 2022 calculator does it (file id 47696394403): 광주, 집 1억 5,000만 → 3,000만 × 4.17 % = 1,251,000 and
  // (1억 2,000만 − 6,900만) × 1.04 % = 530,400; 1,781,400 (old order: 8,100만 × 1.04 % = 842,400).
  it('광주 자가, 집 1억 5,000만 (2022): 530,400 + 1,251,000 = 1,781,400원', () => {
    const h = owner(0, { residentialProperty: 150_000_000 });
    expect(parts(h, '2022-06-01')).toEqual({
      residential: 530_400,
      general: 1_251_000,
      financial: 0,
      total: 1_781_400,
    });
  });
});
