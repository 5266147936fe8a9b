import { householdSchema } from '@jibsa/programs';
import { describe, expect, it } from 'vitest';
import { changedPatchOf, draftOf, fieldIdOfPath, notNumbers, patchOf } from '../src/staff/cases/case-details-draft.ts';
import { FACT_KEYS } from '../src/staff/cases/case-details-facts.ts';
import { ASSET_KEYS } from '../src/staff/cases/case-details-strings.ts';
import type { CaseDetail } from '../src/staff/shell/types.ts';

const base = {
  id: 'c1',
  number: 'C-2026-000001',
  district: 'dong',
  status: 'intake',
  version: 3,
  people: [{ id: 'p1', name: '가나다', birthDate: '1950-03-02', relation: 'head', phone: null }],
  housing: { tenure: 'monthly_rent', deposit: 3_000_000 },
  household: {
    receivesHousingBenefit: true,
    carValue: 5_000_000,
    members: [
      { relation: 'head', disabled: true, earnedIncome: 1_500_000 },
      { age: 12, relation: 'child' },
    ],
  },
  needs: ['이사'],
} as unknown as CaseDetail;

describe("the case page's details form", () => {
  it('sends only the parts a save changed, so the timeline names only those (nothing, when nothing changed)', () => {
    expect(changedPatchOf(base, draftOf(base))).toBeNull();
    const d = draftOf(base);
    d.incomes[1] = { ...d.incomes[1], pensionIncome: '300,000' };
    const body = changedPatchOf(base, d);
    expect(Object.keys(body ?? {}).sort()).toEqual(['household', 'version']);
    d.needs = '이사, 집수리';
    expect(Object.keys(changedPatchOf(base, d) ?? {}).sort()).toEqual(['household', 'needs', 'version']);
  });

  it("shows the household's tenure, dwelling and rent when the housing record has none, and saving keeps them", () => {
    const c = {
      ...base,
      housing: { dong: '충장동' },
      household: {
        ...base.household,
        tenure: 'monthly_rent',
        housingType: 'multi_family',
        deposit: 3_000_000,
        monthlyRent: 250_000,
      },
    } as unknown as CaseDetail;
    const d = draftOf(c);
    expect(d.housing).toMatchObject({
      tenure: 'monthly_rent',
      housingType: 'multi_family',
      deposit: '3000000',
      monthlyRent: '250000',
    });
    const body = patchOf(c, d);
    expect(body.housing).toEqual({
      dong: '충장동',
      tenure: 'monthly_rent',
      housingType: 'multi_family',
      deposit: 3_000_000,
      monthlyRent: 250_000,
    });
    expect(body.household).toMatchObject({
      tenure: 'monthly_rent',
      housingType: 'multi_family',
      deposit: 3_000_000,
      monthlyRent: 250_000,
    });
  });

  it('keeps what it does not show, overwrites what it shows, and leaves an emptied field unknown (not 0)', () => {
    const d = draftOf(base);
    expect(d.incomes).toHaveLength(2);
    expect(d.housing.deposit).toBe('3000000');
    d.assets.carValue = '';
    d.assets.debts = '0';
    d.incomes[1] = { ...d.incomes[1], pensionIncome: '1,200,000' };
    d.ownsHome = 'no';
    d.needs = '이사, 집수리 ';
    const body = patchOf(base, d);
    expect(body.version).toBe(3);
    expect(body.needs).toEqual(['이사', '집수리']);
    expect(body.housing).toEqual({ tenure: 'monthly_rent', deposit: 3_000_000 });
    const h = body.household as Record<string, unknown>;
    expect(h.receivesHousingBenefit).toBe(true);
    expect('carValue' in h).toBe(false);
    expect(h.debts).toBe(0);
    expect(h.ownsHome).toBe(false);
    expect(h.tenure).toBe('monthly_rent');
    expect(h.deposit).toBe(3_000_000);
    expect(h.address).toEqual({ sido: '광주광역시', sigungu: '동구' });
    expect(h.members).toEqual([
      { relation: 'head', birthDate: '1950-03-02', disabled: true, earnedIncome: 1_500_000 },
      { age: 12, relation: 'child', pensionIncome: 1_200_000 },
    ]);
  });

  it('shows and saves the answers beyond housing and money: benefits, car, marriage, parents, disability, earner group', () => {
    const d = draftOf(base);
    expect(d.facts.receivesHousingBenefit).toBe('yes');
    expect(d.facts.receivesLivelihoodBenefit).toBe('');
    expect(d.incomes.map((r) => r.disabled)).toEqual(['yes', '']);
    d.facts.receivesHousingBenefit = '';
    d.facts.nearPoor = 'no';
    d.facts.carKind = 'passenger';
    d.facts.carEngine = 'under_1000';
    d.facts.marriedYears = '3';
    d.facts.parentsMonthlyIncome = '2,500,000';
    d.incomes[1] = { ...d.incomes[1], disabled: 'no' };
    expect(d.incomes.map((r) => r.earnerGroup)).toEqual(['', '']);
    d.incomes[0] = { ...d.incomes[0], earnerGroup: 'care_leaver' };
    const h = patchOf(base, d).household as Record<string, unknown>;
    // Emptied is unknown (removed), never "no".
    expect('receivesHousingBenefit' in h).toBe(false);
    expect(h).toMatchObject({
      nearPoor: false,
      carKind: 'passenger',
      carEngine: 'under_1000',
      marriedYears: 3,
      parentsMonthlyIncome: 2_500_000,
    });
    expect((h.members as Record<string, unknown>[])[1]).toEqual({ age: 12, relation: 'child', disabled: false });
    expect((h.members as Record<string, unknown>[])[0]).toMatchObject({ earnerGroup: 'care_leaver' });
    expect(draftOf({ ...base, household: h }).incomes[0]?.earnerGroup).toBe('care_leaver');
    expect(fieldIdOfPath('household.members[0].earnerGroup')).toBe('cd-member-0-earnerGroup');
    d.facts.parentsHouseholdSize = '세 명';
    expect(notNumbers(d)).toEqual(['cd-household-parentsHouseholdSize']);
    expect(fieldIdOfPath('body.household.carEngine')).toBe('cd-household-carEngine');
    expect(fieldIdOfPath('household.members[1].disabled')).toBe('cd-member-1-disabled');
  });

  it('has a field for every household answer of the schema (a new one must be placed or this fails)', () => {
    // Region and 구 come from the case's 구; tenure, dwelling, deposit and rent from its housing.
    const fromCase = ['region', 'gwangjuDistrict', 'tenure', 'housingType', 'deposit', 'monthlyRent', 'ownsHome'];
    const shown = [...fromCase, ...ASSET_KEYS, ...FACT_KEYS];
    expect([...shown].sort()).toEqual(Object.keys(householdSchema.household).sort());
  });

  it('takes a person’s birth date over an age the household had stored', () => {
    const withAge = { ...base, household: { members: [{ relation: 'head', age: 70 }] } } as unknown as CaseDetail;
    const members = (patchOf(withAge, draftOf(withAge)).household as { members: unknown[] }).members;
    expect(members).toEqual([{ relation: 'head', birthDate: '1950-03-02' }]);
  });

  it('refuses what is no number before sending, and puts the server’s errors beside their fields', () => {
    const d = draftOf(base);
    d.assets.debts = '-';
    d.incomes[0] = { ...d.incomes[0], otherIncome: '-' };
    expect(notNumbers(d)).toEqual(['cd-household-debts', 'cd-member-0-otherIncome']);
    expect(fieldIdOfPath('body.household.members.1.earnedIncome')).toBe('cd-member-1-earnedIncome');
    expect(fieldIdOfPath('household.members[0].age')).toBeUndefined();
    expect(fieldIdOfPath('household.financialAssets')).toBe('cd-household-financialAssets');
    expect(fieldIdOfPath('household.deposit')).toBe('cd-housing-deposit');
    expect(fieldIdOfPath('body.housing.arrearsMonths')).toBe('cd-housing-arrearsMonths');
    expect(fieldIdOfPath('needs.2')).toBe('cd-needs');
  });
});
