import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { housingRate } from '../src/programs/housing-benefit/parameters.ts';
import { rentBenefit } from '../src/programs/housing-benefit/rent-benefit.ts';
import { permanentCarValue, permanentTotalAssets } from '../src/programs/public-rental/asset-parameters.ts';
import { permanentRental } from '../src/programs/public-rental/programs.ts';
import { catalog } from '../src/shared/catalog/registry.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { alone, checkLine, gwangjuRenter, person } from './helpers.ts';

/**
 * Sixth research pass (SOURCES-2026-12-sixth-pass.md). No figure changes value; three periods change grade
 * and one period is split:
 *
 * - 영구임대 2025 총자산 23,700만원: single → secondary. Second copy: a public LH-notice summariser whose prompt
 *   quotes an LH 영구임대 notice taking applications 2025-08-25 ~ 2025-08-29 ("총자산 … 23,700만원 또는 표에서
 *   237,000,000원", file ids 9105174241 / 9802253371), besides the checker built on 2025 notices (31153876017).
 * - 영구임대 2025 자동차가액 3,803만원: the same notice prints "자동차가액 3,803만원 이하", so 2025-01-01 … 2025-08-29
 *   is `single` (was `recall`); 2025-08-30 … 2025-11-17 stays carried, `recall`.
 * - 주거급여 2023 rate 47 %: recall → single (one app's policy-news data dated 2024-01-08: "2024년 주거급여 선정
 *   기준이 기준 중위소득 47%에서 48%로 확대", file ids 59067406841 / 58614395645).
 */
describe('영구임대 2025 asset lines (sixth pass)', () => {
  const household = (financialAssets: number, carValue = 0) =>
    alone(50, 1_000_000, { deposit: 0, financialAssets, carValue });

  it('총자산 237,000,000 is now two copies (secondary); the period runs into 2026 unchanged', () => {
    expect(periodAsOf(permanentTotalAssets, '2025-06-01')).toMatchObject({ value: 237_000_000, evidence: 'secondary' });
    expect(periodAsOf(permanentTotalAssets, '2026-06-01').value).toBe(237_000_000);
  });

  it('2025-06-01, 광주 1인: 총자산 237,000,000원 대상, 237,000,001원 아님 (LH 영구임대 notice of 2025-08)', () => {
    checkLine(permanentRental, '2025-06-01', 237_000_000, household);
  });

  it('자동차 3,803만원: single to 2025-08-29 (the notice), recall from 2025-08-30 to 2025-11-17', () => {
    expect(periodAsOf(permanentCarValue, '2025-01-01')).toMatchObject({ value: 38_030_000, evidence: 'single' });
    expect(periodAsOf(permanentCarValue, '2025-08-29')).toMatchObject({ value: 38_030_000, evidence: 'single' });
    expect(periodAsOf(permanentCarValue, '2025-08-30')).toMatchObject({ value: 38_030_000, evidence: 'recall' });
    expect(periodAsOf(permanentCarValue, '2025-11-17')).toMatchObject({ value: 38_030_000, evidence: 'recall' });
    expect(periodAsOf(permanentCarValue, '2025-11-18').value).toBe(45_630_000);
  });

  for (const date of ['2025-08-29', '2025-08-30']) {
    it(`${date}: 자동차 38,030,000원 대상, 38,030,001원 아님 (same line on both sides of the split)`, () => {
      checkLine(permanentRental, date, 38_030_000, (n) => household(0, n));
    });
  }

  it('a result resting on the carried period says so (recall); the day before it does not', () => {
    const evidenceOn = (date: string) => {
      const r = screenHousehold(household(0, 38_030_001), {
        date,
        programs: catalog.filter((e) => e.id === permanentRental.id),
      });
      return r.ok ? r.programs[0]?.evidence : undefined;
    };
    expect(evidenceOn('2025-08-30')).toBe('recall');
    expect(evidenceOn('2025-08-29')).not.toBe('recall');
  });
});

describe('주거급여 2023: 47 % (one copy, sixth pass)', () => {
  /** 1인, 70세, pension only, no deposit, 1,000,000원 in the bank (under the 생활준비금): 소득인정액 = the pension. */
  const elderly = (pension: number) =>
    gwangjuRenter([person('head', 70, { pension })], { deposit: 0, monthlyRent: 300_000, financialAssets: 1_000_000 });

  it('grade raised from recall (single here; secondary since the seventh pass), value unchanged', () => {
    expect(periodAsOf(housingRate, '2023-06-01')).toMatchObject({ value: 0.47, evidence: 'secondary' });
    expect(periodAsOf(housingRate, '2024-01-01')).toMatchObject({ value: 0.48, evidence: 'secondary' });
  });

  // 2023 1인 중위 2,077,892 × 0.47 = 976,609.24 → 976,609; at the line: ceil10(203,000 − floor((976,609 − 623,368) × 0.3))
  // = ceil10(203,000 − 105,972) = 97,030 (3급지 1인 기준임대료 203,000).
  it('2023-06-01 광주 1인: 소득인정액 976,609원 → 97,030원; 976,610원 → 대상 아님', () => {
    checkLine(rentBenefit, '2023-06-01', 976_609, elderly, 97_030);
  });
});
