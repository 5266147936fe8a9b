import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { check, gwangjuRenter, person } from '../../../test/helpers.ts';
import { housingRate, standardRent } from './parameters.ts';
import { rentBenefit } from './rent-benefit.ts';

/**
 * Fifth pass (SOURCES-2026-12-fifth-pass.md): news1, 2021-07-30 (https://www.news1.kr/articles/?4389416) on the
 * 2022 lines: 주거급여 46 % (1인 89만4614원 … 4인 235만5697원), and the 2022 기준임대료 for 4인 in every 급지 —
 * 서울 506,000 · 경기·인천 391,000 · 광역시 (광주) 310,000 · 그 외 254,000 — a second copy of the wellheal table's 4인
 * column. Boundary: a 광주 4인 household with no income gets min(월세, 310,000).
 */
describe('2022 주거급여: rate 46 % and the 4인 기준임대료 (news1 2021-07-30)', () => {
  it('grades: rate secondary (recall → single here, secondary in the seventh pass); 4인 cells secondary, the rest single', () => {
    expect(periodAsOf(housingRate, '2022-06-01')).toMatchObject({ value: 0.46, evidence: 'secondary' });
    const p = periodAsOf(standardRent, '2022-06-01');
    expect(p.evidence).toBe('single');
    expect(p.cellEvidence).toEqual({ '1.4': 'secondary', '2.4': 'secondary', '3.4': 'secondary', '4.4': 'secondary' });
    const t = p.value as Record<string, Record<string, number>>;
    expect([t['1']?.['4'], t['2']?.['4'], t['3']?.['4'], t['4']?.['4']]).toEqual([506_000, 391_000, 310_000, 254_000]);
  });
  const four = (monthlyRent: number) =>
    gwangjuRenter([person('head', 45), person('spouse', 45), person('child', 10), person('child', 12)], {
      deposit: 0,
      financialAssets: 0,
      monthlyRent,
    });
  it('광주 4인, 소득 0: 월세 310,000원 → 310,000원; 310,001원 → still 310,000원 (capped)', () => {
    check(rentBenefit, {
      name: 'at',
      date: '2022-07-01',
      household: four(310_000),
      expect: { status: 'eligible', amount: 310_000 },
    });
    check(rentBenefit, {
      name: 'over',
      date: '2022-07-01',
      household: four(310_001),
      expect: { status: 'eligible', amount: 310_000 },
    });
  });
});
