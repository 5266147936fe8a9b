import type { Expr } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import { staticType } from '../program/static-type.ts';
import type { Program } from '../program/types.ts';
import { flatRead, flatTable, type KeyKind, literalCell, lookup } from './fused-table.ts';
import { indexTable } from './table.ts';

/**
 * Whether reading `def` on `date` with `keys` can miss (the interpreter would throw) for some
 * values of the keys: not when it is a number in force, nor when every key is an enum or a
 * literal and the table has a cell for every enum value (an unknown key skips the read).
 */
export function lookupCanFail(
  program: Program,
  def: ParameterDef,
  date: string,
  keys: readonly Expr[],
  inMember: boolean,
): boolean {
  const table = indexTable(def, date);
  if (table === null) return true;
  if (typeof table === 'number') return false;
  if (keys.length === 0) return true;
  const kinds: KeyKind[] = [];
  for (const k of keys) {
    if (k.kind === 'str') kinds.push({ lit: k.value });
    else {
      const t = staticType(program, k, inMember);
      if (t.t !== 'enum') return true;
      kinds.push({ values: t.values });
    }
  }
  const flat = flatTable(def, table, kinds, (x) => x);
  return flat === null || flat.data.some(Number.isNaN);
}

/** An expression kind the fused compiler does not fuse: the whole program then uses the column kernels. */
export class Unsupported extends Error {}

/**
 * How the fused loop reads parameter `def` on `date` with `keys`: a constant known now (`value`), or
 * the statement that sets `$r` from the keys' values once they are known (`finish`). No period in
 * force or no cell for the keys: the interpreter throws, so the statement defers the household to
 * the lane-exact path. `constant` registers a value with the generated function and names it.
 */
export function paramRead(
  program: Program,
  def: ParameterDef,
  date: string,
  keys: readonly Expr[],
  inMember: boolean,
  constant: (x: unknown) => string,
): { value: string } | { finish: (ks: string[]) => string } {
  const asBool = (x: number) => (def.unit === 'bool' ? (x !== 0 ? 1 : 0) : x);
  const table = indexTable(def, date);
  const direct = table !== null && (typeof table === 'number') === (keys.length === 0);
  if (direct && typeof table === 'number') return { value: constant(asBool(table)) };
  const kinds = keys.map((k) => {
    if (k.kind === 'str') return { lit: k.value } as const;
    const t = staticType(program, k, inMember);
    if (t.t === 'enum') return { values: t.values } as const;
    if (t.t === 'num') return { numeric: true } as const;
    throw new Unsupported(`table key of type ${t.t}`);
  });
  if (table === null || (typeof table !== 'number' && keys.length === 0)) return { finish: () => 'throw DEFER;' };
  if (typeof table === 'number') {
    const value = constant(asBool(table));
    return { finish: () => `$r = ${value};` };
  }
  const slow = lookup(def, table, kinds, asBool);
  // Literal keys: the cell is known now (a miss still defers, at run time).
  if (keys.every((k) => k.kind === 'str' || k.kind === 'num')) {
    const cell = literalCell(slow, keys);
    if (cell !== null) return { value: constant(cell) };
  }
  const look = constant(slow);
  const flat = flatTable(def, table, kinds, asBool);
  if (flat === null) return { finish: (ks) => `$r = ${look}(${ks.join(', ')});` };
  const data = constant(flat.data);
  // Enum and literal keys over a table with every cell: the read cannot miss (no exact lookup to ask).
  const sure = !flat.data.some(Number.isNaN) && kinds.every((k) => !('numeric' in k));
  return { finish: (ks) => flatRead(flat, kinds, ks, data, sure ? null : look) };
}
