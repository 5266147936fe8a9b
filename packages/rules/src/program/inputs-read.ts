import { children, type Expr } from '../expr/nodes.ts';
import type { FieldDef } from '../schema/fields.ts';
import type { Fields, Schema } from '../schema/schema.ts';
import type { Program } from './types.ts';

export interface InputsRead {
  readonly household: ReadonlySet<string>;
  readonly member: ReadonlySet<string>;
}

const reads = new WeakMap<Program, InputsRead>();

/** The input fields a program reads anywhere (criteria, amount, variables), by scope; programs are frozen, so kept. */
export function inputsRead(program: Program): InputsRead {
  let out = reads.get(program);
  if (out === undefined) {
    const found = { household: new Set<string>(), member: new Set<string>() };
    const visit = (e: Expr) => {
      if (e.kind === 'input') found[e.scope].add(e.field);
      for (const [, c] of children(e)) visit(c);
    };
    for (const c of program.criteria) visit(c.expr);
    if (program.amount) visit(program.amount.expr);
    for (const x of program.variables.values()) visit(x.expr);
    out = found;
    reads.set(program, out);
  }
  return out;
}

/** Narrowed schemas by base schema and field list, so one field list is one schema (and one generated fill). */
const narrowed = new WeakMap<Schema, Map<string, Schema>>();

/**
 * The first program's schema narrowed to the fields some program of `programs` reads, in the
 * schema's own order: the columns a batch of them needs (toColumns), where building columns for
 * fields nothing reads was up to a third of building them (주거급여 reads 21 of the 38).
 * The same field list gives the same schema object.
 */
export function schemaReadBy(programs: readonly Program[]): Schema {
  const base = programs[0]?.schema;
  if (base === undefined) throw new RangeError('schemaReadBy needs at least one program');
  const pick = (scope: 'household' | 'member'): Fields => {
    const wanted = new Set<string>();
    for (const p of programs) for (const f of inputsRead(p)[scope]) wanted.add(f);
    const out: Record<string, FieldDef> = {};
    for (const [f, def] of Object.entries(base[scope])) if (wanted.has(f)) out[f] = def;
    // A program on another schema may read a field the first one lacks.
    for (const p of programs)
      for (const f of inputsRead(p)[scope]) if (!(f in out)) out[f] = p.schema[scope][f] as FieldDef;
    return out;
  };
  const household = pick('household');
  const member = pick('member');
  const key = `${Object.keys(household).join(',')}|${Object.keys(member).join(',')}`;
  let byKey = narrowed.get(base);
  if (byKey === undefined) {
    byKey = new Map();
    narrowed.set(base, byKey);
  }
  let schema = byKey.get(key);
  if (schema === undefined) {
    schema = Object.freeze({ kind: 'schema', household, member, position: base.position });
    byKey.set(key, schema);
  }
  return schema;
}
