/** A contiguous, inclusive range of household ids. */
export interface IdSlice {
  readonly from: bigint;
  readonly to: bigint;
}

/**
 * Splits the ids from `min` to `max` into at most `n` contiguous ranges of near-equal width,
 * together covering every id between them once. Equal widths, not equal counts: finding the
 * quantiles of the ids would mean sorting them all first, and a list's ids are numbered in
 * order, so equal widths hold near-equal numbers of households.
 */
export function idSlices(min: bigint, max: bigint, n: number): IdSlice[] {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`slice count must be a positive integer, got ${n}`);
  if (max < min) return [];
  const span = max - min + 1n;
  const count = BigInt(n) < span ? BigInt(n) : span;
  const slices: IdSlice[] = [];
  for (let k = 0n; k < count; k++) {
    const from = min + (span * k) / count;
    const to = min + (span * (k + 1n)) / count - 1n;
    slices.push({ from, to });
  }
  return slices;
}
