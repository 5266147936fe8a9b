import { children, decide, decideWithReasons, type Expr, ParameterLookupError, type Program } from '@jibsa/rules';
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
 * A shortcut's `full` must decide as its `exact` wherever `exact` is known: `decide` (and batch and
 * SQL, tested equal to it elsewhere) tests `exact` first, while explaining evaluates `full` whole.
 * The two agree on every program, for households with any answer missing.
 */
describe('shortcut: the exact test and the full one agree', () => {
  const programs = catalog.flatMap((e) => (e.program ? [e.program] : [])) as Program[];

  it('the income tests of the catalog use it', () => {
    const using = programs.filter((p) => [...p.variables.values()].some((x) => shortcuts(x.expr).length > 0));
    expect(using.map((p) => p.id)).toEqual(
      expect.arrayContaining(['housing-benefit.rent', 'basic-livelihood.livelihood']),
    );
  });

  it.each(['2021-06-01', '2024-12-31', '2026-03-01'])('on %s, decide and the explained result agree', (date) => {
    const hs = fc.sample(householdArb, { numRuns: 300, seed: Number(date.replaceAll('-', '')) + 11 });
    let compared = 0;
    for (const program of programs) {
      for (const h of hs) {
        const fast = outcome(() => decide(program, h, { date }));
        const full = outcome(() => decideWithReasons(program, h, { date, values: false }));
        expect(fast, `${program.id} ${JSON.stringify(h)}`).toEqual(full);
        compared++;
      }
    }
    expect(compared).toBe(programs.length * hs.length);
  });
});
