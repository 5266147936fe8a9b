import { children, type Expr } from '../expr/nodes.ts';
import type { ParameterDef } from '../parameters/types.ts';
import type { Program } from '../program/types.ts';

/**
 * Variables several programs of a catalog compute alike (household size, 소득인정액, 기준 중위소득
 * …): the catalog batch computes each once per household for all of them. Two programs compute a
 * variable alike when it has the same id, the same expression, the same parameter definitions
 * (by identity) and, recursively, the same variables under it: then its value for a household and
 * date is the same in both.
 */
export interface SharedVariables {
  /** A program standing for the union: the shared variables and the parameters they read. */
  readonly program: Program;
  /** Shared variable ids in dependency order. */
  readonly order: readonly string[];
}

/** The expression without resolved definitions (they are compared apart, by identity). */
export const shapeOf = (e: Expr) => JSON.stringify(e, (k, v) => (k === 'variable' || k === 'def' ? undefined : v));

function signatures(program: Program, defIndex: (d: ParameterDef) => number): Map<string, string> {
  const sigs = new Map<string, string>();
  const sig = (id: string): string => {
    const known = sigs.get(id);
    if (known !== undefined) return known;
    const v = program.variables.get(id);
    if (!v) return `?${id}`;
    const deps: string[] = [];
    const visit = (e: Expr) => {
      if (e.kind === 'ref') deps.push(`r${sig(e.id)}`);
      if (e.kind === 'param') {
        const d = program.parameters.get(e.id);
        deps.push(`p${e.id}#${d ? defIndex(d) : -1}`);
      }
      for (const [, c] of children(e)) visit(c);
    };
    visit(v.expr);
    const s = `${id}=${shapeOf(v.expr)}[${deps.join(',')}]`;
    sigs.set(id, s);
    return s;
  };
  for (const id of program.variables.keys()) sig(id);
  return sigs;
}

function refsOf(e: Expr, out: string[] = []): string[] {
  if (e.kind === 'ref') out.push(e.id);
  for (const [, c] of children(e)) refsOf(c, out);
  return out;
}

export function paramsOf(e: Expr, out: string[] = []): string[] {
  if (e.kind === 'param') out.push(e.id);
  for (const [, c] of children(e)) paramsOf(c, out);
  return out;
}

/** The variables at least two of `programs` compute alike (all programs share one schema). */
export function sharedVariables(programs: readonly Program[]): SharedVariables | null {
  const first = programs[0];
  if (!first) return null;
  const defs = new Map<ParameterDef, number>();
  const defIndex = (d: ParameterDef) => {
    let k = defs.get(d);
    if (k === undefined) {
      k = defs.size;
      defs.set(d, k);
    }
    return k;
  };
  const seen = new Map<string, { sig: string; count: number; program: Program } | null>();
  for (const p of programs) {
    for (const [id, s] of signatures(p, defIndex)) {
      const prev = seen.get(id);
      if (prev === undefined) seen.set(id, { sig: s, count: 1, program: p });
      else if (prev !== null) seen.set(id, prev.sig === s ? { ...prev, count: prev.count + 1 } : null);
    }
  }
  // An id defined differently anywhere is shared nowhere (nor is anything computed from it, by signature).
  const shared = new Set([...seen].filter(([, x]) => x !== null && x.count >= 2).map(([id]) => id));
  // A variable computed from one that is not shared is not shared either (until nothing changes).
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of shared) {
      const owner = (seen.get(id) as { program: Program }).program;
      const refs = refsOf((owner.variables.get(id) as { expr: Expr }).expr);
      if (refs.some((r) => !shared.has(r))) {
        shared.delete(id);
        changed = true;
      }
    }
  }
  const ids = [...shared];
  if (ids.length === 0) return null;
  const variables = new Map<string, NonNullable<ReturnType<Program['variables']['get']>>>();
  const parameters = new Map<string, ParameterDef>();
  for (const id of ids) {
    const owner = (seen.get(id) as { program: Program }).program;
    const variable = owner.variables.get(id) as NonNullable<ReturnType<Program['variables']['get']>>;
    variables.set(id, variable);
    // Only the figures shared variables read, as their owner defines them: another program may
    // define the same id otherwise for a variable of its own, and that must not reach these.
    for (const pid of paramsOf(variable.expr)) {
      const d = owner.parameters.get(pid);
      if (d === undefined) continue;
      const had = parameters.get(pid);
      if (had !== undefined && had !== d) throw new Error(`shared variables read two definitions of ${pid}`);
      parameters.set(pid, d);
    }
  }
  // Dependencies first: each program's own order restricted to the shared ids, merged.
  const order: string[] = [];
  const placed = new Set<string>();
  for (const p of programs)
    for (const id of p.variableOrder)
      if (variables.has(id) && !placed.has(id)) {
        placed.add(id);
        order.push(id);
      }
  const program: Program = {
    ...first,
    id: 'catalog-shared',
    criteria: [],
    amount: undefined,
    variables,
    variableOrder: order,
    parameters,
  };
  return { program, order };
}
