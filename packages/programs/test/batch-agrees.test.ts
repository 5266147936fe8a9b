import { type Decision, decide, type FieldDef, type Household, ParameterLookupError, type Program } from '@jibsa/rules';
import { compileBatch, statusName, toColumns } from '@jibsa/rules/batch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdSchema } from '../src/shared/household/schema.ts';

/**
 * Every real program, compiled for batch (the fused loops, see @jibsa/rules eval-batch), gives
 * each household exactly the status, amount and criteria of the scalar `decide`. Households are
 * drawn from the schema itself: any field may be absent, money sits near and far from the lines,
 * and sizes run past the tables' last column (7인, 8인 이상).
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

const householdArb = fc.oneof(
  household((a) => a),
  household((a) => fc.option(a, { nil: undefined, freq: 5 })),
);

function decideOrNull(program: Program, h: Household, date: string): Decision | null {
  try {
    return decide(program, h, { date });
  } catch (e) {
    if (e instanceof ParameterLookupError) return null;
    throw e;
  }
}

describe('batch agrees with decide on every program in the catalog', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

  it.each(['2021-06-01', '2024-12-31', '2026-03-01'])('on %s, random households with unknowns', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 400, seed: Number(date.replaceAll('-', '')) });
    const cols = toColumns(householdSchema, hs);
    const seen = new Set<string>();
    for (const program of programs) {
      const res = compileBatch(program, { date }).run(cols);
      hs.forEach((h, i) => {
        const d = decideOrNull(program, h, date);
        const where = `${program.id} on ${date}, household ${JSON.stringify(h)}`;
        const status = statusName(res.status[i] as number);
        seen.add(status);
        expect(status, where).toBe(d === null ? 'unavailable' : d.status);
        if (d === null) return;
        const amount = res.amount[i] as number;
        expect(Number.isNaN(amount) ? null : amount, where).toBe(d.amount);
        for (const c of d.criteria) {
          const code = res.criteria[c.id]?.[i];
          expect(code === -1 ? null : code === 1, `${where} criterion ${c.id}`).toBe(c.outcome);
        }
      });
    }
    // Not vacuous: the sample reaches every outcome somewhere in the catalog.
    for (const s of ['eligible', 'ineligible', 'unknown']) expect(seen.has(s), s).toBe(true);
  });
});
