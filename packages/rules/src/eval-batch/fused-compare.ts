import type { CompareOp, Expr } from '../expr/nodes.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { Unsupported } from './fused-param.ts';

/** What comparisons need of the fused compiler (fused-compiler.ts). */
export interface CompareEmitter {
  readonly program: Program;
  expr(e: Expr, inMember: boolean): string;
  bind(code: string): string;
  unknown(e: Expr, inMember: boolean, x: string): string;
}

/** A comparison's value: 1, 0, or -1 when an operand is unknown. */
export function compare(c: CompareEmitter, e: Extract<Expr, { kind: 'compare' }>, inMember: boolean): string {
  const lt = staticType(c.program, e.left, inMember);
  if (lt.t === 'enum' || e.left.kind === 'str') {
    const [subj, lit] = lt.t === 'enum' ? [e.left, e.right] : [e.right, e.left];
    const st = staticType(c.program, subj, inMember);
    if (st.t !== 'enum' || lit.kind !== 'str') throw new Unsupported('enum compared with a non-literal');
    const idx = st.values.indexOf(lit.value);
    const [yes, no] = e.op === 'eq' ? ['1', '0'] : ['0', '1'];
    const x = c.bind(c.expr(subj, inMember));
    return `(${x} < 0 ? -1 : ${x} === ${idx} ? ${yes} : ${no})`;
  }
  const op = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '===', ne: '!==' }[e.op];
  const a = c.bind(c.expr(e.left, inMember));
  const b = c.bind(c.expr(e.right, inMember));
  // Booleans compared with each other are 0/1 with -1 unknown; numbers NaN.
  const unknown = (x: string) => c.unknown(e.left, inMember, x);
  return `(${unknown(a)} || ${unknown(b)} ? -1 : ${a} ${op} ${b} ? 1 : 0)`;
}

/** An order and its opposite: for numbers neither NaN exactly one holds; with a NaN neither does. */
const ORDER: Partial<Record<CompareOp, readonly [string, string]>> = {
  lt: ['<', '>='],
  le: ['<=', '>'],
  gt: ['>', '<='],
  ge: ['>=', '<'],
};

/** Tests that an order of two numbers holds and that it fails (neither does when one is NaN). */
export interface Ordered {
  readonly holds: string;
  readonly fails: string;
}

/**
 * A condition ordering two numbers (or dates), for an `if` or an operand of and/or: its operands evaluated as `compare`
 * evaluates them, and a test that it holds and one that it fails. Branching on these directly is
 * one test per household where the values are known, instead of two NaN tests, the comparison
 * and then the tests of its 1/0/-1 (an age test of the flat deduction runs for every member).
 */
export function ordered(c: CompareEmitter, e: Expr, inMember: boolean): Ordered | null {
  if (e.kind !== 'compare') return null;
  const order = ORDER[e.op];
  const t = staticType(c.program, e.left, inMember).t;
  if (order === undefined || (t !== 'num' && t !== 'date')) return null;
  const a = c.bind(c.expr(e.left, inMember));
  const b = c.bind(c.expr(e.right, inMember));
  return { holds: `${a} ${order[0]} ${b}`, fails: `${a} ${order[1]} ${b}` };
}
