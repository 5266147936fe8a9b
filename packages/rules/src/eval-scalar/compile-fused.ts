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
  truth(n: PNode, m: string | null, out: string[]): { known: string; test: string };
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
  const shared = sharedConditions(state.map((st) => st.n));
  const done = new Set<PNode>();
  for (const { n, t, u } of state) {
    if (done.has(n)) continue;
    const group = shared.get(n);
    if (group !== undefined) {
      sumsUnderOneIf(gen, group, state, mem, out);
      for (const g of group) done.add(g);
      continue;
    }
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
 * Sums whose bodies are `if`s on one same condition (the income of a member with none is 0, under
 * each program's own deductions), grouped under their first: one test for all of them, each
 * branch adding every sum's value. Unknown makes each sum NaN, as its own `if` would.
 */
function sumsUnderOneIf(
  gen: Gen,
  group: readonly PNode[],
  state: readonly { n: PNode; t: string }[],
  mem: string,
  out: string[],
): void {
  const acc = (n: PNode) => (state.find((st) => st.n === n) as { t: string }).t;
  const cond = (group[0] as PNode).a?.a as PNode;
  const c = gen.condition(cond, mem, out) ?? gen.truth(cond, mem, out);
  const add = (pick: (body: PNode) => PNode) => {
    for (const n of group) {
      const x = gen.node(pick(n.a as PNode), mem, out);
      if (!x.num) throw new Error('a sum of a non-number');
      out.push(`${acc(n)} += ${x.x};`);
    }
  };
  out.push(`if (${c.known}) { if (${c.test}) {`);
  add((body) => body.b as PNode);
  out.push('} else {');
  add((body) => body.c as PNode);
  out.push('} } else {', ...group.map((n) => `${acc(n)} = NaN;`), '}');
}

/** Sums of `if`s grouped by their condition's shape, two or more to a group, keyed by each member. */
function sharedConditions(aggs: readonly PNode[]): Map<PNode, readonly PNode[]> {
  const byShape = new Map<string, PNode[]>();
  for (const n of aggs) {
    const body = n.a as PNode;
    if (n.sub !== 'sum' || body.kind !== 'if') continue;
    const k = shape(body.a as PNode);
    const g = byShape.get(k);
    if (g === undefined) byShape.set(k, [n]);
    else g.push(n);
  }
  const out = new Map<PNode, readonly PNode[]>();
  for (const g of byShape.values()) if (g.length > 1) for (const n of g) out.set(n, g);
  return out;
}

/** A node's structure as a string: equal strings, equal values for the same member (evaluation is pure). */
function shape(n: PNode): string {
  const own = [n.kind, n.sub, n.x, n.y, JSON.stringify(n.lit), n.field, n.member, n.def?.id ?? '', n.boolParam];
  const kids = [n.a, n.b, n.c, ...n.args].map((k) => (k === null ? '-' : shape(k)));
  return `${JSON.stringify([...own, n.values])}(${kids.join(',')})`;
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
