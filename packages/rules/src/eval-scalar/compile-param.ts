import { keyOf, periodAsOf, tableCell } from '../parameters/lookup.ts';
import type { ParameterDef, TableValue } from '../parameters/types.ts';
import { literal, type Out, unknown } from './compile-reads.ts';
import type { PNode } from './plan.ts';

/* compile.ts's lookups of a dated figure. */

/** What a lookup needs of compile.ts's generator. */
interface Gen {
  readonly date: string;
  tmp(): string;
  konst(x: unknown): string;
  node(n: PNode, m: string | null, out: string[]): Out;
}

/** As interpret.ts `param` (two keys or fewer) and `paramTraced` (more), untraced. */
export function paramCode(gen: Gen, n: PNode, m: string | null, out: string[], t: string): Out {
  const def = n.def as ParameterDef;
  const num = !n.boolParam;
  out.push(`let ${t} = ${num ? 'NaN' : 'null'};`, `${t}_: {`);
  const keys: Out[] = [];
  for (const a of n.args) {
    const k = gen.node(a, m, out);
    out.push(`if (${unknown(k)}) break ${t}_;`);
    keys.push(k);
  }
  let table: number | TableValue;
  try {
    table = periodAsOf(def, gen.date).value;
  } catch {
    // No period for the date: the interpreter throws here (after the keys), so hand it over.
    out.push(`H.missing();`, '}');
    return { x: t, num };
  }
  const cell = known(keys) ? resolved(def, gen.date, table, keys) : null;
  if (cell !== null) {
    // Every key a literal: the cell is looked up here, once, as the code below would look it up.
    out.push(num ? `${t} = ${literal(cell)};` : `${t} = ${cell !== 0};`, '}');
    return { x: t, num };
  }
  const c = gen.tmp();
  if (typeof table === 'number' && keys.length === 0) out.push(`const ${c} = ${literal(table)};`);
  else {
    const d = gen.konst(def);
    const tab = gen.konst(table);
    const date = JSON.stringify(gen.date);
    const slow = `H.tableCell(${d}, ${date}, ${tab}, [${keys.map((k) => `H.keyOf(${k.x})`).join(', ')}])`;
    if (keys.length > 2) out.push(`const ${c} = ${slow};`);
    else {
      out.push(`let ${c} = ${tab};`);
      for (const k of keys) out.push(`if (typeof ${c} === 'object' && ${c} !== null) ${c} = ${c}[${k.x}];`);
      out.push(`if (typeof ${c} !== 'number') ${c} = ${slow};`);
    }
  }
  out.push(num ? `${t} = ${c};` : `${t} = ${c} !== 0;`, '}');
  return { x: t, num };
}

/** Whether every key is a literal known here, none of them unknown (those break out before the lookup). */
export function known(keys: readonly Out[]): boolean {
  return keys.every((k) => k.k !== undefined && k.k !== null && !Number.isNaN(k.k));
}

/**
 * The cell the generated lookup would reach for literal keys, or null where it would throw (a key
 * with no entry): that lookup is then generated as before and throws when run, as the interpreter does.
 */
function resolved(def: ParameterDef, date: string, table: number | TableValue, keys: readonly Out[]): number | null {
  const ks = keys.map((k) => k.k as number | string);
  try {
    if (ks.length > 2) return tableCell(def, date, table, ks.map(keyOf));
    let c: unknown = table;
    for (const k of ks) if (typeof c === 'object' && c !== null) c = (c as Record<string, unknown>)[k];
    return typeof c === 'number' ? c : tableCell(def, date, table, ks.map(keyOf));
  } catch {
    return null;
  }
}
