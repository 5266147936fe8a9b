import type { Expr } from '../expr/nodes.ts';
import type { Unit } from '../parameters/types.ts';
import { typeOf } from './typecheck.ts';
import type { Program, Ty } from './types.ts';

/** Type of an already-checked expression of `program` (for formatting and compilers). */
export function staticType(program: Program, e: Expr, inMember = false): Ty {
  const variableUnits = new Map<string, Unit>([...program.variables].map(([id, x]) => [id, x.unit]));
  return typeOf(
    { owner: `program ${program.id}`, schema: program.schema, variableUnits, parameters: program.parameters },
    e,
    'expr',
    inMember,
  );
}
