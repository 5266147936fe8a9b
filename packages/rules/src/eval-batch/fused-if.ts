import type { Expr } from '../expr/nodes.ts';
import { type CompareEmitter, ordered } from './fused-compare.ts';

/** What an if needs of the compiler: operands, fresh names, branches run only when taken. */
export interface IfEmitter extends CompareEmitter {
  temp(): string;
  emit(code: string): void;
  conditional(maybe: boolean, f: () => string): { code: string; value: string };
  /** NaN for a number or date, -1 for a boolean or enum. */
  unknownValue(e: Expr, inMember: boolean): string;
  /** Statements run only where a shortcut's `exact` is unknown (fused-compiler.ts `fallback`). */
  fallback(f: () => string): { code: string; value: string };
}

/**
 * An if: the condition, then only the branch taken (as interpret.ts), its value in a new name.
 * When the condition orders two numbers, it is one test where both are known (true, else false,
 * else a NaN: unknown) instead of a 1/0/-1 value tested twice.
 */
export function ifCode(c: IfEmitter, e: Extract<Expr, { kind: 'if' }>, inMember: boolean): string {
  const test = ordered(c, e.cond, inMember);
  const cond = test ? '' : c.bind(c.expr(e.cond, inMember));
  const r = c.temp();
  const t = c.conditional(true, () => c.expr(e.ifTrue, inMember));
  const f = c.conditional(true, () => c.expr(e.ifFalse, inMember));
  const unknown = c.unknownValue(e, inMember);
  const branches = test
    ? `if (${test.holds}) { ${t.code}\n${r} = ${t.value}; }
else if (${test.fails}) { ${f.code}\n${r} = ${f.value}; }
else ${r} = ${unknown};`
    : `if (${cond} === 1) { ${t.code}\n${r} = ${t.value}; }
else if (${cond} < 0) ${r} = ${unknown};
else { ${f.code}\n${r} = ${f.value}; }`;
  c.emit(`let ${r};\n${branches}`);
  return r;
}

/** A shortcut: `exact` decides wherever it is known; `full` runs only for the rest (Shortcut in nodes.ts). */
export function shortcutCode(c: IfEmitter, e: Extract<Expr, { kind: 'shortcut' }>, inMember: boolean): string {
  const x = c.bind(c.expr(e.exact, inMember));
  const r = c.temp();
  const full = c.fallback(() => c.expr(e.full, inMember));
  c.emit(`let ${r} = ${x};\nif (${r} < 0) { ${full.code}\n${r} = ${full.value}; }`);
  return r;
}
