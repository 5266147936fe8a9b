import { ParameterLookupError } from '../util/errors.ts';
import type { ParameterDef, ParameterPeriod, TableValue } from './types.ts';

/** The period in force on `date` (ISO). Periods may be listed in any order. */
export function periodAsOf(def: ParameterDef, date: string): ParameterPeriod {
  const period = periodInForce(def, date);
  if (!period) throw new ParameterLookupError(def.id, date, 'no period in force on this date');
  return period;
}

/** The period in force on `date`, or undefined where none is: for callers that answer "not encoded" themselves. */
export function periodInForce(def: ParameterDef, date: string): ParameterPeriod | undefined {
  const sorted = sortedPeriods(def);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as ParameterPeriod;
    if (date < p.from) continue;
    const next = sorted[i + 1];
    // An explicit `to` is inclusive; otherwise the period yields to the next one's `from`.
    if (p.to !== undefined ? date <= p.to : next === undefined || date < next.from) return p;
  }
  return undefined;
}

/** The last day a period is in force, or undefined when open-ended. */
export function periodEnd(def: ParameterDef, period: ParameterPeriod): string | undefined {
  if (period.to !== undefined) return period.to;
  const sorted = sortedPeriods(def);
  const next = sorted[sorted.indexOf(period) + 1];
  return next ? previousDay(next.from) : undefined;
}

/**
 * The run of consecutive periods around the one in force on `date` that hold its same scalar value
 * (2024 and 2026 both 48 %: one run), so a text can say the years a figure has held.
 */
export function sameValueRun(
  def: ParameterDef,
  date: string,
): { readonly first: ParameterPeriod; readonly last: ParameterPeriod } | undefined {
  const now = periodInForce(def, date);
  if (!now || typeof now.value !== 'number') return undefined;
  const sorted = sortedPeriods(def);
  let i = sorted.indexOf(now);
  let j = i;
  while (i > 0 && sorted[i - 1]?.value === now.value) i--;
  while (j < sorted.length - 1 && sorted[j + 1]?.value === now.value) j++;
  return { first: sorted[i] as ParameterPeriod, last: sorted[j] as ParameterPeriod };
}

const sortCache = new WeakMap<ParameterDef, readonly ParameterPeriod[]>();
function sortedPeriods(def: ParameterDef): readonly ParameterPeriod[] {
  let s = sortCache.get(def);
  if (!s) {
    s = [...def.periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    sortCache.set(def, s);
  }
  return s;
}

function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Table keys are strings; expressions yield numbers (household size) or enum values.
 * Non-integers never match a key, so 2.5 persons is a lookup error, not a rounding guess.
 */
export function keyOf(value: number | string): string {
  return typeof value === 'number' ? String(value) : value;
}

/** Resolve one cell. `keys` are already stringified, outermost dimension first. */
export function tableCell(
  def: ParameterDef,
  date: string,
  table: number | TableValue,
  keys: readonly string[],
): number {
  let node: number | TableValue = table;
  for (const key of keys) {
    if (typeof node === 'number') break;
    node = childFor(def, date, node, key);
  }
  if (typeof node !== 'number') {
    throw new ParameterLookupError(def.id, date, `keys [${keys.join(', ')}] do not reach a value`);
  }
  return node;
}

function childFor(def: ParameterDef, date: string, t: TableValue, key: string): number | TableValue {
  const hit = t[key];
  if (hit !== undefined) return hit;
  const n = Number(key);
  if (def.beyondMax === 'last' && Number.isInteger(n)) {
    const max = maxNumericKey(t);
    if (max !== undefined && n > max) return t[String(max)] as number | TableValue;
  }
  throw new ParameterLookupError(def.id, date, `no table entry for key "${key}"`);
}

/** Largest key when every key is an integer; undefined for enum-keyed levels. */
export function maxNumericKey(t: TableValue): number | undefined {
  let max: number | undefined;
  for (const k of Object.keys(t)) {
    const n = Number(k);
    if (!Number.isInteger(n) || k.trim() === '') return undefined;
    if (max === undefined || n > max) max = n;
  }
  return max;
}

/** Scalar value, or the table cell for `keys`, as of `date`. */
export function parameterValue(def: ParameterDef, date: string, keys: readonly string[] = []): number {
  const period = periodAsOf(def, date);
  return tableCell(def, date, period.value, keys);
}
