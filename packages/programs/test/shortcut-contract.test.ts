import { children, decide, type Expr, ParameterLookupError, type Program } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { householdArb } from './household-arb.ts';

/** Every shortcut node under `e` (Shortcut in @jibsa/rules nodes.ts). */
function shortcuts(e: Expr, out: Expr[] = []): Expr[] {
  if (e.kind === 'shortcut') out.push(e);
  for (const [, x] of children(e)) shortcuts(x, out);
  return out;
}

/** `e` with every shortcut replaced by its `full` part. */
function fullOnly(e: Expr): Expr {
  if (e.kind === 'shortcut') return fullOnly(e.full);
  const parts = children(e);
  if (parts.length === 0) return e;
  const copy: Record<string, unknown> = { ...e };
  for (const [path, child] of parts) {
    const m = /^(\w+)\[(\d+)\]$/.exec(path);
    if (m) {
      const key = m[1] as string;
      if (copy[key] === (e as unknown as Record<string, unknown>)[key]) copy[key] = [...(copy[key] as Expr[])];
      (copy[key] as Expr[])[Number(m[2])] = fullOnly(child);
    } else copy[path] = fullOnly(child);
  }
  return copy as unknown as Expr;
}

/** The program decided by the `full` part of each shortcut alone (a new object: its own plans and caches). */
function withFullOnly(program: Program): Program {
  return {
    ...program,
    criteria: program.criteria.map((c) => ({ ...c, expr: fullOnly(c.expr) })),
    variables: new Map([...program.variables].map(([id, x]) => [id, { ...x, expr: fullOnly(x.expr) }])),
    ...(program.amount ? { amount: { ...program.amount, expr: fullOnly(program.amount.expr) } } : {}),
  };
}

const outcome = (f: () => { status: string; amount: number | null; criteria: readonly { outcome: unknown }[] }) => {
  try {
    const d = f();
    return { status: d.status, amount: d.amount, criteria: d.criteria.map((c) => c.outcome) };
  } catch (error) {
    if (error instanceof ParameterLookupError) return { lookupFailed: true };
    throw error;
  }
};

/**
 * A shortcut's `full` must decide as its `exact` wherever `exact` is known: every backend tests
 * `exact` first and reads `full` only where `exact` is unknown, so a `full` that disagreed would go
 * unseen. Each program is compared with itself with every shortcut replaced by its `full`, for
 * households with any answer missing: they must decide alike.
 */
describe('shortcut: the exact test and the full one agree', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : [])) as Program[];

  it('the income tests of the catalog use it', () => {
    const using = programs.filter((p) => [...p.variables.values()].some((x) => shortcuts(x.expr).length > 0));
    expect(using.map((p) => p.id)).toEqual(
      expect.arrayContaining(['housing-benefit.rent', 'basic-livelihood.livelihood']),
    );
  });

  it.each(['2021-06-01', '2024-12-31', '2026-03-01'])('on %s, the program and its `full` parts alone agree', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 300, seed: Number(date.replaceAll('-', '')) + 11 });
    let compared = 0;
    for (const program of programs) {
      const full = withFullOnly(program);
      for (const h of hs) {
        const want = outcome(() => decide(program, h, { date }));
        expect(
          outcome(() => decide(full, h, { date })),
          `${program.id} ${JSON.stringify(h)}`,
        ).toEqual(want);
        compared++;
      }
    }
    expect(compared).toBe(programs.length * hs.length);
  });
});
