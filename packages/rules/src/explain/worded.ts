import { children, type Expr } from '../expr/nodes.ts';
import type { Program } from '../program/types.ts';
import { byExprOf } from './per-node.ts';

/**
 * The figures a reason rests on: those of the parts of the rule its sentence words (sentences.ts).
 * A rule met by one of its alternatives ("30세 이상이거나 원가구 소득이 기준 이하") is worded by that
 * alternative alone, so the figures of the others, which the household's other rules may well have
 * read, are not the reason's. Collected while a reason is worded, like `pieces`: wording is one
 * synchronous walk, so one collector at a time.
 */
export const worded: { lists: (readonly string[])[] | null } = { lists: null };

/** Notes the figures of a part of a rule the reason words: its own and its variables', in tree order. */
export function useFigures(program: Program, e: Expr): void {
  // The part's list itself, kept per node: most reasons word one part, and its list is their figures.
  if (worded.lists !== null) worded.lists.push(figuresUnder(program, e));
}

/** Adds figures already found (a shared reason's) to the reason being worded. */
export function addFigures(ids: readonly string[]): void {
  if (worded.lists !== null) worded.lists.push(ids);
}

const NONE: readonly string[] = Object.freeze([]);

/** The figures of the parts a reason worded, each once, in the order worded. */
export function wordedFigures(lists: readonly (readonly string[])[]): readonly string[] {
  if (lists.length === 0) return NONE;
  if (lists.length === 1) return lists[0] as readonly string[];
  const ids = (lists[0] as readonly string[]).slice();
  for (let k = 1; k < lists.length; k++) {
    const list = lists[k] as readonly string[];
    for (let i = 0; i < list.length; i++) {
      const id = list[i] as string;
      if (!ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

const figuresBy = new WeakMap<Program, Map<Expr, readonly string[]>>();

/**
 * The parameter ids under `e`, following variables, each once in tree order: a fact of the program,
 * kept per node. A whole criterion's are the figures its reason may rest on (programs' evidence.ts).
 */
export function figuresUnder(program: Program, e: Expr): readonly string[] {
  const byExpr = byExprOf(figuresBy, program);
  let ids = byExpr.get(e);
  if (ids === undefined) {
    const out: string[] = [];
    walk(program, e, new Set(), out);
    ids = out;
    byExpr.set(e, ids);
  }
  return ids;
}

function walk(program: Program, e: Expr, seen: Set<string>, out: string[]): void {
  if (e.kind === 'param' && !out.includes(e.id)) out.push(e.id);
  if (e.kind === 'ref' && !seen.has(e.id)) {
    seen.add(e.id);
    const variable = program.variables.get(e.id);
    if (variable) walk(program, variable.expr, seen, out);
  }
  for (const [, child] of children(e)) walk(program, child, seen, out);
}
