import { decide } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { type Case, check, gwangjuRenter, person, without } from '../../../test/helpers.ts';
import { catalog } from '../../shared/catalog/registry.ts';
import { screenHousehold } from '../../shared/screen/screen.ts';
import { rentBenefit } from './rent-benefit.ts';
import { repairBenefit } from './repair-benefit.ts';

/**
 * 주거급여 임차급여 (housing-benefit/*.ts, SOURCES-housing-benefit.md). Figures used by hand:
 *   2026 기준 중위소득 1인 2,564,238 · 4인 6,494,738; 2024 1인 2,228,445.
 *   주거급여 선정기준 48 %: 2026 1인 2,564,238 × 0.48 = 1,230,834.24 → 1,230,834; 4인 3,117,474;
 *     2024 1인 2,228,445 × 0.48 = 1,069,653.6 → 1,069,654.
 *   생계급여 선정기준 32 %: 2026 1인 820,556 (고시 table); 4인 2,078,316; 2024 1인 713,102.4 → 713,102.
 *   기준임대료 광주 (3급지): 2026 1인 247,000 · 4인 381,000; 2024 1인 216,000.
 *   실제임차료 = 월세 + 보증금 × 4 % ÷ 12; 자기부담 = floor((소득인정액 − 생계 선정기준) × 30 %);
 *   지급액 = ceil10(min(실제임차료, 기준임대료) − 자기부담), at least 10,000.
 * Pensions are not deducted, and a deposit × 0.95 under the 기본재산액 (광역시 7,700만원 from 2024)
 * adds nothing, so 소득인정액 = the pension in these households.
 */
