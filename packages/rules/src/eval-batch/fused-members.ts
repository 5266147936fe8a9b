import { children, type Expr } from '../expr/nodes.ts';

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

  /** A body the pass can take: member fields, literals and figures only (no household value, no variable). */
  static accepts(body: Expr): boolean {
    if (body.kind === 'ref' || body.kind === 'aggregate') return false;
    if (body.kind === 'input' && body.scope === 'household') return false;
    return children(body).every(([, c]) => MemberPass.accepts(c));
  }

  /** The name of the aggregate's value already in the pass, if the same one was added before. */
  known(key: string): string | undefined {
    return this.byKey.get(key);
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
      this.steps.push(`{ ${body.code}\nconst ${x} = ${body.value}; ${acc} += ${unknown(x)} ? NaN : ${x}; }`);
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
${this.steps.join('\n')}
} }
${this.finals.join('\n')}`;
  }
}
