import { householdSchema } from '@jibsa/programs';
import { validateHousehold } from '@jibsa/rules';
import { describe, expect, it } from 'vitest';
import { makeDemoHousehold } from '../src/seed/demo-households.ts';
import { seededRandom } from '../src/seed/random.ts';

describe('fictional demo households', () => {
  const rand = seededRandom(7);
  const households = Array.from({ length: 300 }, () => makeDemoHousehold(rand));

  it('are valid in the documented household format, so they can be screened', () => {
    for (const h of households) {
      const result = validateHousehold(householdSchema, h.household);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it("cover all five of Gwangju's districts and some non-housing residents", () => {
    expect(new Set(households.map((h) => h.district))).toEqual(new Set(['dong', 'seo', 'nam', 'buk', 'gwangsan']));
    expect(households.some((h) => ['goshiwon', 'jjokbang', 'inn'].includes(h.household.housingType as string))).toBe(
      true,
    );
  });

  it('answer what decides 소득인정액 near a line: a car’s use, kind and engine, and each earner’s group', () => {
    const withCar = households.filter((h) => Number(h.household.carValue) > 0);
    expect(withCar.length).toBeGreaterThan(0);
    for (const h of withCar) {
      expect(h.household).toMatchObject({ carUse: 'none', carKind: 'passenger', carEngine: 'under_2000' });
    }
    const members = households.flatMap((h) => h.household.members as Record<string, unknown>[]);
    const earners = members.filter((m) => Number(m.earnedIncome) > 0);
    expect(earners.length).toBeGreaterThan(0);
    for (const m of earners) expect(m.earnerGroup).toBe('none');
  });
  it('have one spouse at most, as the case form allows, and spouses are adults', () => {
    const spouses = households.map((h) =>
      (h.household.members as { relation: string; age: number }[]).filter((m) => m.relation === 'spouse'),
    );
    expect(Math.max(...spouses.map((s) => s.length))).toBe(1);
    for (const s of spouses.flat()) expect(s.age).toBeGreaterThanOrEqual(18);
  });

  it('carry an alias, never a resident registration number', () => {
    for (const h of households) {
      expect(h.alias).toMatch(/^[가-힣]OO$/);
      expect(JSON.stringify(h.household)).not.toMatch(/\d{6}-?[1-4]\d{6}/);
    }
  });

  it('are the same on every machine (seeded)', () => {
    const again = seededRandom(7);
    expect(makeDemoHousehold(again)).toEqual(households[0]);
  });
});
