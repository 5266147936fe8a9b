import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBatch, statusName, toColumns } from '../src/batch.ts';
import { compileFused } from '../src/eval-batch/fused.ts';
import { decide, type Household, ParameterLookupError, type Program } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { expectBatchAsDecide } from './fixtures/batch-harness.ts';
import { decideOrNull } from './fixtures/decide-or-null.ts';
import { gaps } from './fixtures/gaps.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';

/** The program's batch result equals `decide`, household by household; counts of statuses. */
function compare(program: Program, households: readonly Household[], date: string): Record<string, number> {
  const counts: Record<string, number> = {};
  expectBatchAsDecide(
    program,
    compileBatch(program, { date }).run(toColumns(schema, households)),
    households,
    date,
    counts,
  );
  return counts;
}

describe('batch evaluator agrees with the scalar evaluator', () => {
  it('on the sample program, random households with unknowns', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => {
        compare(rentBenefit, hs, date);
      }),
      { numRuns: 300 },
    );
  });

  it('on a program using every other node kind', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => {
        compare(kitchenSink, hs, date);
      }),
      { numRuns: 300 },
    );
  });

  it('marks a household unavailable exactly where the scalar evaluator throws (tables with holes)', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => {
        compare(gaps, hs, date);
      }),
      { numRuns: 300 },
    );
    // Not vacuous: every outcome occurs, and across chunk boundaries.
    const hs = fc.sample(householdArb, { numRuns: 5000, seed: 5 });
    for (const date of ['2024-06-30', '2025-01-01']) {
      expect(Object.keys(compare(gaps, hs, date)).sort()).toEqual(['eligible', 'ineligible', 'unavailable', 'unknown']);
    }
  });

  it('ignores a missing key in the branch not taken, and fails only the household that needs it', () => {
    const date = '2024-06-30';
    const base = { rent: 300_000, region: 'seoul', deposit: 0, ownsHome: false };
    const member = { earnedIncome: 100_000, otherIncome: 0, disabled: false };
    const hs: Household[] = [
      // Size 2: the if takes its first branch; the other branch would read key 1 (fine) —
      // and size 1 would read key 0, a hole, in the untaken branch.
      { ...base, size: 1, members: [member] },
      { ...base, size: 2, members: [member] },
      // Size 5: the taken branch reads key 4, absent before 2025.
      { ...base, size: 5, members: [member] },
    ];
    const res = compileBatch(gaps, { date }).run(toColumns(schema, hs));
    expect([...res.status].map(statusName)).toEqual(['eligible', 'eligible', 'unavailable']);
    expect(() => decide(gaps, hs[2] as Household, { date })).toThrow(ParameterLookupError);
    // The same household is fine once the 2025 table has the row.
    expect(statusName(compileBatch(gaps, { date: '2025-01-01' }).run(toColumns(schema, hs)).status[2] as number)).toBe(
      decide(gaps, hs[2] as Household, { date: '2025-01-01' }).status,
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

  it('marks households unavailable on a date no period covers, only where the scalar would look', () => {
    // 2018: the sample program has no figures yet; the gapped one's 2022 limits are also missing in 2019.
    const hs = fc.sample(householdArb, { numRuns: 2000, seed: 11 });
    expect(compare(rentBenefit, hs, '2018-06-01').unavailable ?? 0).toBeGreaterThan(0);
    const counts = compare(gaps, hs, '2019-01-01');
    expect(counts.unavailable ?? 0).toBeGreaterThan(0);
    expect((counts.ineligible ?? 0) + (counts.unknown ?? 0)).toBeGreaterThan(0);
  });

  it('the fused loop decides the households it keeps exactly as decide does, and keeps many', () => {
    const hs = fc.sample(householdArb, { numRuns: 3000, seed: 23 });
    const cols = toColumns(schema, hs);
    for (const program of [rentBenefit, kitchenSink, gaps]) {
      for (const date of ['2024-06-30', '2025-01-01']) {
        const fused = compileFused(program, date);
        if (fused === null) throw new Error(`${program.id} did not fuse`);
        const status = new Int8Array(cols.n);
        const amount = new Float64Array(cols.n);
        const criteria = program.criteria.map(() => new Int8Array(cols.n));
        const deferred = new Int32Array(cols.n);
        const nd = fused(cols, status, amount, criteria, deferred);
        const handedOver = new Set(deferred.subarray(0, nd));
        const kept = hs.map((_, i) => i).filter((i) => !handedOver.has(i));
        const where = `${program.id} on ${date}`;
        // Not vacuous: the loop keeps households of every outcome; where tables have holes it hands some over.
        expect(new Set(kept.map((i) => status[i])), where).toEqual(new Set([0, 1, -1]));
        if (program === gaps) expect(nd, where).toBeGreaterThan(0);
        for (const i of kept) {
          const d = decideOrNull(program, hs[i] as Household, date);
          expect(d, `${where} household ${i}`).not.toBeNull();
          expect(statusName(status[i] as number), `${where} household ${i}`).toBe(d?.status);
          const amt = amount[i] as number;
          expect(status[i] === 1 && !Number.isNaN(amt) ? amt : null, `${where} household ${i}`).toBe(d?.amount);
          d?.criteria.forEach((c, k) => {
            const code = criteria[k]?.[i];
            expect(code === -1 ? null : code === 1, `${where} household ${i} criterion ${c.id}`).toBe(c.outcome);
          });
        }
      }
    }
  });
});
