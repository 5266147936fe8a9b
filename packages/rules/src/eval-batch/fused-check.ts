import { children, type Expr } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';
import { lookupCanFail } from './fused-param.ts';

/** What the lookup check needs of the fused compiler (fused-compiler.ts). */
export interface LookupEmitter {
  readonly program: Program;
  readonly eager: boolean;
  readonly fns: string[];
  conditional(maybe: boolean, f: () => string): { code: string; value: string };
  param(id: string, keys: readonly Expr[], inMember: boolean): string;
  readonly date: string;
}

const canFail = (c: LookupEmitter, e: Extract<Expr, { kind: 'param' }>, inMember: boolean) =>
  lookupCanFail(c.program, c.program.parameters.get(e.id) as ParameterDef, c.date, e.keys, inMember);

/**
 * CHECK(i): every table lookup of the program, at household and member scope, read with the
 * household's keys (an unknown key skips it). Listing missing inputs only reads lookups among
 * these, with the same keys, so when CHECK passes that listing cannot fail either; a miss
 * defers the household to the lane-exact path.
 */
export function everyLookup(c: LookupEmitter): string {
  const household: Array<Extract<Expr, { kind: 'param' }>> = [];
  const member: Array<Extract<Expr, { kind: 'param' }>> = [];
  const visit = (e: Expr, inMember: boolean) => {
    // A lookup that cannot miss cannot defer: not read (lookups in its keys are listed on their own).
    if (e.kind === 'param' && canFail(c, e, inMember)) (inMember ? member : household).push(e);
    for (const [, x] of children(e)) visit(x, inMember || e.kind === 'aggregate');
  };
  for (const k of c.program.criteria) visit(k.expr, false);
  if (c.program.amount) visit(c.program.amount.expr, false);
  for (const x of c.program.variables.values()) visit(x.expr, false);
  const h = c.conditional(true, () => household.map((e) => c.param(e.id, e.keys, false)).join(', '));
  const m = c.conditional(true, () => member.map((e) => c.param(e.id, e.keys, true)).join(', '));
  // No member lookup: no walk over the members (it ran for every household with an unknown outcome).
  const code = m.code.trim()
    ? `${h.code}
  if (MK[i] === 1) { const to = OFF[i + 1]; for (let j = OFF[i]; j < to; j++) { ${m.code} } }`
    : h.code;
  if (c.eager) return `{ ${code} }`;
  c.fns.push(`function CHECK(i) {\n${code}\n  }`);
  return 'CHECK(i);';
}
