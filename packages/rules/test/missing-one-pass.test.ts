import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProgram, v } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { bothWalks } from './fixtures/collect-reference.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';

const L = { ko: '시험', en: 'test' };
/** Parts that decide nested under an unknown (so what they took back shows), and an `if` whose condition is unknown. */
const nested = defineProgram({
  id: 'test.nested-unknowns',
  label: L,
  schema,
  criteria: {
    anyUnderAnd: {
      label: L,
      test: v.and(
        v.anyMember((m) => v.or(m.input('disabled'), v.ge(m.input('earnedIncome'), 1_000_000))),
        v.not(v.input('ownsHome')),
      ),
    },
    allUnderOr: {
      label: L,
      test: v.or(
        v.allMembers((m) => v.le(m.input('otherIncome'), 500_000)),
        v.le(v.input('deposit'), 50_000_000),
      ),
    },
    branches: {
      label: L,
      test: v.if(v.input('ownsHome'), v.le(v.input('deposit'), 40_000_000), v.le(v.input('rent'), 300_000)),
    },
  },
});

/**
 * The missing inputs of an unknown criterion or amount, found in one pass (missing.ts `gather`),
 * equal those of the walk that asked each operand "unknown?" and descended: the same paths in the
 * same order, untraced, traced, and with values shared between programs.
 */
describe('missing inputs in one pass', () => {
  it.each([
    ['the sample program', rentBenefit],
    ['every node kind (kitchen sink)', kitchenSink],
    ['deciding parts under unknowns', nested],
  ])('%s: equal to the reference walk on random households', (_, program) => {
    let unknownNodes = 0;
    let paths = 0;
    fc.assert(
      fc.property(householdArb, dateArb, fc.boolean(), fc.boolean(), (h, date, shared, trace) => {
        const { got, want } = bothWalks(program, h, date, { shared, trace });
        expect(got).toEqual(want);
        if ('error' in want) return;
        unknownNodes += want.length;
        for (const w of want) paths += w.paths.length;
      }),
      { numRuns: 400, seed: 11 },
    );
    // Not vacuous: many unknown criteria were walked, and they named inputs.
    expect(unknownNodes).toBeGreaterThan(200);
    expect(paths).toBeGreaterThan(unknownNodes);
  });
});
