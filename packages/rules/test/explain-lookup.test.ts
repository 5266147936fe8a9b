import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, decideWithReasons, type Household, ParameterLookupError } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { gaps } from './fixtures/gaps.ts';

/** decide, or null where the scalar evaluator cannot look a figure up on the path it takes. */
function decideOrNull(h: Household, date: string) {
  try {
    return decide(gaps, h, { date });
  } catch (error) {
    if (error instanceof ParameterLookupError) return null;
    throw error;
  }
}

describe('explanations never fail where the decision succeeded', () => {
  it('decideWithReasons gives decide’s result even when wording a reason would read a missing table cell', () => {
    fc.assert(
      fc.property(householdArb, dateArb, (h, date) => {
        const d = decideOrNull(h, date);
        if (d === null) {
          expect(() => decideWithReasons(gaps, h, { date })).toThrow(ParameterLookupError);
          return;
        }
        const r = decideWithReasons(gaps, h, { date });
        expect([r.status, r.amount]).toEqual([d.status, d.amount]);
        expect(r.criteria.map((c) => c.outcome)).toEqual(d.criteria.map((c) => c.outcome));
        for (const c of r.criteria) expect(c.sentence.ko.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed: 5 },
    );
  });
});
