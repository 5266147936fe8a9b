import type { Program } from '../program/types.ts';
import { memberFields, type Out, reads } from './compile-reads.ts';
import type { PNode } from './plan.ts';

/* compile.ts's aggregates over members computed in one loop per phase. */

/** What the loop needs of compile.ts's generator. */
interface Gen {
  readonly program: Program;
  readonly fused: Map<PNode, Out>;
  tmp(): string;
  node(n: PNode, m: string | null, out: string[]): Out;
  condition(n: PNode, m: string | null, out: string[]): { known: string; test: string } | null;
}

/** A condition's local (unknown as null); a number there is the interpreter's. */
function word(x: Out): string {
  if (x.num) throw new Error('a number where a condition is due');
  return x.x;
}

/**
 * One loop over the members computing every aggregate in `aggs` (each member's fields read once,
 * one pass instead of one per aggregate): the interpreter's values, since evaluation is pure and
 * an unknown member makes a sum or count NaN however many members follow (NaN absorbs), while
 * any/all keep whether a decisive or an unknown member was seen. Members after a sum's first
 * unknown are still evaluated; odd input there sends the household to the interpreter, as odd
 * input anywhere does.
 */
export function fusedLoop(gen: Gen, aggs: readonly PNode[], out: string[]): void {
  if (aggs.length === 0) return;
  const fields = new Set<string>();
  for (const a of aggs) for (const f of memberFields(a.a as PNode)) fields.add(f);
  const finals: string[] = [];
  const state: { n: PNode; t: string; u: string }[] = [];
  for (const n of aggs) {
    const t = gen.tmp();
    const count = n.sub === 'sum' || n.sub === 'count';
    // sum/count: the accumulator (NaN without a member list). any/all: decisive seen (t), unknown seen (u).
    if (count) out.push(`let ${t} = ms === null ? NaN : 0;`);
    else {
      const u = gen.tmp();
      out.push(`let ${t} = false; let ${u} = false;`);
      finals.push(`const ${t}r = ms === null ? null : ${t} ? ${n.sub === 'any'} : ${u} ? null : ${n.sub !== 'any'};`);
      state.push({ n, t, u });
      gen.fused.set(n, { x: `${t}r`, num: false });
      continue;
    }
    state.push({ n, t, u: '' });
    gen.fused.set(n, { x: t, num: true });
  }
  const [i, mem] = [gen.tmp(), gen.tmp()];
  out.push(`if (ms !== null) for (let ${i} = 0; ${i} < ms.length; ${i}++) {`, `const ${mem} = ms[${i}];`);
  out.push(...reads(mem, fields, gen.program.schema, true));
  for (const { n, t, u } of state) {
    const body = n.a as PNode;
    const c = n.sub === 'sum' ? null : gen.condition(body, mem, out);
    if (c !== null) {
      // A condition counted or tested as it is made, without a three-valued local.
      const { known, test } = c;
      if (n.sub === 'count') out.push(`${t} += ${known} ? (${test} ? 1 : 0) : NaN;`);
      else out.push(`if (${known}) { if (${n.sub === 'any' ? test : `!(${test})`}) ${t} = true; } else ${u} = true;`);
      continue;
    }
    const x = gen.node(body, mem, out);
    if (n.sub === 'sum') {
      if (!x.num) throw new Error('a sum of a non-number');
      out.push(`${t} += ${x.x};`);
    } else if (n.sub === 'count') out.push(`${t} += ${word(x)} === null ? NaN : ${x.x} ? 1 : 0;`);
    else {
      const decisive = n.sub === 'any';
      out.push(`if (${word(x)} === ${decisive}) ${t} = true; else if (${x.x} === null) ${u} = true;`);
    }
  }
  out.push('}', ...finals);
}

/**
 * The aggregates under `roots` (not through variables, which are roots of their own) whose body
 * reads only the member, figures and literals: no variable, household input or nested aggregate,
 * so they can all be computed in one loop before anything else. Others keep a loop of their own.
 */
export function fusable(roots: readonly PNode[], skip: ReadonlySet<PNode>): PNode[] {
  const out: PNode[] = [];
  const seen = new Set<PNode>(skip);
  const stack = [...roots];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (seen.has(n)) continue;
    seen.add(n);
    if (n.kind === 'aggregate' && memberOnly(n.a as PNode)) out.push(n);
    else for (const c of [n.a, n.b, n.c, ...n.args]) if (c !== null) stack.push(c);
  }
  return out;
}

function memberOnly(n: PNode): boolean {
  if (n.kind === 'ref' || n.kind === 'aggregate' || (n.kind === 'input' && !n.member)) return false;
  for (const c of [n.a, n.b, n.c, ...n.args]) if (c !== null && !memberOnly(c)) return false;
  return true;
}
