import { periodInForce } from '../parameters/lookup.ts';
import type { ParameterDef, TableValue } from '../parameters/types.ts';

/**
 * A parameter table pre-indexed for the date, so rows look up numbers by number (no string
 * building per row). Mirrors parameters/lookup.ts: integer keys match "3", and with
 * beyondMax "last" a larger integer reuses the largest key.
 */
export interface Level {
  readonly byNum: ReadonlyMap<number, Level | number>;
  readonly byStr: ReadonlyMap<string, Level | number>;
  readonly maxNum: number | undefined;
}

/**
 * The value in force on `date`, indexed; null when no period covers the date. Then every lookup
 * that gets as far as reading the value fails, lane by lane, as the scalar evaluator does.
 */
export function indexTable(def: ParameterDef, date: string): Level | number | null {
  const period = periodInForce(def, date);
  if (!period) return null;
  return typeof period.value === 'number' ? period.value : level(period.value);
}

/** A table with no cells: every key misses. */
export const EMPTY_LEVEL: Level = { byNum: new Map(), byStr: new Map(), maxNum: undefined };

function level(t: TableValue): Level {
  const byNum = new Map<number, Level | number>();
  const byStr = new Map<string, Level | number>();
  let allNumeric = true;
  let maxNum: number | undefined;
  for (const [k, child] of Object.entries(t)) {
    const c = typeof child === 'number' ? child : level(child);
    byStr.set(k, c);
    const n = Number(k);
    if (Number.isInteger(n) && String(n) === k) {
      byNum.set(n, c);
      if (maxNum === undefined || n > maxNum) maxNum = n;
    } else allNumeric = false;
  }
  return { byNum, byStr, maxNum: allNumeric ? maxNum : undefined };
}

/** The child for `key`, or undefined where the scalar lookup would throw ParameterLookupError. */
export function step(def: ParameterDef, at: Level, key: number | string): Level | number | undefined {
  const hit = typeof key === 'number' ? at.byNum.get(key) : at.byStr.get(key);
  if (hit !== undefined) return hit;
  if (
    typeof key === 'number' &&
    def.beyondMax === 'last' &&
    Number.isInteger(key) &&
    at.maxNum !== undefined &&
    key > at.maxNum
  ) {
    return at.byNum.get(at.maxNum) as Level | number;
  }
  return undefined;
}