describe('주거급여 (임차급여)', () => {
  const elderly = (pension: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter([person('head', 70, { pension })], {
      deposit: 5_000_000,
      monthlyRent: 300_000,
      financialAssets: 1_000_000,
      ...fields,
    });
  const cases: Case[] = [
    {
      name: '2026 광주 1인, 소득 없음, 월세 2,000,000: 실제임차료 > 기준임대료 247,000 × 5 = 1,235,000 → 최저지급액 10,000',
      date: '2026-06-01',
      household: elderly(0, { deposit: 0, monthlyRent: 2_000_000 }),
      expect: { status: 'eligible', amount: 10_000 },
    },
    {
      name: '2026 광주 1인, 소득 없음, 월세 1,235,000 (= 기준임대료의 정확히 5배, 넘지 않음) → 기준임대료 247,000',
      date: '2026-06-01',
      household: elderly(0, { deposit: 0, monthlyRent: 1_235_000 }),
      expect: { status: 'eligible', amount: 247_000 },
    },
    {
      name: '2026 광주 1인 노인 세입자, 연금 50만원: 실제임차료 300,000 + 5,000,000×4%÷12 = 316,667 > 기준임대료 247,000 → 247,000',
      date: '2026-06-01',
      household: elderly(500_000),
      expect: { status: 'eligible', amount: 247_000 },
    },
    {
      name: '2026 4인 가족, 근로소득 250만원 × 70 % = 소득인정액 1,750,000 (< 생계 2,078,316 → 자기부담 0); 실제임차료 516,667 > 381,000 → 381,000',
      date: '2026-06-01',
      household: gwangjuRenter(
        [
          person('head', 45, { earned: 2_000_000 }),
          person('spouse', 43, { earned: 500_000 }),
          person('child', 12),
          person('child', 8),
        ],
        { deposit: 20_000_000, monthlyRent: 450_000, financialAssets: 3_000_000 },
      ),
      expect: { status: 'eligible', amount: 381_000 },
    },
    {
      name: '2026 1인, 소득인정액이 딱 1,230,834 (48 % 선): 자기부담 floor(410,278 × 0.3) = 123,083; 247,000 − 123,083 = 123,917 → 123,920',
      date: '2026-06-01',
      household: elderly(1_230_834, { deposit: 0 }),
      expect: { status: 'eligible', amount: 123_920 },
    },
    {
      name: '2026 1인, 소득인정액 1,230,835 (1원 초과)',
      date: '2026-06-01',
      household: elderly(1_230_835, { deposit: 0 }),
      expect: { status: 'ineligible', amount: null },
    },
    {
      name: '2026 1인, 연금 100만원 (생계 선 820,556 초과): 자기부담 floor(179,444 × 0.3) = 53,833; 247,000 − 53,833 = 193,167 → 193,170',
      date: '2026-06-01',
      household: elderly(1_000_000, { deposit: 0 }),
      expect: { status: 'eligible', amount: 193_170 },
    },
    {
      name: '2026 1인, 연금 액수 모름 → 판단 불가, 연금을 물어야 함',
      date: '2026-06-01',
      household: gwangjuRenter([{ ...person('head', 70), pensionIncome: undefined }]),
      expect: { status: 'unknown', missing: ['members[0].pensionIncome'] },
    },
    {
      name: '2024 광주 1인 노인, 연금 50만원 → 기준임대료 216,000',
      date: '2024-06-01',
      household: elderly(500_000),
      expect: { status: 'eligible', amount: 216_000 },
    },
    {
      name: '2024 1인, 딱 1,069,654: 자기부담 floor(356,552 × 0.3) = 106,965; 216,000 − 106,965 = 109,035 → 109,040',
      date: '2024-06-01',
      household: elderly(1_069_654, { deposit: 0 }),
      expect: { status: 'eligible', amount: 109_040 },
    },
    {
      name: '2024 1인, 1,069,655',
      date: '2024-06-01',
      household: elderly(1_069_655, { deposit: 0 }),
      expect: { status: 'ineligible' },
    },
    {
      name: '2026 자가 가구는 임차급여 대상 아님',
      date: '2026-06-01',
      household: elderly(500_000, { tenure: 'owner', residentialProperty: 50_000_000 }),
      expect: { status: 'ineligible' },
    },
  ];
  for (const c of cases) it(c.name, () => check(rentBenefit, c));
  it('2025 광주 1인: 3급지 기준임대료 228,000원 (partial 2025 table, unverified)', () =>
    // 실제임차료 300,000 + 5,000,000 × 4 % ÷ 12 = 316,667 > 228,000; 소득인정액 500,000 (연금; 보증금
    // 4,750,000 < 기본재산액 7,700만원, 예금 < 생활준비금) ≤ 2025 생계 선정기준 1인 765,444 → no self-burden.
    check(rentBenefit, {
      name: '2025 광주 1인',
      date: '2025-06-01',
      household: elderly(500_000),
      expect: { status: 'eligible', amount: 228_000 },
    }));
  it('전세: no monthly rent is asked, and the result is the same as with 월세 0원', () => {
    // 보증금 3,000만원 × 4 % ÷ 12 = 100,000원 a month, under the 2026 3급지 1인 기준임대료 247,000원.
    const jeonse = elderly(500_000, { tenure: 'jeonse', deposit: 30_000_000 });
    const asked = decide(rentBenefit, without(jeonse, 'monthlyRent'), { date: '2026-06-01' });
    const withZero = decide(rentBenefit, { ...jeonse, monthlyRent: 0 }, { date: '2026-06-01' });
    expect(asked.missing.map((m) => m.path)).not.toContain('monthlyRent');
    expect(asked.status).toBe('eligible');
    expect(asked.amount).toBe(withZero.amount);
    expect(asked.amount).toBe(100_000);
  });

  it('2025: cells the partial table lacks (경기 2급지) are "not encoded", no guess', () => {
    const r = screenHousehold(elderly(500_000, { region: 'gyeonggi' }), {
      date: '2025-06-01',
      programs: catalog.filter((e) => e.id === 'housing-benefit.rent'),
    });
    expect(r.ok && r.programs[0]?.unavailableParameter).toBe('housing-benefit.standard-rent');
  });
});

describe('주거급여 (수선유지급여, 자가)', () => {
  const owner = (pension: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter([person('head', 72, { pension })], {
      tenure: 'owner',
      residentialProperty: 60_000_000,
      deposit: 0,
      monthlyRent: 0,
      ...fields,
    });
  const cases: Case[] = [
    // 집값 6,000만원 < 기본재산액 7,700만원 → 재산 환산 0, 소득인정액 = 연금.
    {
      name: '2026 자가 1인, 연금 50만원',
      date: '2026-06-01',
      household: owner(500_000),
      expect: { status: 'eligible' },
    },
    {
      name: '2026 자가 1인, 딱 1,230,834',
      date: '2026-06-01',
      household: owner(1_230_834),
      expect: { status: 'eligible' },
    },
    {
      name: '2026 자가 1인, 1,230,835',
      date: '2026-06-01',
      household: owner(1_230_835),
      expect: { status: 'ineligible' },
    },
    {
      name: '2026 점유 형태 모름',
      date: '2026-06-01',
      household: without(owner(500_000), 'tenure'),
      expect: { status: 'unknown', missing: ['tenure'] },
    },
  ];
  for (const c of cases) it(c.name, () => check(repairBenefit, c));
});
