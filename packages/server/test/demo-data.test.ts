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
