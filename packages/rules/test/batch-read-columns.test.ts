import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchResult, compileBatch, compileCatalogBatch, schemaReadBy, toColumns } from '../src/batch.ts';
import type { Household, Program } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { gaps } from './fixtures/gaps.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';

const programs: readonly Program[] = [rentBenefit, gaps, kitchenSink];

const plain = (r: BatchResult) => ({
  status: Array.from(r.status),
  amount: Array.from(r.amount),
  criteria: Object.fromEntries(Object.entries(r.criteria).map(([id, c]) => [id, Array.from(c)])),
});

describe('columns of only the fields the programs read (schemaReadBy)', () => {
  it('keeps the fields some program reads, in the schema order, and no other', () => {
    // kitchenSink reads size, rent and region of the household's five fields, and not a member's disabled.
    const one = schemaReadBy([kitchenSink]);
    expect(Object.keys(one.household)).toEqual(['size', 'rent', 'region']);
    expect(Object.keys(one.member)).toEqual(['birthDate', 'earnedIncome', 'otherIncome']);
    for (const [f, def] of Object.entries(one.household))
      expect(def).toBe((schema.household as Record<string, unknown>)[f]);
    // gaps reads disabled and every household field but no birth date: the union has both, in schema order.
    expect(Object.keys(schemaReadBy([gaps]).member)).toEqual(['earnedIncome', 'otherIncome', 'disabled']);
    const both = schemaReadBy([kitchenSink, gaps]);
    expect(Object.keys(both.household)).toEqual(Object.keys(schema.household));
    expect(Object.keys(both.member)).toEqual(Object.keys(schema.member));
  });

  it('gives one schema object per field list, so the generated fill is made once', () => {
    expect(schemaReadBy([rentBenefit])).toBe(schemaReadBy([rentBenefit]));
    expect(schemaReadBy([rentBenefit, gaps, kitchenSink])).toBe(schemaReadBy([kitchenSink, gaps, rentBenefit]));
    expect(schemaReadBy([gaps])).not.toBe(schemaReadBy([kitchenSink]));
    expect(() => schemaReadBy([])).toThrow(RangeError);
  });

  it('gives every program and the catalog the very results the full columns give', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { minLength: 1, maxLength: 40 }), dateArb, (hs, date) => {
        const households = hs as Household[];
        const full = toColumns(schema, households);
        for (const p of programs) {
          const batch = compileBatch(p, { date });
          expect(plain(batch.run(toColumns(schemaReadBy([p]), households)))).toEqual(plain(batch.run(full)));
        }
        const catalog = compileCatalogBatch(programs, { date });
        const narrowed = catalog.run(toColumns(schemaReadBy(programs), households)).map(plain);
        expect(narrowed).toEqual(catalog.run(full).map(plain));
      }),
      { numRuns: 60 },
    );
  });
});
