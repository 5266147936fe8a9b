import { describe, expect, it } from 'vitest';
import { screenHousehold } from '../src/shared/screen/screen.ts';

/** A 4-person family in 동구 living in the old house it owns, earning 200만원 a month, little else. */
const owners = (ownsHome?: boolean) => ({
  region: 'metro',
  gwangjuDistrict: 'dong',
  tenure: 'owner',
  housingType: 'detached',
  residentialProperty: 80_000_000,
  ...(ownsHome === undefined ? {} : { ownsHome }),
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [
    { relation: 'head', age: 52, earnedIncome: 2_000_000, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
    { relation: 'spouse', age: 50, earnedIncome: 0, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
    { relation: 'child', age: 20, earnedIncome: 0, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
    { relation: 'child', age: 15, earnedIncome: 0, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
  ],
});

/** Programs for households without a home of their own (무주택). */
const FOR_NON_OWNERS = [
  'public-rental.permanent',
  'public-rental.national',
  'public-rental.integrated',
  'public-rental.purchase',
  'public-rental.jeonse',
  'jeonse-loan.general',
];

const screened = (h: unknown) => {
  const s = screenHousehold(h, { date: '2026-12-07' });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  return s;
};

describe('a household living in its own home (자가) owns a home', () => {
  it('is not offered 무주택 programs even when it answered that nobody owns a home', () => {
    const s = screened(owners(false));
    for (const id of FOR_NON_OWNERS) {
      const p = s.programs.find((x) => x.id === id);
      expect(p?.status, id).toBe('ineligible');
      const why = p?.reasons.find((r) => r.id === 'noHome');
      expect(why?.outcome, id).toBe(false);
      expect(why?.text.ko, id).toBe('집의 점유 형태가 내 집 (자가)입니다');
    }
    // 수선유지급여 is for owners: still offered.
    expect(s.programs.find((x) => x.id === 'housing-benefit.repair')?.status).toBe('eligible');
  });

  it('is not asked whether anyone owns a home: living in its own home answers it', () => {
    const s = screened(owners());
    for (const id of FOR_NON_OWNERS) expect(s.programs.find((x) => x.id === id)?.status, id).toBe('ineligible');
    expect(s.nextQuestions.map((q) => q.path)).not.toContain('ownsHome');
  });

  it('still asks a renter, and still counts a renter who owns a home elsewhere as an owner', () => {
    const renter = { ...owners(), tenure: 'monthly_rent', deposit: 5_000_000, monthlyRent: 300_000 };
    expect(screened(renter).nextQuestions.map((q) => q.path)).toContain('ownsHome');
    const elsewhere = screened({ ...renter, ownsHome: true });
    expect(elsewhere.programs.find((x) => x.id === 'public-rental.national')?.status).toBe('ineligible');
    expect(
      screened({ ...renter, ownsHome: false }).programs.find((x) => x.id === 'public-rental.national')?.status,
    ).toBe('eligible');
  });
});
