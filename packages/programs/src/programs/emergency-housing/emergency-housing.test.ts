import { decideWithReasons } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { type Case, check, checkLine, family, gwangjuRenter, notEncoded, without } from '../../../test/helpers.ts';
import { emergencyHousing } from './program.ts';

/**
 * 긴급복지 주거지원 (emergency-housing/parameters.ts): 위기 + 소득 ≤ 중위 75 % + 재산 ≤ 241,000,000원
 * (대도시) + 금융재산 (below). 75 % lines: 2024 1인 2,228,445 × 0.75 = 1,671,333.75 → 1,671,334;
 * 2024 4인 5,729,913 × 0.75 = 4,297,434.75 → 4,297,435; 2025 1인 2,392,013 × 0.75 = 1,794,009.75 →
 * 1,794,010; 2026 1인 2,564,238 × 0.75 = 1,923,178.5 → 1,923,179; 2026 4인 6,494,738 × 0.75 =
 * 4,871,053.5 → 4,871,054. Monthly amount (대도시, WEAK): 1~2인 398,900 · 3~4인 662,500 · 5~6인 874,100.
 */
describe('긴급복지 주거지원', () => {
  const crisis = (size: number, income: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter(family(size, 45, { earned: income }), { inCrisis: true, ...fields });
  const lines = [
    { year: 2024, size: 1, line: 1_671_334, amount: 398_900 },
    { year: 2024, size: 4, line: 4_297_435, amount: 662_500 },
    { year: 2025, size: 1, line: 1_794_010, amount: 398_900 },
    { year: 2026, size: 1, line: 1_923_179, amount: 398_900 },
    { year: 2026, size: 4, line: 4_871_054, amount: 662_500 },
  ];
  const cases: Case[] = lines.flatMap(({ year, size, line, amount }) => {
    const date = `${year}-06-01`;
    return [
      {
        name: `${year} ${size}인: 실직 위기, 월 50만원`,
        date,
        household: crisis(size, 500_000),
        expect: { status: 'eligible', amount },
      },
      {
        name: `${year} ${size}인: 소득이 딱 ${line}원`,
        date,
        household: crisis(size, line),
        expect: { status: 'eligible', amount },
      },
      {
        name: `${year} ${size}인: 소득 ${line + 1}원`,
        date,
        household: crisis(size, line + 1),
        expect: { status: 'ineligible' },
      },
      {
        name: `${year} ${size}인: 위기 여부 모름`,
        date,
        household: without(crisis(size, 500_000), 'inCrisis'),
        expect: { status: 'unknown', missing: ['inCrisis'] },
      },
    ] satisfies Case[];
  });
  for (const c of cases) it(c.name, () => check(emergencyHousing, c));

  it('위기가 아니면 대상 아님', () =>
    check(emergencyHousing, {
      name: 'no crisis',
      date: '2026-06-01',
      household: crisis(1, 500_000, { inCrisis: false }),
      expect: { status: 'ineligible' },
    }));
  it('2026 대도시: 재산 241,000,000원 (보증금 1,000만 + 토지 23,100만) 대상, 1원 더 있으면 아님', () => {
    checkLine(emergencyHousing, '2026-06-01', 231_000_000, (n) => crisis(1, 500_000, { otherProperty: n }));
  });
  // 금융재산 (SOURCES-2026-12.md item 3, secondary): 2023–2024 800만원 flat (주거지원); from 2025 600만원 +
  // 생활준비금 = 기준 중위소득 100 %: 2025 1인 6,000,000 + 2,392,013 = 8,392,013 · 4인 + 6,097,773 = 12,097,773;
  // 2026 1인 + 2,564,238 = 8,564,238 · 4인 + 6,494,738 = 12,494,738 (the "1,249만원" of a 2026 copy).
  it.each([
    { year: 2024, size: 1, line: 8_000_000 },
    { year: 2025, size: 1, line: 8_392_013 },
    { year: 2025, size: 4, line: 12_097_773 },
    { year: 2026, size: 1, line: 8_564_238 },
    { year: 2026, size: 4, line: 12_494_738 },
  ])('$year $size인: 금융재산 $line원 대상, 1원 더 있으면 아님', ({ year, size, line }) => {
    const date = `${year}-06-01`;
    checkLine(emergencyHousing, date, line, (n) => crisis(size, 500_000, { financialAssets: n }));
  });
  it('금융재산 8,200,000원 1인: 2024-12-31 아님 (800만원), 2025-01-01 대상 (8,392,013원)', () => {
    check(emergencyHousing, {
      name: '2024-12-31',
      date: '2024-12-31',
      household: crisis(1, 500_000, { financialAssets: 8_200_000 }),
      expect: { status: 'ineligible' },
    });
    check(emergencyHousing, {
      name: '2025-01-01',
      date: '2025-01-01',
      household: crisis(1, 500_000, { financialAssets: 8_200_000 }),
      expect: { status: 'eligible' },
    });
  });
  it('amounts: 5인 874,100 · 7인 874,100 (7인 이상 NOT FOUND: last row reused) · 중소도시 3인 435,600', () => {
    check(emergencyHousing, {
      name: '5',
      date: '2026-06-01',
      household: crisis(5, 500_000),
      expect: { status: 'eligible', amount: 874_100 },
    });
    check(emergencyHousing, {
      name: '7',
      date: '2026-06-01',
      household: crisis(7, 500_000),
      expect: { status: 'eligible', amount: 874_100 },
    });
    check(emergencyHousing, {
      name: 'city',
      date: '2026-06-01',
      household: crisis(3, 500_000, { region: 'other' }),
      expect: { status: 'eligible', amount: 435_600 },
    });
  });
  it('2023: property limits start in 2024 → not encoded', () =>
    expect(notEncoded('emergency-housing', crisis(1, 500_000), '2023-06-01')).toBe('emergency-housing.property-limit'));
  it('words the 금융재산 test with the assets as they are, not a negative amount after the 기준액', () => {
    const r = decideWithReasons(emergencyHousing, crisis(1, 300_000, { financialAssets: 2_000_000 }) as never, {
      date: '2026-06-01',
    });
    const financial = r.criteria.find((c) => c.id === 'financial');
    expect(financial?.outcome).toBe(true);
    // 600만원 + 생활준비금 (2026 1인 중위 2,564,238원) = 8,564,238원.
    expect(financial?.sentence.ko).toContain('2,000,000원이');
    expect(financial?.sentence.ko).toContain('8,564,238원 이하입니다');
    expect(financial?.sentence.ko).not.toMatch(/-\d/);
  });
});
