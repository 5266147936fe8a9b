import { compileCatalogBatch, toColumns } from '@jibsa/rules/batch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { expectBatchEqualsDecide } from './batch-equals-decide.ts';
import { householdArb } from './household-arb.ts';

/**
 * The whole catalog compiled together (variables such as 소득인정액 and 기준 중위소득 computed once
 * for every program, see @jibsa/rules eval-batch/catalog.ts) gives each household exactly the
 * status, amount and criteria of the scalar `decide`, program by program.
 */
describe('the catalog batch agrees with decide on every program', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));

  // 1,100 households on one date crosses the catalog's 1,024-household chunks.
  it.each([
    ['2021-06-01', 300],
    ['2024-12-31', 300],
    ['2026-03-01', 1100],
  ] as const)('on %s, random households with unknowns', (date, n) => {
    const hs = fc.sample(householdArb, { numRuns: n, seed: Number(date.replaceAll('-', '')) });
    const results = compileCatalogBatch(programs, { date }).run(toColumns(householdSchema, hs));
    const seen = new Set<string>();
    programs.forEach((program, k) => {
      const res = results[k];
      if (!res) throw new Error('a result per program');
      expectBatchEqualsDecide(program, res, hs, date, seen);
    });
    // Not vacuous: the sample reaches every outcome somewhere in the catalog.
    for (const s of ['eligible', 'ineligible', 'unknown']) expect(seen.has(s), s).toBe(true);
  });
});
