import type { FieldDef, Household } from '@jibsa/rules';
import fc from 'fast-check';
import { householdSchema } from '../src/shared/household/schema.ts';

/**
 * Households drawn from the schema itself: any field may be absent, money sits near and far from
 * the lines, and sizes run past the tables' last column (7인, 8인 이상).
 */
const money = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 3_000_000 }),
  fc.integer({ min: 0, max: 400_000_000 }),
  fc.constantFrom(500_000, 1_000_000, 5_000_000, 50_000_000, 100_000_000),
);

function fieldValue(f: FieldDef): fc.Arbitrary<unknown> {
  switch (f.type) {
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...f.values);
    case 'date':
      return fc.integer({ min: 1940, max: 2025 }).map((y) => `${y}-03-01`);
    case 'number':
      if (f.unit === 'KRW' || f.unit === 'KRW/month') return money;
      return fc.integer({ min: f.min ?? 0, max: Math.min(f.max ?? 90, 90) });
  }
}

type Maybe = <T>(arb: fc.Arbitrary<T>) => fc.Arbitrary<T | undefined>;
const record = (fields: Readonly<Record<string, FieldDef>>, maybe: Maybe) =>
  fc.record(Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, maybe(fieldValue(f))])));

const household = (maybe: Maybe) =>
  fc
    .tuple(
      record(householdSchema.household, maybe),
      maybe(fc.array(record(householdSchema.member, maybe), { maxLength: 10 })),
    )
    .map(([h, members]) => ({ ...h, members }) as Household);

export const householdArb = fc.oneof(
  household((a) => a),
  household((a) => fc.option(a, { nil: undefined, freq: 5 })),
);
