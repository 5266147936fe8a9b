import { toColumns } from '@jibsa/rules/batch';
import { describe, expect, it } from 'vitest';
import { checkHousehold } from '../src/shared/household/prepare.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';

const DATE = '2026-03-01';

/** Households written with different fields, in different orders, some null or undefined. */
const GIVEN: Record<string, unknown>[] = [
  {},
  { tenure: 'monthly_rent', monthlyRent: 400_000, deposit: 5_000_000 },
  { deposit: 1, tenure: 'jeonse', region: null, members: [] },
  {
    address: { sido: '광주광역시', sigungu: '서구' },
    members: [{ birthDate: '1990-05-01', earnedIncome: 2_100_000 }, { relation: 'spouse' }, { age: 4 }],
    financialAssets: undefined,
  },
  { members: [{ otherIncome: 0, age: 70, relation: 'head', disabled: true }], homeNeedsRepair: false },
];

function checked(h: unknown): Record<string, unknown> {
  const c = checkHousehold(h, DATE);
  if (!c.ok) throw new Error(JSON.stringify(c.errors));
  return c.value as Record<string, unknown>;
}

/** The household with only its known fields, each member too: what checkHousehold gave before. */
function knownOnly(h: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined) continue;
    out[k] = k === 'members' ? (v as Record<string, unknown>[]).map(knownOnly) : v;
  }
  return out;
}

describe('checkHousehold gives one shape per schema', () => {
  const householdKeys = [...Object.keys(householdSchema.household), 'members'];
  const memberKeys = Object.keys(householdSchema.member);

  it('every household has every field, in schema order, and every member every member field', () => {
    for (const h of GIVEN) {
      const value = checked(h);
      expect(Object.keys(value)).toEqual(householdKeys);
      for (const m of (value.members ?? []) as Record<string, unknown>[]) expect(Object.keys(m)).toEqual(memberKeys);
    }
    // A field the household did not give is present and unknown, never a value.
    const empty = checked({});
    expect(Object.values(empty).every((v) => v === undefined)).toBe(true);
    const cols = toColumns(householdSchema, [empty as never]);
    for (const col of Object.values(cols.household)) expect([...col]).toEqual([col instanceof Int8Array ? -1 : NaN]);
    expect([...cols.membersKnown]).toEqual([0]);
  });

  it('an undefined field is unknown as an absent one is: JSON, columns and a screening', () => {
    for (const h of GIVEN) {
      const value = checked(h);
      const known = knownOnly(value);
      expect(JSON.parse(JSON.stringify(value))).toStrictEqual(known);
      expect(toColumns(householdSchema, [value as never])).toEqual(toColumns(householdSchema, [known as never]));
      // Checked again (as the server screens a stored household), the undefined fields are still unknown.
      expect(checked(value)).toStrictEqual(value);
      expect(screenHousehold(value, { date: DATE })).toEqual(screenHousehold(known, { date: DATE }));
      expect(screenHousehold(value, { date: DATE })).toEqual(screenHousehold(h, { date: DATE }));
    }
  });
});
