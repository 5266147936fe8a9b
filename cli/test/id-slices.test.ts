import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSlices } from '../src/screen-sql/id-slices.ts';

describe('idSlices', () => {
  it('covers every id from min to max once, in contiguous ranges of near-equal width', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -1000n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 5000n }),
        fc.integer({ min: 1, max: 40 }),
        (min, extra, n) => {
          const max = min + extra;
          const slices = idSlices(min, max, n);
          expect(slices.length).toBe(Math.min(n, Number(extra) + 1));
          expect(slices[0]?.from).toBe(min);
          expect(slices.at(-1)?.to).toBe(max);
          slices.forEach((s, k) => {
            expect(s.from <= s.to).toBe(true);
            if (k > 0) expect(s.from).toBe((slices[k - 1]?.to as bigint) + 1n);
          });
          // Widths are bigints (Math.min/max take numbers only): sorted, first and last.
          const widths = slices.map((s) => s.to - s.from + 1n).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
          expect((widths.at(-1) as bigint) - (widths[0] as bigint) <= 1n).toBe(true);
        },
      ),
    );
  });

  it('gives nothing for an empty range and refuses a count that is not a positive whole number', () => {
    expect(idSlices(5n, 4n, 3)).toEqual([]);
    expect(idSlices(7n, 7n, 4)).toEqual([{ from: 7n, to: 7n }]);
    expect(() => idSlices(1n, 10n, 0)).toThrow(RangeError);
    expect(() => idSlices(1n, 10n, 1.5)).toThrow(RangeError);
  });
});
