import { fieldOf, type Schema } from '../schema/schema.ts';
import type { PNode } from './plan.ts';

/* Pieces of compile.ts's generated code that read inputs and write literals. */

/** A generated value: the local holding it, and whether it is a number (unknown as NaN) or not (unknown as null). */
export interface Out {
  readonly x: string;
  readonly num: boolean;
  /** The value when known at generation (a literal), so a lookup keyed by it is resolved there. */
  readonly k?: number | boolean | string | null;
}

/** The test for "unknown" in each representation. */
export const unknown = (o: Out) => (o.num ? `${o.x} !== ${o.x}` : `${o.x} === null`);

export function literal(x: unknown): string {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : Number.isFinite(x) ? String(x) : `(${String(x)})`;
  return JSON.stringify(x);
}

/**
 * Statements reading each named field of `from` once into `${from}_${field}`, unknown as `norm`
 * makes it (absent, null, or an object such as a nested list). Households of one program come in
 * many shapes, so each property read is costly; reading a field once serves every use of it.
 */
export function reads(from: string, fields: ReadonlySet<string>, schema: Schema, member: boolean): string[] {
  const scope = member ? 'member' : 'household';
  return [...fields].map((f) => {
    const x = `${from}_${f}`;
    const read = `let ${x} = ${from}[${JSON.stringify(f)}];`;
    if (fieldOf(schema, scope, f)?.type !== 'number')
      return `${read} if (${x} === undefined || ${x} === null || typeof ${x} === 'object') ${x} = null;`;
    // A number field's unknown is NaN. Anything but a plain-sized finite number (a string, a
    // boolean, NaN, 1e300) is the interpreter's: with such sizes no sum or product overflows,
    // so every NaN here means unknown and nothing else. A 32-bit integer (0 or at least 1 in
    // size, most figures people type) is plain-sized, and `x | 0` settles it without the
    // float compares, measured faster per household. A number is asked about first: it is what
    // a filled-in field holds, and then the tests for absent and null are not run.
    const plain = `(${x} | 0) === ${x} || (Math.abs(${x}) >= 1e-6 && Math.abs(${x}) <= 1e15)`;
    return `${read} if (typeof ${x} === 'number') { if (!(${plain})) return H.odd(); } else if (${x} === undefined || ${x} === null || typeof ${x} === 'object') ${x} = NaN; else return H.odd();`;
  });
}

/** Inputs of one scope under `n`; member inputs stop at a nested aggregate, which reads its own member. */
export function fieldsUnder(n: PNode, member: boolean, out: Set<string>, top: boolean): void {
  if (n.kind === 'input' && n.member === member) out.add(n.field);
  if (n.kind === 'aggregate' && member && !top) return;
  for (const c of [n.a, n.b, n.c, ...n.args]) if (c !== null) fieldsUnder(c, member, out, false);
}

export function memberFields(body: PNode): Set<string> {
  const out = new Set<string>();
  fieldsUnder(body, true, out, true);
  return out;
}
