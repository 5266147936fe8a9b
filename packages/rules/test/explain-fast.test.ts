import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideWithReasons, formatNumber, type Household } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit } from './fixtures/sample.ts';

/**
 * decideWithReasons() keeps per-program lookups (types, names, labels, period ends) and formats integers
 * without regexes, and screening asks it for no values list. These tests pin each shortcut to
 * what the plain computation gives.
 */

/** formatNumber as first written: toFixed, then regexes for grouping and trailing zeros. */
function formatNumberReference(n: number): string {
  const neg = n < 0;
  const [int = '0', frac = ''] = Math.abs(n).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const f = frac.replace(/0+$/, '');
  return `${neg ? '-' : ''}${grouped}${f ? `.${f}` : ''}`;
}

const programs = [rentBenefit, kitchenSink];

describe('explanation shortcuts', () => {
  it('formats every number as the regex version does', () => {
    const edge = [0, -0, 1, -1, 999, 1000, -1000, 123_456_789, 2 ** 53 - 1, -(2 ** 53), 2 ** 53, 1e21, 0.005, -0.004];
    for (const n of [...edge, Number.NaN, Number.POSITIVE_INFINITY])
      expect(formatNumber(n)).toBe(formatNumberReference(n));
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        expect(formatNumber(n)).toBe(formatNumberReference(n));
      }),
      { numRuns: 5000 },
    );
  });

  it('without values, every other part of the result is the same', () => {
    for (const program of programs) {
      fc.assert(
        fc.property(householdArb, dateArb, (h, date) => {
          let full: ReturnType<typeof decideWithReasons>;
          try {
            full = decideWithReasons(program, h, { date });
          } catch (error) {
            expect(() => decideWithReasons(program, h, { date, values: false })).toThrow((error as Error).message);
            return;
          }
          const lean = decideWithReasons(program, h, { date, values: false });
          expect(lean.values).toEqual([]);
          expect(JSON.stringify(lean)).toBe(JSON.stringify({ ...full, values: [] }));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('a result does not depend on which households were explained before', () => {
    for (const program of programs) {
      fc.assert(
        fc.property(fc.array(householdArb, { minLength: 2, maxLength: 12 }), dateArb, (hs, date) => {
          const run = (list: readonly Household[]) =>
            list.map((h) => {
              try {
                return JSON.stringify(decideWithReasons(program, h, { date }));
              } catch (error) {
                return (error as Error).message;
              }
            });
          expect(run([...hs].reverse()).reverse()).toEqual(run(hs));
        }),
        { numRuns: 60 },
      );
    }
  });
});
