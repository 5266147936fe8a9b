import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalogBatch, toColumns } from '../src/batch.ts';
import { sharedVariables } from '../src/eval-batch/shared-vars.ts';
import { children, type Expr } from '../src/expr/nodes.ts';
import { defineProgram, type Household, type Program, v } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { expectBatchAsDecide } from './fixtures/batch-harness.ts';
import { cap, gaps, income } from './fixtures/gaps.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { recognizedIncome, rentBenefit, schema, threshold } from './fixtures/sample.ts';

/**
 * Shares `cap` (a lookup into a table with holes) with the gaps program, but reads it only
 * behind an `or` whose first operand often decides: computing it once for the whole catalog
 * fails for households this program never looks it up for, which must not change its answer.
 */
const twin = defineProgram({
  id: 'gaps.twin',
  label: { ko: '같은 변수를 쓰는 두 번째 제도', en: 'a second program sharing variables' },
  schema,
  criteria: {
    income: { label: { ko: '소득', en: 'income' }, test: v.or(v.input('ownsHome'), v.le(income, cap)) },
    recognized: { label: { ko: '소득인정액', en: 'recognized income' }, test: v.le(recognizedIncome, threshold) },
  },
  amount: v.sub(threshold, recognizedIncome),
  amountLabel: { ko: '월 지원액', en: 'monthly support' },
});

const programs: readonly Program[] = [rentBenefit, gaps, twin, kitchenSink];

/** Each program's result from the catalog equals `decide`, household by household; counts of statuses. */
function compare(households: readonly Household[], date: string): Record<string, number> {
  const results = compileCatalogBatch(programs, { date }).run(toColumns(schema, households));
  const counts: Record<string, number> = {};
  programs.forEach((program, k) => {
    const res = results[k];
    if (!res) throw new Error('a result per program');
    expectBatchAsDecide(program, res, households, date, counts, `${program.id}, `);
  });
  return counts;
}

describe('the catalog batch (shared variables computed once) agrees with decide', () => {
  it('shares the variables two programs compute alike, and only those', () => {
    const shared = sharedVariables(programs);
    expect(shared?.order).toEqual(expect.arrayContaining(['recognizedIncome', 'threshold', 'cap', 'income']));
    // kitchenSink's variables are its own; rentBase is rentBenefit's alone.
    expect(shared?.order).not.toContain('rentBase');
  });

  it('gives each shared variable the very parameter definitions its programs read, even where another program defines the same id otherwise', () => {
    // rentBenefit with another definition of a parameter only cap reads (cap is gaps' and twin's):
    // it owns shared variables too, but its own figure for that id must not reach cap.
    const capReads = [...gaps.parameters.keys()].filter((id) =>
      JSON.stringify(gaps.variables.get('cap')?.expr).includes(`"id":"${id}"`),
    );
    expect(capReads.length).toBeGreaterThan(0);
    const other: Program = {
      ...rentBenefit,
      parameters: new Map([
        ...rentBenefit.parameters,
        ...capReads.map((id) => [id, { ...gaps.parameters.get(id) }] as const),
      ]) as Program['parameters'],
    };
    const set = [gaps, other, twin];
    const shared = sharedVariables(set);
    expect(shared?.order).toContain('cap');
    let reads = 0;
    for (const id of shared?.order ?? []) {
      const users = set.filter((p) => p.variables.get(id) === shared?.program.variables.get(id));
      const visit = (e: Expr) => {
        if (e.kind === 'param') {
          reads++;
          for (const p of users)
            expect(shared?.program.parameters.get(e.id), `${id} reads ${e.id}`).toBe(p.parameters.get(e.id));
        }
        for (const [, c] of children(e)) visit(c);
      };
      visit(shared?.program.variables.get(id)?.expr as Expr);
    }
    expect(reads).toBeGreaterThan(0);
  });

  it('on random households with unknowns, every date', () => {
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => {
        compare(hs, date);
      }),
      { numRuns: 150 },
    );
  });

  it('across chunk boundaries, with households handed over where a shared lookup fails', () => {
    const hs = fc.sample(householdArb, { numRuns: 2500, seed: 7 });
    for (const date of ['2024-06-30', '2025-01-01']) {
      // Not vacuous: every outcome occurs (unavailable: the holes in the gaps tables).
      expect(Object.keys(compare(hs, date)).sort()).toEqual(['eligible', 'ineligible', 'unavailable', 'unknown']);
    }
  });
});
