import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCtx } from '../src/eval-scalar/context.ts';
import { decideIn } from '../src/eval-scalar/decide.ts';
import { nodeValue, run } from '../src/eval-scalar/interpret.ts';
import type { Plan, PNode } from '../src/eval-scalar/plan.ts';
import { type Household, ParameterLookupError, type Program } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit } from './fixtures/sample.ts';

/**
 * While explaining, and/or, if and aggregates evaluated outside any member keep their value on their
 * plan node for the evaluation that computed it (interpret.ts nodeValue), so wording the reasons does
 * not evaluate them again. A kept value must be what evaluating the node afresh gives, and must serve
 * only the evaluation it came from.
 */
const samples = (seed: number) =>
  fc.sample(fc.tuple(householdArb, dateArb), { numRuns: 150, seed }) as [Household, string][];

/** decideIn's context for an explanation, or null when a figure is not encoded for the date. */
function decided(program: Program, h: Household, date: string) {
  const ctx = makeCtx(program, h, { date }, true);
  try {
    decideIn(ctx);
  } catch (error) {
    if (error instanceof ParameterLookupError) return null;
    throw error;
  }
  return ctx;
}

/** The plan's nodes evaluated outside any member: not inside an aggregate's body. */
function outsideMembers(plan: Plan): PNode[] {
  const out = new Set<PNode>();
  const walk = (n: PNode | null): void => {
    if (n === null || out.has(n)) return;
    out.add(n);
    if (n.kind === 'aggregate') return;
    for (const c of [n.a, n.b, n.c, ...n.args]) walk(c);
  };
  for (const n of [...plan.vars, ...plan.criteria, plan.amount]) walk(n);
  return [...out];
}

const nodes = (ctx: NonNullable<ReturnType<typeof decided>>): PNode[] => [...ctx.plan.nodes.values()];

describe('values kept on plan nodes while explaining', () => {
  it('are what evaluating the node afresh gives', () => {
    for (const program of [rentBenefit, kitchenSink]) {
      let checked = 0;
      for (const [h, date] of samples(31)) {
        const ctx = decided(program, h, date);
        if (ctx === null) continue;
        for (const n of nodes(ctx)) {
          if (n.valueEpoch !== ctx.epoch) continue;
          const value = n.value;
          expect(nodeValue(ctx, n, null, -1)).toBe(value);
          expect(run(makeCtx(program, h, { date }, true), n, null, -1)).toBe(value);
          checked++;
        }
      }
      expect(checked, program.id).toBeGreaterThan(100);
    }
  });

  it('serve only the evaluation that kept them', () => {
    for (const program of [rentBenefit, kitchenSink]) {
      let differ = 0;
      const pairs = samples(32);
      for (let i = 1; i < pairs.length; i++) {
        const [a, date] = pairs[i - 1] as [Household, string];
        const [b] = pairs[i] as [Household, string];
        const fresh = makeCtx(program, b, { date }, true);
        const asked = outsideMembers(fresh.plan).filter((n) => ['logic', 'if', 'aggregate'].includes(n.kind));
        let own: unknown[];
        try {
          own = asked.map((n) => run(fresh, n, null, -1));
        } catch (error) {
          if (error instanceof ParameterLookupError) continue;
          throw error;
        }
        // a's evaluation keeps its values; b, asked on the same date afterwards, gets its own.
        const ctxA = decided(program, a, date);
        if (ctxA === null) continue;
        const ctx = makeCtx(program, b, { date }, true);
        asked.forEach((n, k) => {
          const keptForA = n.valueEpoch === ctxA.epoch ? n.value : undefined;
          expect(nodeValue(ctx, n, null, -1)).toBe(own[k]);
          if (keptForA !== undefined && keptForA !== own[k]) differ++;
        });
      }
      expect(differ, program.id).toBeGreaterThan(10);
    }
  });
});
