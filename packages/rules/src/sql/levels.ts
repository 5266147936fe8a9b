import { literalNumber } from './fold.ts';
import { quoteIdent } from './naming.ts';

/**
 * Keeps the planner from flattening a level into its readers. Written `OFFSET '0'`, not
 * `OFFSET 0`: the integer literal reaches the planner as a cast to bigint, which PostgreSQL
 * (15 at least) counts as a LIMIT it must honour, and so never lets parallel workers run any
 * level above it — the whole household pass stayed on one core. The quoted literal is a plain
 * bigint constant 0, which the planner knows is no limit at all.
 */
export const FENCE = "OFFSET '0'";

/**
 * Columns computed once per row, in levels: an expression goes one level above the deepest
 * column it reads, so each level is one projection over the one below. Identical expressions
 * share a column.
 *
 * A column read only once is written into its reader instead (at `wrap`, when every reader is
 * known): a level costs PostgreSQL a scan node per row and a step per column it passes on, so
 * storing a value read once cost more than it saved. On 주거급여 this halved the levels.
 */
export class Levels {
  private readonly byText = new Map<string, string>();
  private readonly exprOf = new Map<string, string>();
  constructor(private readonly alias: 'h' | 'm') {}

  hoist(expr: string): string {
    if (isSimple(expr)) return expr;
    const known = this.byText.get(expr);
    if (known) return known;
    const name = `~${this.alias}${this.byText.size + 1}`;
    const ref = `${this.alias}.${quoteIdent(name)}`;
    this.exprOf.set(name, expr);
    this.byText.set(expr, ref);
    return ref;
  }

  /** Every column of ours `text` reads, once per reading. */
  private ownRefs(text: string): string[] {
    const re = new RegExp(`(?<![\\w".])${this.alias}\\."(~${this.alias}\\d+)"`, 'g');
    return [...text.matchAll(re)].map((m) => m[1] as string);
  }

  /**
   * The levels stacked on the relation `base(needed base columns)`, each passing on only the
   * columns something above still reads (`reads`: the expressions evaluated on top). Returns
   * the relation and `reads` as they must be written over it (single-use columns inlined).
   */
  wrap(
    reads: readonly string[],
    base: (need: Set<string>) => string,
    always: readonly string[] = [],
    order = '',
  ): { from: string; reads: string[] } {
    // Uses of each column by the reads and by the columns they reach.
    const uses = new Map<string, number>();
    const visit = (text: string) => {
      for (const n of this.ownRefs(text)) {
        const seen = uses.get(n);
        uses.set(n, (seen ?? 0) + 1);
        if (seen === undefined) visit(this.exprOf.get(n) as string);
      }
    };
    for (const r of reads) visit(r);
    const inline = new Set([...uses].filter(([, k]) => k === 1).map(([n]) => n));
    const expanded = new Map<string, string>();
    const expand = (text: string): string =>
      text.replace(new RegExp(`(?<![\\w".])${this.alias}\\."(~${this.alias}\\d+)"`, 'g'), (ref, n: string) => {
        if (!inline.has(n)) return ref;
        let x = expanded.get(n);
        if (x === undefined) {
          x = `(${expand(this.exprOf.get(n) as string)})`;
          expanded.set(n, x);
        }
        return x;
      });
    // The stored columns, with their single-use inputs written in, one level above their inputs.
    const kept = [...uses.keys()].filter((n) => !inline.has(n));
    const exprs = new Map(kept.map((n) => [n, expand(this.exprOf.get(n) as string)]));
    const levelOf = new Map<string, number>();
    const level = (n: string): number => {
      let l = levelOf.get(n);
      if (l === undefined) {
        l = 1 + Math.max(0, ...this.ownRefs(exprs.get(n) as string).map(level));
        levelOf.set(n, l);
      }
      return l;
    };
    const levels: { name: string; expr: string }[][] = [];
    for (const n of kept) {
      const l = level(n) - 1;
      levels[l] ??= [];
      (levels[l] as { name: string; expr: string }[]).push({ name: n, expr: exprs.get(n) as string });
    }
    const top = reads.map(expand);

    const refs = (texts: readonly string[]) => {
      const out = new Set<string>();
      const re = new RegExp(`(?<![\\w".])${this.alias}\\."([^"]+)"`, 'g');
      for (const t of texts) for (const m of t.matchAll(re)) out.add(m[1] as string);
      return out;
    };
    let need = new Set([...refs(top), ...always]);
    const plan: string[] = [];
    for (let k = levels.length - 1; k >= 0; k--) {
      const own = (levels[k] ?? []).filter((c) => need.has(c.name));
      const pass = [...need].filter((n) => !own.some((c) => c.name === n));
      plan.push(
        `SELECT ${[...pass.map((n) => `${this.alias}.${quoteIdent(n)}`), ...own.map((c) => `${c.expr} AS ${quoteIdent(c.name)}`)].join(', ')}`,
      );
      need = new Set([...pass, ...refs(own.map((c) => c.expr))]);
    }
    let out = base(need);
    if (order) out = `(SELECT * FROM ${out}${order} ${FENCE}) AS ${this.alias}`;
    for (const select of plan.reverse()) out = `(${select} FROM ${out}${order} ${FENCE}) AS ${this.alias}`;
    return { from: out, reads: top };
  }
}

/** A column, a literal or a flag constant: cheaper to repeat than to store. */
function isSimple(expr: string): boolean {
  return literalNumber(expr) !== undefined || /^(?:[hm]\."[^"]+"|TRUE|FALSE|NULL|'[^']*')$/.test(expr);
}
