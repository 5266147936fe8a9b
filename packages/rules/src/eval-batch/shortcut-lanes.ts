import { bit, known, type Out } from './lanes.ts';

/**
 * A shortcut's lanes (Shortcut in nodes.ts): `exact` where it is known, else `full`, both computed
 * for every lane; `full`'s flags count only where the scalar runs it, where `exact` is unknown
 * (and `collect` then visits `full` alone).
 */
function shortcutOut(exact: Out, full: Out): Out {
  const a = exact.v as Int8Array;
  const b = full.v as Int8Array;
  const out = new Int8Array(a.length);
  for (let i = 0; i < out.length; i++) out[i] = (a[i] as number) >= 0 ? (a[i] as number) : (b[i] as number);
  if (exact.u === null && full.u === null) return known(out);
  const f = new Uint8Array(out.length);
  const u = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const fallback = (a[i] as number) < 0;
    f[i] = bit(exact.f, i) || (fallback && bit(full.f, i)) ? 1 : 0;
    u[i] = f[i] || (fallback && bit(full.u, i)) ? 1 : 0;
  }
  return { v: out, f, u };
}

/** The lane-exact kernel of a shortcut from its two operands' kernels. */
export function shortcutKernel<C>(exact: (c: C) => Out, full: (c: C) => Out): (c: C) => Out {
  return (c) => shortcutOut(exact(c), full(c));
}
