import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBatch, decide, type Household, type Program, statusName, toColumns } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';

function compare(program: Program, households: readonly Household[], date: string): void {
  const res = compileBatch(program, { date }).run(toColumns(schema, households));
  households.forEach((h, i) => {
    const d = decide(program, h, { date });
    const where = `household ${i} ${JSON.stringify(h)} on ${date}`;
    expect(statusName(res.status[i] as number), where).toBe(d.status);
    const amt = res.amount[i] as number;
    expect(Number.isNaN(amt) ? null : amt, where).toBe(d.amount);
    for (const c of d.criteria) {
      const code = res.criteria[c.id]?.[i];
      expect(code === -1 ? null : code === 1, `${where} criterion ${c.id}`).toBe(c.outcome);
    }
  });
}

describe('batch evaluator agrees with the scalar evaluator', () => {
  it('on the sample program, random households with unknowns', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => compare(rentBenefit, hs, date)),
      { numRuns: 300 },
    );
  });

  it('on a program using every other node kind', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => compare(kitchenSink, hs, date)),
      { numRuns: 300 },
    );
  });

  it('crosses chunk boundaries (members of households spread over slices)', () => {
    const hs = fc.sample(householdArb, { numRuns: 5000, seed: 42 });
    compare(rentBenefit, hs, '2025-01-01');
    const res = compileBatch(rentBenefit, { date: '2025-01-01' }).run(toColumns(schema, hs));
    // The sample should produce all three outcomes, or the property is vacuous.
    expect(new Set(res.status)).toEqual(new Set([1, 0, -1]));
    expect(res.amount.some((x) => x > 0)).toBe(true);
  });

  it('lays members out in CSR form, unknown member lists flagged', () => {
    const cols = toColumns(schema, [
      { members: [{ earnedIncome: 1 }, {}] },
      {},
      { members: [] },
      { members: [{ disabled: true }] },
    ]);
    expect([...cols.memberOffsets]).toEqual([0, 2, 2, 2, 3]);
    expect([...cols.membersKnown]).toEqual([1, 0, 1, 1]);
    expect([...(cols.member.earnedIncome as Float64Array)]).toEqual([1, Number.NaN, Number.NaN]);
    expect([...(cols.member.disabled as Int8Array)]).toEqual([-1, -1, 1]);
  });

  it('resolves parameters at compile time and rejects uncovered dates', () => {
    expect(() => compileBatch(rentBenefit, { date: '2018-06-01' })).toThrow(/sample\.\w+ as of 2018-06-01/);
  });
});
