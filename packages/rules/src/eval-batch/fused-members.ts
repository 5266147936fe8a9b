import { type Aggregate, children, type Expr } from '../expr/nodes.ts';
import { Hoisting } from './fused-hoist.ts';
import { shapeOf } from './shared-vars.ts';

type Op = 'sum' | 'count' | 'any' | 'all';

/** What the aggregates need of the fused compiler (fused-compiler.ts). */
export interface AggregateEmitter {
  readonly eager: boolean;
  readonly fns: string[];
  readonly members: MemberPass;
  sharedLoad(key: string, agg: Aggregate): string | undefined;
  conditional(maybe: boolean, f: () => string): { code: string; value: string };
  nested(f: () => string): { code: string; value: string };
  memberBody(e: Expr): { code: string; value: string };
  expr(e: Expr, inMember: boolean): string;
  unknown(e: Expr, inMember: boolean, x: string): string;
  bind(code: string): string;
  temp(): string;
  emit(code: string): void;
}

/**
 * The fast loop's member pass: member sums, counts and any/all whose body reads only the member's
 * own fields (and figures) are computed together in ONE loop over the household's members at the
 * top of the row, not one loop each (the catalog's shared variables hold about twenty). Each keeps
 * its value without stopping early: a sum or count with an unknown member is NaN whatever
 * follows (NaN absorbs), any/all is decided by a decisive member wherever it is. Only a failed
 * lookup in a member the interpreter would not have reached differs, and that hands the household
 * to the exact path, as any failed lookup in the fast loop does. The same aggregate met twice is
 * computed once.
 */
export class MemberPass {
  private readonly inits: string[] = [];
  private readonly steps: string[] = [];
  private readonly finals: string[] = [];
  private readonly byKey = new Map<string, string>();
  /** Pure values of the member (fused-hoist.ts), computed first in the loop for every body. */
  readonly values = new Hoisting('m');

  /** A shortcut fallback's own pass (`outer`: the row's pass, whose values it reads as they are). */
  constructor(private readonly outer?: MemberPass) {}

  /** A body the pass can take: member fields, literals and figures only (no household value, no variable). */
  static accepts(body: Expr): boolean {
    if (body.kind === 'ref' || body.kind === 'aggregate') return false;
    if (body.kind === 'input' && body.scope === 'household') return false;
    return children(body).every(([, c]) => MemberPass.accepts(c));
  }

  /** The name of the aggregate's value already in the pass, if the same one was added before. */
  known(key: string): string | undefined {
    return this.byKey.get(key) ?? this.outer?.known(key);
  }

  /**
   * Adds an aggregate: `code` and `value` compute the body for member j, `unknown(x)` tests a body
   * value for unknown; names are fresh temporaries of the compiler.
   */
  add(
    key: string,
    op: 'sum' | 'count' | 'any' | 'all',
    body: { code: string; value: string },
    unknown: (x: string) => string,
    [r, acc, flag, x]: readonly [string, string, string, string],
  ): string {
    if (op === 'sum' || op === 'count') {
      this.inits.push(`let ${acc} = 0;`);
      // A sum's unknown member is NaN already, which absorbs: added as it is (a branch less per member).
      const add = op === 'sum' ? x : `${unknown(x)} ? NaN : ${x}`;
      this.steps.push(`{ ${body.code}\nconst ${x} = ${body.value}; ${acc} += ${add}; }`);
      this.finals.push(`const ${r} = MK[i] !== 1 ? NaN : ${acc};`);
    } else {
      const d = op === 'any' ? 1 : 0;
      this.inits.push(`let ${acc} = 0, ${flag} = 0;`);
      this.steps.push(
        `{ ${body.code}\nconst ${x} = ${body.value}; if (${x} === ${d}) ${flag} = 1; else if (${x} < 0) ${acc} = 1; }`,
      );
      this.finals.push(`const ${r} = MK[i] !== 1 ? -1 : ${flag} === 1 ? ${d} : ${acc} === 1 ? -1 : ${1 - d};`);
    }
    this.byKey.set(key, r);
    return r;
  }

