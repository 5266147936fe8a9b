import type { FieldDef } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOOT_WHILE_UNKNOWN } from '../src/shared/household/moot-questions.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { householdArb } from './household-arb.ts';

/** Every value a field can take, and unknown. */
function everyValue(f: FieldDef): unknown[] {
  if (f.type === 'enum') return [...f.values, undefined];
  if (f.type === 'boolean') return [true, false, undefined];
  if (f.type === 'number') return [1, 2, 3, 4, 5, 6, 7, 8, undefined];
  throw new Error(`no values for a ${f.type} field`);
}

/** Each program's status and amount, on this year's rules and next year's: what a question could change. */
function outcomes(h: unknown): string | null {
  const out: unknown[] = [];
  for (const date of ['2026-03-01', '2027-03-01']) {
    const s = screenHousehold(h, { date });
    if (!s.ok) return null;
    out.push(s.programs.map((p) => [p.id, p.status, p.amount]));
  }
  return JSON.stringify(out);
}

/** A 27-year-old renting alone, apart from the parents (청년월세's 원가구 test asks about them). */
const YOUTH_RENTER = {
  region: 'metro',
  gwangjuDistrict: 'seo',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 5_000_000,
  monthlyRent: 350_000,
  financialAssets: 3_000_000,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  livesApartFromParents: true,
  married: false,
  members: [
    { age: 27, relation: 'head', earnedIncome: 1_500_000, businessIncome: 0, pensionIncome: 0, otherIncome: 0 },
  ],
};

describe('questions that cannot change a result while another answer is unknown', () => {
  const households = fc.sample(householdArb, { numRuns: 100, seed: 20261207 });

  it.each(Object.entries(MOOT_WHILE_UNKNOWN))('%s, while %s is unknown', (field, needs) => {
    const def = householdSchema.household[field as keyof typeof householdSchema.household] as FieldDef;
    let compared = 0;
    for (const h of [YOUTH_RENTER, ...households]) {
      const base = { ...(h as Record<string, unknown>), [needs]: undefined };
      const seen = new Set<string>();
      for (const value of everyValue(def)) {
        const o = outcomes({ ...base, [field]: value });
        if (o !== null) seen.add(o);
      }
      if (seen.size > 0) compared++;
      expect(seen.size, `${field} moved a result: ${JSON.stringify(base)}`).toBeLessThanOrEqual(1);
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('are fields of the household that the engine does ask while the other answer is unknown', () => {
    // Not vacuous: screenHousehold lists each among the next questions for some household whose
    // other answer is unknown (the self-check would ask it but for MOOT_WHILE_UNKNOWN).
    for (const [field, needs] of Object.entries(MOOT_WHILE_UNKNOWN)) {
      expect(householdSchema.household).toHaveProperty(field);
      expect(householdSchema.household).toHaveProperty(needs);
      const asked = [YOUTH_RENTER, ...households].some((h) => {
        const s = screenHousehold({ ...(h as Record<string, unknown>), [needs]: undefined, [field]: undefined });
        return s.ok && s.nextQuestions.some((q) => q.path === field);
      });
      expect(asked, field).toBe(true);
    }
  });
});
