import { describe, expect, it } from 'vitest';
import {
  type Case,
  check,
  checkLine,
  family,
  gwangjuRenter,
  notEncoded,
  person,
  without,
} from '../../../test/helpers.ts';
import { vulnerableHousing } from './program.ts';

/**
 * 주거취약계층 주거지원 (vulnerable-housing/parameters.ts): 비주택 3개월 이상, 소득 ≤ 도시근로자 50 %,
 * 총자산 ≤ 241,000,000원, 자동차 ≤ 37,080,000원 (2024 figures, still in force 2025–2026).
 * 50 % lines, 1인: 2024 3,482,964 × 0.5 = 1,741,482 (마이홈 table "1인 174만") ·
 * 2025 3,598,164 × 0.5 = 1,799,082 · 2026 3,813,363 × 0.5 = 1,906,681.5 → 1,906,682.
 * Amount shown: the one-off 이사비·생필품 allowance, 400,000원.
 */
describe('주거취약계층 주거지원', () => {
  const gosiwon = (income: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter([person('head', 58, { earned: income })], {
      housingType: 'goshiwon',
      nonHousingMonths: 6,
      deposit: 0,
      monthlyRent: 300_000,
      ...fields,
    });
  const lines = [
    { year: 2024, line: 1_741_482 },
    { year: 2025, line: 1_799_082 },
    { year: 2026, line: 1_906_682 },
  ];
  const cases: Case[] = lines.flatMap(({ year, line }) => {
    const date = `${year}-06-01`;
    return [
      {
        name: `${year}: 고시원 6개월, 월 120만원`,
        date,
        household: gosiwon(1_200_000),
        expect: { status: 'eligible', amount: 400_000 },
      },
      {
        name: `${year}: 소득이 딱 ${line}원 (50 % 선)`,
        date,
        household: gosiwon(line),
        expect: { status: 'eligible', amount: 400_000 },
      },
      {
        name: `${year}: 소득 ${line + 1}원 (1원 초과)`,
        date,
        household: gosiwon(line + 1),
        expect: { status: 'ineligible', amount: null },
      },
      {
        name: `${year}: 비주택 거주 기간 모름`,
        date,
        household: without(gosiwon(1_200_000), 'nonHousingMonths'),
        expect: { status: 'unknown', missing: ['nonHousingMonths'] },
      },
    ] satisfies Case[];
  });
  for (const c of cases) it(c.name, () => check(vulnerableHousing, c));

  it('2026: 3개월이면 대상, 2개월이면 아님 (지침 제3조: 3개월 이상)', () => {
    check(vulnerableHousing, {
      name: '3',
      date: '2026-06-01',
      household: gosiwon(1_000_000, { nonHousingMonths: 3 }),
      expect: { status: 'eligible' },
    });
    check(vulnerableHousing, {
      name: '2',
      date: '2026-06-01',
      household: gosiwon(1_000_000, { nonHousingMonths: 2 }),
      expect: { status: 'ineligible' },
    });
  });
  it('2026: 2인 가구 선 = 5,866,270 × 0.5 = 2,933,135', () => {
    const two = (income: number) =>
      gwangjuRenter(family(2, 58, { earned: income }), { housingType: 'jjokbang', nonHousingMonths: 12 });
    checkLine(vulnerableHousing, '2026-06-01', 2_933_135, two);
  });
  it('2026: 자동차 37,080,000원까지', () => {
    checkLine(vulnerableHousing, '2026-06-01', 37_080_000, (n) => gosiwon(1_000_000, { carValue: n }));
  });
  it('반지하 (주택) 거주는 이 기준으로는 대상 아님 (아동 가구 기준은 스크리닝하지 않음)', () =>
    check(vulnerableHousing, {
      name: 'semi',
      date: '2026-06-01',
      household: gosiwon(1_000_000, { housingType: 'semi_basement' }),
      expect: { status: 'ineligible' },
    }));
  it('2023: the urban-worker table and these limits start in 2024 → not encoded', () =>
    expect(notEncoded('vulnerable-housing', gosiwon(1_000_000), '2023-06-01')).toBe(
      'public-rental.urban-worker-income',
    ));
});