  /** The pass's statements for the top of the row (empty when no aggregate was added). */
  code(): string {
    if (this.steps.length === 0) return '';
    return `${this.inits.join(' ')}
if (MK[i] === 1) { const to = OFF[i + 1]; for (let j = OFF[i]; j < to; j++) {
${this.values.stmts.join('\n')}
${this.steps.join('\n')}
} }
${this.finals.join('\n')}`;
  }
}

/**
 * A member aggregate: in the lazy loop a function walking the members as the interpreter does; in
 * the fast loop the member pass, or an inline walk when the body reads a variable.
 */
export function aggregate(c: AggregateEmitter, op: Op, bodyExpr: Expr): string {
  if (c.eager) return inlineAggregate(c, op, bodyExpr);
  const fn = c.temp().replace('t', 'A');
  const { code, value } = c.nested(() => c.expr(bodyExpr, true));
  const unknown = c.unknown(bodyExpr, true, 'x');
  const d = op === 'any' ? 1 : 0;
  const loop =
    op === 'sum' || op === 'count'
      ? `let acc = 0; for (let j = OFF[i]; j < to; j++) { ${code}\nconst x = ${value}; if (${unknown}) return NaN; acc += x; } return acc;`
      : `let u = 0; for (let j = OFF[i]; j < to; j++) { ${code}\nconst x = ${value}; if (x === ${d}) return ${d}; if (x < 0) u = 1; } return u ? -1 : ${1 - d};`;
  const none = op === 'sum' || op === 'count' ? 'NaN' : '-1';
  c.fns.push(`function ${fn}(i) { if (MK[i] !== 1) return ${none}; const to = OFF[i + 1]; ${loop} }`);
  return c.bind(`${fn}(i)`);
}

/** The same walk over the household's members, inline in the row (a labelled block, no call). */
function inlineAggregate(c: AggregateEmitter, op: Op, bodyExpr: Expr): string {
  // Counting members (count of TRUE): their number, with no walk.
  if (op === 'count' && bodyExpr.kind === 'bool' && bodyExpr.value)
    return c.bind('(MK[i] !== 1 ? NaN : OFF[i + 1] - OFF[i])');
  if (MemberPass.accepts(bodyExpr)) {
    const key = `${op}:${shapeOf(bodyExpr)}`;
    // In a catalog every program reads the same members: the shared kernel's member pass computes
    // the aggregate once for all (when its figures are defined alike, catalog.ts), read here as a column.
    const loaded = c.sharedLoad(`@${key}`, { kind: 'aggregate', op, body: bodyExpr });
    if (loaded !== undefined) return loaded;
    const known = c.members.known(key);
    if (known !== undefined) return known;
    const body = c.memberBody(bodyExpr);
    const unknown = (x: string) => c.unknown(bodyExpr, true, x);
    return c.members.add(key, op, body, unknown, [c.temp(), c.temp(), c.temp(), c.temp()]);
  }
  const { code, value } = c.conditional(true, () => c.expr(bodyExpr, true));
  const [r, label, x, acc, to] = [c.temp(), c.temp().replace('t', 'L'), c.temp(), c.temp(), c.temp()];
  const d = op === 'any' ? 1 : 0;
  const sum = op === 'sum' || op === 'count';
  const step = sum
    ? `if (${c.unknown(bodyExpr, true, x)}) break ${label}; ${acc} += ${x};`
    : `if (${x} === ${d}) { ${r} = ${d}; break ${label}; } if (${x} < 0) ${acc} = 1;`;
  const done = sum ? `${r} = ${acc};` : `${r} = ${acc} === 1 ? -1 : ${1 - d};`;
  c.emit(`let ${r} = ${sum ? 'NaN' : '-1'};
${label}: { if (MK[i] !== 1) break ${label}; let ${acc} = 0; const ${to} = OFF[i + 1];
for (let j = OFF[i]; j < ${to}; j++) { ${code}\nconst ${x} = ${value}; ${step} }
${done} }`);
  return r;
}
