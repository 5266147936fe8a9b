import { compileBatch, schemaReadBy, toColumns } from '@jibsa/rules/batch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { expectBatchEqualsDecide } from './batch-equals-decide.ts';
import { householdArb } from './household-arb.ts';

/**
 * Every real program, compiled for batch (the fused loops, see @jibsa/rules eval-batch), gives
 * each household exactly the status, amount and criteria of the scalar `decide` (households from
 * household-arb.ts).
 */
describe('batch agrees with decide on every program in the catalog', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

  it.each(['2021-06-01', '2024-12-31', '2026-03-01'])('on %s, random households with unknowns', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 400, seed: Number(date.replaceAll('-', '')) });
    const cols = toColumns(householdSchema, hs);
    const seen = new Set<string>();
    for (const program of programs) {
      const res = compileBatch(program, { date }).run(cols);
      expectBatchEqualsDecide(program, res, hs, date, seen);
    }
    // Not vacuous: the sample reaches every outcome somewhere in the catalog.
    for (const s of ['eligible', 'ineligible', 'unknown']) expect(seen.has(s), s).toBe(true);
  });

  it('on columns of only the fields each program reads, as a one-program batch builds them', () => {
    const date = '2026-03-01';
    const hs = fc.sample(householdArb, { numRuns: 400, seed: 20260301 });
    const seen = new Set<string>();
    for (const program of programs) {
      const narrowed = toColumns(schemaReadBy([program]), hs);
      expectBatchEqualsDecide(program, compileBatch(program, { date }).run(narrowed), hs, date, seen);
    }
    // Not vacuous: some program reads fewer than half the household's fields.
    const fewest = Math.min(...programs.map((p) => Object.keys(schemaReadBy([p]).household).length));
    expect(fewest).toBeLessThan(Object.keys(householdSchema.household).length / 2);
  });
});
