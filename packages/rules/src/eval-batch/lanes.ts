import type { Column } from './columns.ts';

/**
 * Per-lane "the scalar evaluator would throw ParameterLookupError here" flags (1 = throws),
 * or null when no lane does (the common case, so healthy programs pay no mask work).
 */
export type Mask = Uint8Array;

/**
 * What a kernel yields for every lane: the value plus two failure masks mirroring the scalar
 * evaluator's laziness exactly (eval-scalar/interpret.ts and missing.ts):
 *  - `f`: evaluating the node with `run` throws (only sub-expressions `run` reaches count:
 *    the taken if-branch, logic args up to the first decisive one, min/max args and table
 *    keys up to the first unknown, aggregate members up to the first unknown or decisive);
 *  - `u`: `run` and then, when the value is unknown, listing its missing inputs (`collect`)
 *    throws. `collect` re-runs children `run` skipped (both branches under an unknown
 *    condition, every min/max arg and key, every member), so `u` is wider than `f`.
 * Invariant: f ⊆ u, and u = f wherever the value is known. `decide` throws for a household
 * when a criterion's `f` is set, or, unless it is ineligible, a criterion's or the amount's `u`.
 * A lane whose `f` is set has a meaningless value; ancestors that would not have evaluated
 * the node drop its flags, which is why the flags are kept apart from the value.
 */
export interface Out {
  readonly v: Column;
  readonly f: Mask | null;
  readonly u: Mask | null;
}

export function known(v: Column): Out {
  return { v, f: null, u: null };
}

/** Lane-wise OR of masks; null stays null so flag-free programs allocate nothing. */
export function any(masks: ReadonlyArray<Mask | null>): Mask | null {
  let out: Mask | null = null;
  for (const m of masks) {
    if (m === null) continue;
    if (out === null) out = Uint8Array.from(m);
    else for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) | (m[i] as number);
  }
  return out;
}

/** Strict nodes (arithmetic, comparison, not, round …) evaluate every operand, so flags simply propagate. */
export function strict(v: Column, parts: readonly Out[]): Out {
  return { v, f: any(parts.map((p) => p.f)), u: any(parts.map((p) => p.u)) };
}

export function bit(m: Mask | null, i: number): boolean {
  return m !== null && m[i] === 1;
}

/** Sets lane i of a mask of length n, allocating it on the first flagged lane. */
export function raise(m: Mask | null, n: number, i: number): Mask {
  const out = m ?? new Uint8Array(n);
  out[i] = 1;
  return out;
}

function isUnknown(v: Column, i: number): boolean {
  return v instanceof Float64Array ? Number.isNaN(v[i]) : v[i] === -1;
}

/**
 * Flags of an operand list the scalar evaluator walks left to right and abandons at the first
 * operand for which `stop` holds (unknown for min/max, decisive for and/or). `f`: a flagged
 * operand at or before that point. `u`: when the result is unknown `collect` visits every
 * operand, otherwise nothing beyond `f`.
 */
export function sequential(v: Column, parts: readonly Out[], stop: (x: number) => boolean): Out {
  if (parts.every((p) => p.u === null)) return known(v);
  const n = v.length;
  const f = new Uint8Array(n);
  const all = any(parts.map((p) => p.u));
  for (let i = 0; i < n; i++) {
    for (const p of parts) {
      if (bit(p.f, i)) {
        f[i] = 1;
        break;
      }
      if (stop(p.v[i] as number)) break;
    }
  }
  const u = new Uint8Array(n);
  for (let i = 0; i < n; i++) u[i] = isUnknown(v, i) ? (all?.[i] ?? 0) | (f[i] as number) : (f[i] as number);
  return { v, f, u };
}

/** A household value read from member rows: each member row takes its household's flags. */
export function gatherOut(h: Out, owner: Int32Array, m: number): Out {
  const pick = (col: Column | Mask): Column | Mask => {
    const out =
      col instanceof Float64Array
        ? new Float64Array(m)
        : col instanceof Int8Array
          ? new Int8Array(m)
          : new Uint8Array(m);
    for (let j = 0; j < m; j++) out[j] = col[owner[j] as number] as number;
    return out;
  };
  return {
    v: pick(h.v) as Column,
    f: h.f === null ? null : (pick(h.f) as Mask),
    u: h.u === null ? null : (pick(h.u) as Mask),
  };
}

/**
 * Flags of a member aggregate for one household, mirroring interpret.ts `aggregate`: members
 * are run in order until one is unknown (sum, count) or decisive (any, all); an unknown result
 * makes `collect` run the body for every member. An unknown member list runs nothing.
 */
export function aggregateFlags(
  body: Out,
  stop: (x: number) => boolean,
  from: number,
  to: number,
  resultUnknown: boolean,
): [number, number] {
  let f = 0;
  for (let j = from; j < to; j++) {
    if (bit(body.f, j)) {
      f = 1;
      break;
    }
    if (stop(body.v[j] as number)) break;
  }
  let u = f;
  if (resultUnknown && body.u !== null) for (let j = from; j < to && u === 0; j++) u = body.u[j] as number;
  return [f, u];
}
