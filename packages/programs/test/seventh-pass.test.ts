import { periodAsOf } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { housingRate, standardRent } from '../src/programs/housing-benefit/parameters.ts';
import { rentBenefit } from '../src/programs/housing-benefit/rent-benefit.ts';
import { financialLivingAllowance } from '../src/shared/income-assessment/parameters.ts';
import { check, checkLine, gwangjuRenter, person } from './helpers.ts';

/**
 * Seventh research pass (SOURCES-2026-12-seventh-pass.md), 주거급여. No figure changes value; grades rise:
 *
 * - rate 2019 44 % and 2020 45 %: recall → single. 서울경제 2019-07-30 (https://sedaily.com/NewsView/1VLW9OY5CK):
 *   "주거급여 기준은 내년에는 올해(44%)보다 오른 45%로 결정됐다. 이에 따라 4인 가구 주거급여는 서울 기준 올해
 *   36만5,000원에서 41만5,000원으로 인상됐다" — which also gives 1급지 4인 기준임대료 2019 and 2020 a second copy.
 * - rate 2022 46 %: single → secondary (인천광역시 release, newsbox.co.kr 2022: "45%(…)에서 46%(…)로 확대").
 * - rate 2023 47 %: single → secondary, and the 2023 기준임대료 1급지·4급지 1–4인 (8 cells) single → secondary: a blog
 *   list "2023년 1월 1일 새롭게 변경" (newwinddawn.tistory.com): "중위소득의 47%이하 … 1인(16.4만~33.0만) 2인(18.5만~
 *   37.0만) 3인(22.0만~44.1만) 4인(25.6만~51.0만)".
 */
describe('주거급여 rate grades (seventh pass)', () => {
  it('2019 44 % and 2020 45 % single (were recall); 2022 46 % and 2023 47 % secondary (were single)', () => {
    expect(periodAsOf(housingRate, '2019-06-01')).toMatchObject({ value: 0.44, evidence: 'single' });
    expect(periodAsOf(housingRate, '2020-06-01')).toMatchObject({ value: 0.45, evidence: 'single' });
    expect(periodAsOf(housingRate, '2022-06-01')).toMatchObject({ value: 0.46, evidence: 'secondary' });
    expect(periodAsOf(housingRate, '2023-06-01')).toMatchObject({ value: 0.47, evidence: 'secondary' });
  });

  /** 1인, 70세, pension only, no deposit, 1,000,000원 in the bank (under the 생활준비금): 소득인정액 = the pension. */
  const elderly = (pension: number) =>
    gwangjuRenter([person('head', 70, { pension })], { deposit: 0, monthlyRent: 300_000, financialAssets: 1_000_000 });

  // 2019 1인 중위 1,707,008 × 0.44 = 751,083.52 → 751,084; 생계 30 % 512,102; 자기부담 floor((751,084 − 512,102) × 0.3)
  // = 71,694; ceil10(163,000 − 71,694) = 91,310 (3급지 1인 기준임대료 2019 163,000).
  it('2019-06-01 광주 1인: 소득인정액 751,084원 → 91,310원; 751,085원 → 대상 아님 (44 %)', () => {
    checkLine(rentBenefit, '2019-06-01', 751_084, elderly, 91_310);
  });

  // 2020 1인 중위 1,757,194 × 0.45 = 790,737.3 → 790,737; 생계 30 % 527,158; 자기부담 floor(263,579 × 0.3) = 79,073;
  // ceil10(179,000 − 79,073) = 99,930 (3급지 1인 기준임대료 2020 179,000).
  it('2020-06-01 광주 1인: 소득인정액 790,737원 → 99,930원; 790,738원 → 대상 아님 (45 %)', () => {
    checkLine(rentBenefit, '2020-06-01', 790_737, elderly, 99_930);
  });
});

