import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { alone, check } from '../../../test/helpers.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { nationalCarValue, nationalTotalAssets, permanentCarValue, permanentTotalAssets } from './asset-parameters.ts';
import { nationalRental, permanentRental } from './programs.ts';

/**
 * Fifth pass over 공공임대 asset history (SOURCES-2026-12-fifth-pass.md, issue 16 items 8–9).
 *
 * - 2023: 쿠키뉴스 2024-01-08 (copy at kuk.kode.co.kr/article/view/kuk202401080058): "자산 2억5500만원(영구)·
 *   3억6100만원(국민) △자동차 가액 3683만원 이하" for 2023. A second copy of the 국민 pair (with the 복지로-derived
 *   dataset) and the first of the 영구 pair. No 2023 urban-worker table is encoded, so 2023 screening still stops
 *   at that table (years.test.ts); these tests pin the figures.
 * - 2025 car: 3,803만원 in the LH 화성동탄 행복주택 notice of 2025-07-31 (file id 47521226725), 4,563만원 in the LH
 *   평택소사벌 A-6 행복주택 notice taking applications 2025-11-18 (file id 32024870852). In between the day of the
 *   change is unknown: 3,803만원 is carried (grade `recall`, so results say the figure needs checking).
 */
describe('2023 asset lines (쿠키뉴스 2024-01-08)', () => {
  it('국민임대 2023: 총자산 361,000,000 and 자동차 36,830,000, now two copies (secondary)', () => {
    expect(periodAsOf(nationalTotalAssets, '2023-12-31')).toMatchObject({ value: 361_000_000, evidence: 'secondary' });
    expect(periodAsOf(nationalCarValue, '2023-12-31')).toMatchObject({ value: 36_830_000, evidence: 'secondary' });
  });
  it('영구임대 2023: 총자산 255,000,000 and 자동차 36,830,000 (one copy), 2024 takes over on 2024-01-01', () => {
    expect(periodAsOf(permanentTotalAssets, '2023-01-01')).toMatchObject({ value: 255_000_000, evidence: 'single' });
    expect(periodAsOf(permanentCarValue, '2023-01-01')).toMatchObject({ value: 36_830_000, evidence: 'single' });
    expect(periodAsOf(permanentTotalAssets, '2024-01-01').value).toBe(241_000_000);
    expect(periodAsOf(permanentCarValue, '2024-01-01').value).toBe(37_080_000);
    expect(() => periodAsOf(permanentTotalAssets, '2022-12-31')).toThrow();
  });
  it('2023 영구임대 screening still stops at the missing urban-worker table, not at an asset line', () => {
    const h = alone(50, 1_000_000, { financialAssets: 0, carValue: 0 });
    const r = screenHousehold(h, { date: '2023-06-01', programs: catalog.filter((e) => e.id === permanentRental.id) });
    expect(r.ok && r.programs[0]?.unavailableParameter).toBe('public-rental.urban-worker-income');
  });
});

describe('2025 car limit: 3,803만원 to 2025-07-31 (notice), carried to 2025-11-17 (recall), 4,563만원 from 2025-11-18', () => {
  const withCar = (carValue: number) => alone(50, 1_000_000, { financialAssets: 0, carValue });
  const atAndOver = (date: string, limit: number) => {
    for (const program of [nationalRental, permanentRental]) {
      check(program, { name: `${program.id} at`, date, household: withCar(limit), expect: { status: 'eligible' } });
      check(program, {
        name: `${program.id} over`,
        date,
        household: withCar(limit + 1),
        expect: { status: 'ineligible' },
      });
    }
  };
  it('2025-07-31 (LH 화성동탄 notice): 38,030,000원 대상, 38,030,001원 아님', () =>
    atAndOver('2025-07-31', 38_030_000));
  it('2025-11-17: 3,803만원 carried, graded recall so the result says it needs checking', () => {
    atAndOver('2025-11-17', 38_030_000);
    expect(periodAsOf(nationalCarValue, '2025-08-01')).toMatchObject({ from: '2025-08-01', evidence: 'recall' });
    const r = screenHousehold(withCar(38_030_001), {
      date: '2025-09-01',
      programs: catalog.filter((e) => e.id === nationalRental.id),
    });
    expect(r.ok && r.programs[0]?.evidence).toBe('recall');
  });
  it('2025-11-18 (LH 평택소사벌 notice): 45,630,000원 대상, 45,630,001원 아님 — a 4,000만원 car is no longer a "no"', () => {
    atAndOver('2025-11-18', 45_630_000);
    check(nationalRental, {
      name: '4,000만원 car, the day before',
      date: '2025-11-17',
      household: withCar(40_000_000),
      expect: { status: 'ineligible' },
    });
    check(nationalRental, {
      name: '4,000만원 car',
      date: '2025-11-18',
      household: withCar(40_000_000),
      expect: { status: 'eligible' },
    });
    expect(periodAsOf(nationalCarValue, '2025-11-18')).toMatchObject({ value: 45_630_000, evidence: 'secondary' });
    // One period runs on into 2026 (same figure as the 2026 period before this pass).
    expect(periodAsOf(nationalCarValue, '2026-06-01').from).toBe('2025-11-18');
  });
});
