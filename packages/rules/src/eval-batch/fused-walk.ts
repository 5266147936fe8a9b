import type { Expr } from '../expr/nodes.ts';
import { type CompareEmitter, type Ordered, ordered } from './fused-compare.ts';

/** What a walk over operands needs of the fused compiler (fused-compiler.ts). */
export interface WalkEmitter extends CompareEmitter {
  temp(): string;
  emit(code: string): void;
  conditional(maybe: boolean, f: () => string): { code: string; value: string };
}

/**
 * A walk over operands that may end early (and, or, min, max, table keys): `stepFor(k, x)` returns
 * the statements run after operand k's value `x` (they may `break` the label after setting the
 * result). Operands after the first run only sometimes (conditional).
 */
export function walk(
  c: WalkEmitter,
  args: readonly Expr[],
  inMember: boolean,
  init: string,
  stepFor: (k: number, x: string, r: string, label: string) => string,
  end: () => string,
  /** The step for an operand ordering two numbers, on its tests (fused-compare.ts `ordered`). */
  orderedStep?: (test: Ordered, r: string, label: string) => string,
  /** The value as one expression, when every operand is a value without statements. */
  whole?: (values: string[]) => string,
): string {
  const r = c.temp();
  const label = c.temp().replace('t', 'L');
  const parts = args.map((a, k) => {
    const held = { test: null as Ordered | null };
    const { code, value } = c.conditional(k > 0, () => {
      held.test = orderedStep ? ordered(c, a, inMember) : null;
      return held.test ? '' : c.expr(a, inMember);
    });
    return { code, value, test: held.test };
  });
  // Operands that cannot throw (no lookup that can miss): nothing to stop early for, all computed.
  if (whole && parts.every((p) => !/\b(?:[EVA]\d+|CHECK)\(|throw/.test(p.code))) {
    for (const p of parts) if (p.code.trim() !== '') c.emit(p.code);
    return whole(parts.map((p) => p.value));
  }
  const body = parts.map(({ code, value, test }, k) => {
    if (test && orderedStep) return `${code}\n${orderedStep(test, r, label)}`;
    const x = c.temp();
    return `${code}\nconst ${x} = ${value};\n${stepFor(k, x, r, label)}`;
  });
  c.emit(`let ${r} = ${init};\n${label}: {\n${body.join('\n')}\n${end().replaceAll('$r', r)}\n}`);
  return r;
}