describe('기준임대료 cells with a second copy (seventh pass)', () => {
  it('cell grades: 2019 and 2020 1급지 4인; 2023 1급지 and 4급지 1–4인', () => {
    for (const date of ['2019-06-01', '2020-06-01']) {
      const p = periodAsOf(standardRent, date);
      expect(p.evidence).toBe('single');
      expect(p.cellEvidence).toEqual({ '1.4': 'secondary' });
    }
    const p23 = periodAsOf(standardRent, '2023-06-01');
    expect(p23.evidence).toBe('single');
    const cells = ['1.1', '1.2', '1.3', '1.4', '4.1', '4.2', '4.3', '4.4'];
    expect(p23.cellEvidence).toEqual(Object.fromEntries(cells.map((c) => [c, 'secondary'])));
  });

  /** n people, no income, no deposit or savings, paying `monthlyRent`, in `region`. */
  const renters = (n: number, region: string) => (monthlyRent: number) =>
    gwangjuRenter(
      [person('head', 45), ...Array.from({ length: n - 1 }, (_, i) => person(i === 0 ? 'spouse' : 'child', 12))],
      { region, deposit: 0, financialAssets: 0, monthlyRent },
    );

  // With no income the benefit is min(월세, 기준임대료): at the cell it is paid in full, one won over it is capped.
  const cases = [
    { date: '2019-06-01', n: 4, region: 'seoul', cell: 365_000, what: '서울 4인 2019 (36만5,000원)' },
    { date: '2020-06-01', n: 4, region: 'seoul', cell: 415_000, what: '서울 4인 2020 (41만5,000원)' },
    { date: '2023-06-01', n: 1, region: 'seoul', cell: 330_000, what: '서울 1인 2023 (33.0만)' },
    { date: '2023-06-01', n: 4, region: 'other', cell: 256_000, what: '4급지 4인 2023 (25.6만)' },
  ];
  for (const c of cases) {
    it(`${c.what}: 월세 ${c.cell}원 → ${c.cell}원; 1원 더 → still ${c.cell}원`, () => {
      const at = renters(c.n, c.region);
      check(rentBenefit, {
        name: 'at',
        date: c.date,
        household: at(c.cell),
        expect: { status: 'eligible', amount: c.cell },
      });
      check(rentBenefit, {
        name: 'over',
        date: c.date,
        household: at(c.cell + 1),
        expect: { status: 'eligible', amount: c.cell },
      });
    });
  }
});

/**
 * 금융재산 생활준비금 500만원: 2024–2025 secondary (ecoblacksmith.com on the 2024 rules, bigwallet.kr on 2025); before
 * 2024 carried back (single); 2026 single with the 600만원 conflict recorded.
 */
describe('금융재산 생활준비금 500만원 (seventh pass)', () => {
  it('grades by period; the value is 5,000,000 throughout', () => {
    expect(periodAsOf(financialLivingAllowance, '2023-06-01')).toMatchObject({ value: 5_000_000, evidence: 'single' });
    expect(periodAsOf(financialLivingAllowance, '2024-06-01')).toMatchObject({
      value: 5_000_000,
      evidence: 'secondary',
    });
    expect(periodAsOf(financialLivingAllowance, '2025-06-01')).toMatchObject({
      value: 5_000_000,
      evidence: 'secondary',
    });
    expect(periodAsOf(financialLivingAllowance, '2026-06-01')).toMatchObject({ value: 5_000_000, evidence: 'single' });
  });

  // 광주 1인, 70세, no deposit or other property: 금융재산 first loses the 광역시 기본재산액 (7,700만원) and the
  // 생활준비금 (500만원), so up to 82,000,000원 counts nothing; above it each won counts 월 6.26 %. The pension sits
  // exactly on the 2024 주거급여 line (1인 중위 2,228,445 × 0.48 = 1,069,653.6 → 1,069,654), and 소득인정액 is
  // rounded to the won: 7원 over adds 0.44원 (→ 0), 8원 over adds 0.50원 (→ 1원, over the line). Without the
  // 생활준비금 the 500만원 would add 313,000원 and both households would be over.
  const saver = (financialAssets: number) =>
    gwangjuRenter([person('head', 70, { pension: 1_069_654 })], { deposit: 0, monthlyRent: 300_000, financialAssets });
  it('2024-06-01 광주 1인 at the 주거급여 line: 금융재산 82,000,007원 대상; 82,000,008원 아님', () => {
    checkLine(rentBenefit, '2024-06-01', 82_000_007, saver);
  });
});
