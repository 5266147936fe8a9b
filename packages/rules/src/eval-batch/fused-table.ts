import type { ParameterDef } from '../parameters/types.ts';
import { type Level, step } from './table.ts';

/** Thrown inside the fused loop when a household needs the lane-exact path. */
export const DEFER: unique symbol = Symbol('defer');

type Dense = number | DenseLevel | undefined;
interface DenseLevel {
  readonly arr: readonly Dense[];
  readonly level: Level;
  /** Enum keys index `arr` by the enum's value index; numeric keys by the integer itself. */
  readonly numeric: boolean;
}

/** A dense table walked by the keys' values; a miss throws DEFER. One closure per arity (no rest arguments). */
export function lookup(def: ParameterDef, table: Level, kinds: readonly KeyKind[], asBool: (x: number) => number) {
  const root = densify(def, table, kinds, 0, asBool);
  const down = (at: Dense, key: number, d: number): Dense => {
    if (at === undefined || typeof at === 'number') throw DEFER;
    return pick(def, at, key, kinds, d, asBool);
  };
  const cell = (at: Dense): number => {
    if (typeof at !== 'number') throw DEFER;
    return at;
  };
  if (kinds.length === 1) return (a: number) => cell(down(root, a, 0));
  if (kinds.length === 2) return (a: number, b: number) => cell(down(down(root, a, 0), b, 1));
  return (...xs: number[]) => cell(xs.reduce((at: Dense, k, d) => down(at, k, d), root));
}

export type KeyKind = { readonly lit: string } | { readonly values: readonly string[] } | { readonly numeric: true };

function densify(
  def: ParameterDef,
  at: Level | number | undefined,
  kinds: readonly KeyKind[],
  d: number,
  asBool: (x: number) => number,
): Dense {
  if (at === undefined) return undefined;
  if (typeof at === 'number') return asBool(at);
  const kind = kinds[d];
  if (kind === undefined) return undefined;
  const child = (x: Level | number | undefined) => densify(def, x, kinds, d + 1, asBool);
  if ('lit' in kind) return { arr: [child(step(def, at, kind.lit))], level: at, numeric: false };
  if ('values' in kind) return { arr: kind.values.map((x) => child(step(def, at, x))), level: at, numeric: false };
  const max = Math.max(-1, ...[...at.byNum.keys()].filter((k) => k >= 0 && k <= 4096));
  const arr: Dense[] = [];
  for (let k = 0; k <= max; k++) arr.push(child(at.byNum.get(k)));
  // beyondMax "last": a larger integer key reads the largest key's cell (table.ts `step`), so the
  // keys just past it are dense too. Tables by household size stop at 3 or 4 persons, and every
  // larger household otherwise left the flat read for the nested lookup.
  if (def.beyondMax === 'last' && at.maxNum === max && max >= 0) {
    const last = arr[max];
    for (let k = max + 1; k < BEYOND_MAX_DENSE; k++) arr.push(last);
  }
  return { arr, level: at, numeric: true };
}

/** Integer keys below this read a beyondMax "last" table densely (larger ones take `step`). */
const BEYOND_MAX_DENSE = 32;

/** One step down: a dense read for in-range integers, else exactly table.ts `step`. */
function pick(
  def: ParameterDef,
  at: DenseLevel,
  key: number,
  kinds: readonly KeyKind[],
  d: number,
  asBool: (x: number) => number,
): Dense {
  if (!at.numeric) return at.arr[key];
  if (Number.isInteger(key) && key >= 0 && key < at.arr.length) return at.arr[key];
  return densify(def, step(def, at.level, key), kinds, d + 1, asBool);
}

/** The cell for literal keys (a string key reads index 0 of its one-entry level), or null on a miss. */
export function literalCell(look: (...ks: number[]) => number, keys: readonly { kind: string; value?: unknown }[]) {
  try {
    return look(...keys.map((k) => (k.kind === 'num' ? (k.value as number) : 0)));
  } catch (e) {
    if (e === DEFER) return null;
    throw e;
  }
}

/** Cells beyond this many keep the nested lookup. */
const FLAT_MAX = 1 << 16;

/**
 * The table as one row-major Float64Array over all its keys (enum index, integer 0…max, a
 * string literal as one slot), holes NaN; null when it would be too large.
 */
export function flatTable(def: ParameterDef, table: Level, kinds: readonly KeyKind[], asBool: (x: number) => number) {
  const root = densify(def, table, kinds, 0, asBool);
  const sizes = kinds.map((k) => ('lit' in k ? 1 : 'values' in k ? k.values.length : 0));
  const widen = (at: Dense, d: number) => {
    if (at === undefined || typeof at === 'number' || d >= kinds.length) return;
    if (at.numeric) sizes[d] = Math.max(sizes[d] as number, at.arr.length);
    for (const c of at.arr) widen(c, d + 1);
  };
  widen(root, 0);
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total === 0 || total > FLAT_MAX) return null;
  const strides = sizes.map((_, d) => sizes.slice(d + 1).reduce((a, b) => a * b, 1));
  const data = new Float64Array(total).fill(Number.NaN);
  const fill = (at: Dense, d: number, offset: number) => {
    if (d === kinds.length) {
      if (typeof at === 'number') data[offset] = at;
      return;
    }
    if (at === undefined || typeof at === 'number') return;
    at.arr.forEach((c, k) => {
      fill(c, d + 1, offset + k * (strides[d] as number));
    });
  };
  fill(root, 0, 0);
  return { data, sizes, strides };
}

/**
 * Statements setting `$r` from one read of the flat array `data` with the key values `ks`; NaN
 * (a hole, a key out of range or beyond the max, a non-integer) asks the exact lookup `look`
 * (null: the table has every cell the keys can name).
 */
export function flatRead(
  flat: { readonly sizes: readonly number[]; readonly strides: readonly number[] },
  kinds: readonly KeyKind[],
  ks: readonly string[],
  data: string,
  look: string | null,
): string {
  const guards: string[] = [];
  const terms: string[] = [];
  ks.forEach((k, d) => {
    const kind = kinds[d] as KeyKind;
    if ('lit' in kind) return;
    if ('numeric' in kind) guards.push(`(${k} >>> 0) === ${k} && ${k} < ${flat.sizes[d]}`);
    const stride = flat.strides[d] as number;
    terms.push(stride === 1 ? k : `${k} * ${stride}`);
  });
  const read = `${data}[${terms.join(' + ') || '0'}]`;
  const first = `$r = ${guards.length ? `${guards.join(' && ')} ? ${read} : NaN` : read};`;
  return look === null ? first : `${first}\nif ($r !== $r) $r = ${look}(${ks.join(', ')});`;
}
