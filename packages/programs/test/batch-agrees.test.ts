import { type Decision, decide, type Household, ParameterLookupError, type Program } from '@jibsa/rules';
import { compileBatch, statusName, toColumns } from '@jibsa/rules/batch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdSchema } from '../src/shared/household/schema.ts';
import { householdArb } from './household-arb.ts';

/**
 * Every real program, compiled for batch (the fused loops, see @jibsa/rules eval-batch), gives
 * each household exactly the status, amount and criteria of the scalar `decide` (households from
 * household-arb.ts).
 */
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
