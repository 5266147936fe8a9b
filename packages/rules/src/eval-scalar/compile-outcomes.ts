import type { Program } from '../program/types.ts';
import type { CriterionOutcome } from './decision.ts';
import type { Plan, PNode } from './plan.ts';

/* Pieces of compile.ts's generated code: which variables the criteria need, and the answer's criteria list. */

/**
 * The criteria list for the outcomes in locals `cs`: for up to six criteria, one frozen list per
 * combination made once (3^6 = 729 at most) and picked by a base-3 index, so an answer allocates
 * no list; beyond that, built per answer from the shared outcome records.
 */
export function outcomeArray(program: Program, konst: (x: unknown) => string, cs: readonly string[]): string {
  const records = cs.map((_, k) => outcomesOf(program, k));
  const pick = (c: string, k: number) => {
    const [u, f, t] = (records[k] as readonly CriterionOutcome[]).map((o) => konst(o));
    return `${c} === null ? ${u} : ${c} ? ${t} : ${f}`;
  };
  if (cs.length > 6) return `[${cs.map(pick).join(', ')}]`;
  const lists: (readonly CriterionOutcome[])[] = [];
  for (let code = 0; code < 3 ** cs.length; code++) {
    const list: CriterionOutcome[] = [];
    for (let k = 0, rest = code; k < cs.length; k++, rest = Math.floor(rest / 3))
      list.push((records[k] as readonly CriterionOutcome[])[rest % 3] as CriterionOutcome);
    lists.push(Object.freeze(list));
  }
  // Digit k of the index is criterion k's outcome: 0 unknown, 1 false, 2 true (outcomesOf's order).
  const index = cs.map((c, k) => `(${c} === null ? 0 : ${c} ? ${2 * 3 ** k} : ${3 ** k})`).join(' + ') || '0';
  return `${konst(lists)}[${index}]`;
}

/**
 * The criteria list where every criterion is true, as one constant: a frozen list as outcomeArray
 * picks them (up to six criteria), or null beyond, where outcomeArray builds one per answer.
 */
export function allTrueArray(program: Program, konst: (x: unknown) => string): string | null {
  const n = program.criteria.length;
  if (n > 6) return null;
  return konst(Object.freeze(Array.from({ length: n }, (_, k) => outcomesOf(program, k)[2] as CriterionOutcome)));
}

/** Slots of the variables `roots` read, directly or through other variables. */
export function slotsUnder(plan: Plan, roots: readonly PNode[]): Set<number> {
  const slots = new Set<number>();
  const stack = [...roots];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    if (n.kind === 'ref' && !slots.has(n.x)) {
      slots.add(n.x);
      stack.push(plan.vars[n.x] as PNode);
    }
    for (const c of [n.a, n.b, n.c, ...n.args]) if (c !== null) stack.push(c);
  }
  return slots;
}

/** Each criterion's outcome record for unknown / false / true, shared and frozen like the ones decide builds. */
function outcomesOf(program: Program, k: number): readonly CriterionOutcome[] {
  const c = program.criteria[k] as Program['criteria'][number];
  return [null, false, true].map((outcome) => Object.freeze({ id: c.id, label: c.label, outcome }));
}
