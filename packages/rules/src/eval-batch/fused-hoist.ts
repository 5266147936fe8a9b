import type { Expr } from '../expr/nodes.ts';

/** Kinds whose generated code can be an expression without statements that cannot throw (the text is checked too). */
const PURE_KINDS = new Set<Expr['kind']>([
  'input',
  'arith',
  'compare',
  'not',
  'oneOf',
  'convert',
  'round',
  'yearsSince',
  'minmax',
]);

/** Names a pure expression may read besides hoisted values: constants, Math, columns at the row or member. */
const ALLOWED = /^(?:NaN|Math|floor|ceil|trunc|min|max|E\d+|[HM]\d+|i|j)$/;

/**
 * The member pass (fused-members.ts): a value computed from inputs, literals and figures only
 * (arithmetic, comparisons, enum tests, min/max of such; no lookup, branch or walk) is computed once where the
 * member's loop turn begins and shared by every aggregate body that repeats it: 주거급여's nine
 * member aggregates each read earned and business income and added them, and several tested the
 * age for the flat deduction. The generated text of such a node names its operands by their
 * shared names, so equal text is an equal value: the text is the key (structural hashing without
 * a second walk over the tree). Nothing here throws or depends on the order of evaluation, so
 * computing it early changes no answer. (Doing the same for the household's own values at the top
 * of the row was measured slower: it computes values of rare branches for every household.)
 */
export class Hoisting {
  private readonly byCode = new Map<string, string>();
  private readonly names = new Set<string>();
  readonly stmts: string[] = [];

  /** `prefix` names the shared values (m0, m1 …). */
  constructor(private readonly prefix: string) {}

  /** Whether `code` (generated for a node of `kind`) reads only columns, constants and values shared here. */
  pure(kind: Expr['kind'], code: string): boolean {
    if (!PURE_KINDS.has(kind)) return false;
    for (const id of code.match(/[A-Za-z_$][\w$]*/g) ?? []) if (!ALLOWED.test(id) && !this.names.has(id)) return false;
    return true;
  }

  /** The name of `code`'s value, computed once at the top of the loop turn. */
  name(code: string): string {
    let name = this.byCode.get(code);
    if (name === undefined) {
      name = `${this.prefix}${this.byCode.size}`;
      this.byCode.set(code, name);
      this.names.add(name);
      this.stmts.push(`const ${name} = ${code};`);
    }
    return name;
  }
}
