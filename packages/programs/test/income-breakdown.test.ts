import { describe, expect, it } from 'vitest';
import { incomeBreakdown, PROPERTY_KINDS, screenHousehold } from '../src/index.ts';

const DATE = '2026-03-01';

/**
 * Issue 17's family of four in 북구: 2,950,000원 a month from work, and an 800만원 car. The earners' disability is
 * given: without it their flat deduction (장애인 20만원) is unknown, and so is the exact 소득인정액. The car is a
 * 2,000cc 미만 승용차 under 10 years old: from 2025 an older one would count as 일반재산 whatever its value, so
 * without its age the car's part (and the answer) would be unknown.
 */
const family = {
  gwangjuDistrict: 'buk',
  tenure: 'monthly_rent',
  housingType: 'semi_basement',
  deposit: 10_000_000,
  monthlyRent: 450_000,
  financialAssets: 2_000_000,
  otherProperty: 0,
  carValue: 8_000_000,
  carKind: 'passenger',
  carEngine: 'under_2000',
  carOld: false,
  carUse: 'none',
  debts: 0,
  members: [
    {
      relation: 'head',
      age: 43,
      disabled: false,
      earnerGroup: 'none',
      earnedIncome: 2_300_000,
      businessIncome: 0,
      pensionIncome: 0,
      otherIncome: 0,
    },
    {
      relation: 'spouse',
      age: 41,
      disabled: false,
      earnerGroup: 'none',
      earnedIncome: 650_000,
      businessIncome: 0,
      pensionIncome: 0,
      otherIncome: 0,
    },
    { relation: 'child', age: 12 },
    { relation: 'child', age: 9 },
  ],
};

describe('소득인정액 in its parts', () => {
  it('adds up to the 소득인정액 the screening used, and names the car as the part that decides', () => {
    const b = incomeBreakdown(family, 'housing-benefit.rent', DATE);
    expect(b).not.toBeNull();
    if (!b) return;
    const sum = PROPERTY_KINDS.reduce((s, k) => s + b.property[k].amount, 0);
    expect(sum).toBe(b.propertyIncome);
    expect(b.incomeEvaluation + b.propertyIncome).toBe(b.recognizedIncome);
    // A car is counted in full each month (rate 100 %), so 800만원 outweighs the income.
    expect(b.property.car).toEqual({ amount: 8_000_000, rate: 1 });
    expect(b.decisive).toBe('car');
    expect(b.incomeEvaluation).toBeLessThan(2_950_000);
    // The screening's reason states the same 소득인정액.
    const s = screenHousehold(family, { date: DATE });
    if (!s.ok) throw new Error('screening failed');
    const reason = s.programs.find((p) => p.id === 'housing-benefit.rent')?.reasons.find((r) => r.outcome === false);
    expect(reason?.text.ko).toContain(`${b.recognizedIncome.toLocaleString('en-US')}원`);
  });

  it('shows a small, cheap car at the 일반재산 rate it was converted at (2026: 승용 2,000cc 미만, 500만원 미만)', () => {
    const small = { ...family, carValue: 4_000_000, carKind: 'passenger', carEngine: 'under_2000' };
    const b = incomeBreakdown(small, 'housing-benefit.rent', DATE);
    // 4,000,000 × 4.17 % = 166,800 a month.
    expect(b?.property.car).toEqual({ amount: 166_800, rate: 0.0417 });
  });

  it('says how far from the line, in both directions', () => {
    const s = screenHousehold(family, { date: DATE });
    if (!s.ok) throw new Error('screening failed');
    const texts = s.programs.flatMap((p) => p.reasons.map((r) => r.text.ko));
    // Over the 주거급여 line: the gap is 소득인정액 − 선정기준, as the sentence's own figures give it.
    const over = texts.find((t) => t.startsWith('가구 소득인정액') && t.includes('초과'));
    const m = over?.match(/([\d,]+)원이 .*? ([\d,]+)원 초과입니다 \(기준보다 ([\d,]+)원 많아요\)/);
    expect(m).not.toBeNull();
    const n = (x: string | undefined) => Number(x?.replace(/,/g, ''));
    expect(n(m?.[3])).toBe(n(m?.[1]) - n(m?.[2]));
    const under = texts.find((t) => t.includes('이하입니다 (기준보다'));
    expect(under).toMatch(/기준보다 [\d,]+원 적어요/);
  });

  it('is null for a program without a 소득인정액', () => {
    expect(incomeBreakdown(family, 'public-rental.permanent', DATE)).toBeNull();
  });

  it('with 장애인 등록 never asked (the answer did not need it), shows the parts counting nobody as registered, and says so', () => {
    const unasked = { ...family, members: family.members.map(({ disabled: _, ...m }) => m) };
    const exact = incomeBreakdown(family, 'housing-benefit.rent', DATE);
    const assumed = incomeBreakdown(unasked, 'housing-benefit.rent', DATE);
    expect(exact?.assumesNoDisability).toBeUndefined();
    expect(assumed?.assumesNoDisability).toBe(true);
    expect(assumed?.decisive).toBe('car');
    expect({ ...assumed, assumesNoDisability: undefined }).toEqual({ ...exact, assumesNoDisability: undefined });
  });

  it("with the earners' deduction group and the car's use never asked, counts none and says so", () => {
    const { carUse: _, ...unasked } = { ...family, members: family.members.map(({ earnerGroup: _g, ...m }) => m) };
    const exact = incomeBreakdown(family, 'housing-benefit.rent', DATE);
    const assumed = incomeBreakdown(unasked, 'housing-benefit.rent', DATE);
    expect(exact?.assumesNoExemption).toBeUndefined();
    expect(assumed?.assumesNoExemption).toBe(true);
    const figures = (b: typeof exact) => ({ ...b, assumesNoDisability: undefined, assumesNoExemption: undefined });
    expect(figures(assumed)).toEqual(figures(exact));
  });
});
