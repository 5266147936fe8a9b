import type { NumUnit } from '../schema/fields.ts';

/**
 * The unit algebra, deliberately small:
 * - `+ − min max if compare` need equal units.
 * - `×`: "ratio" and "count" are scalars. scalar × U = U (0.3 × rent; persons × KRW/month per
 *   person). Two non-scalars never multiply (KRW × KRW has no meaning here).
 * - `÷`: U ÷ U = ratio (rent-to-income), U ÷ scalar = U (per person). Anything else is rejected.
 * - Unit changes are explicit conversions (convert nodes), never implied by arithmetic.
 * - A bare number (unit null) adopts the other side's unit in + − compare min max, and acts as
 *   a ratio in × ÷. So `v.add(x, 1000)` and `v.mul(x, 0.3)` read naturally.
 */
/** A number's unit within this algebra; null for a bare number. Not exported: callers name NumUnit. */
type U = NumUnit | null;
export type UnitResult = { ok: true; unit: U } | { ok: false; reason: string };

const SCALAR = new Set<U>(['ratio', 'count', null]);
const ok = (unit: U): UnitResult => ({ ok: true, unit });
const show = (u: U) => u ?? 'number';

export function sameUnit(a: U, b: U, what: string): UnitResult {
  if (a === null) return ok(b);
  if (b === null || a === b) return ok(a);
  return { ok: false, reason: `${what} needs the same unit on both sides, got ${show(a)} and ${show(b)}` };
}

export function mulUnit(a: U, b: U): UnitResult {
  if (SCALAR.has(a) && SCALAR.has(b)) return ok(a === 'count' || b === 'count' ? 'count' : (a ?? b));
  if (SCALAR.has(a)) return ok(b);
  if (SCALAR.has(b)) return ok(a);
  return { ok: false, reason: `cannot multiply ${show(a)} by ${show(b)}: one side must be a ratio or count` };
}

export function divUnit(a: U, b: U): UnitResult {
  if (b === null) return ok(a);
  if (a === b) return ok('ratio');
  if (SCALAR.has(b)) return ok(a);
  return { ok: false, reason: `cannot divide ${show(a)} by ${show(b)}` };
}

/** Allowed conversions as [multiply by, divide by]; division keeps x/12 exact where x*(1/12) is not. */
const CONVERSIONS: Readonly<Record<string, readonly [number, number]>> = {
  'KRW/month>KRW/year': [12, 1],
  'KRW/year>KRW/month': [1, 12],
  'KRW>KRW/month': [1, 1],
};

export function conversion(from: NumUnit, to: NumUnit): readonly [number, number] | undefined {
  return CONVERSIONS[`${from}>${to}`];
}
