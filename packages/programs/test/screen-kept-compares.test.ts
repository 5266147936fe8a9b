import { decideWithReasons, type Household } from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { catalog } from '../src/shared/catalog/registry.ts';
import { checkHousehold } from '../src/shared/household/prepare.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';
import { householdArb } from './household-arb.ts';

/**
 * Wording a reason takes a comparison's sides as the decision left them on the plan node (PNode.lv,
 * rv, stamped with the evaluation's Ctx.epoch) instead of evaluating them again. The reference
 * evaluates every time: its contexts answer a new epoch on every read, so no stamp ever matches.
 * Whole screenings and traced results with values (inputs in reading order) must be the same.
 */
const DATES = ['2021-06-01', '2026-03-01', '2024-06-01'];
const programs = catalog.flatMap((e) => (e.program ? [e.program] : []));
const households = (seed: number) => fc.sample(householdArb, { numRuns: 60, seed }) as Household[];

async function evaluatingAgain() {
  vi.resetModules();
  vi.doMock('../../rules/src/eval-scalar/context.ts', async (importOriginal) => {
    const real = await importOriginal<typeof import('../../rules/src/eval-scalar/context.ts')>();
    // One count for every context: each read of any context's epoch is a number never read before.
    let k = 0;
    return {
      ...real,
      makeCtx: (...args: Parameters<typeof real.makeCtx>) => {
        const ctx = real.makeCtx(...args);
        Object.defineProperty(ctx, 'epoch', { get: () => -++k });
        return ctx;
      },
    };
  });
  const screen = (await import('../src/shared/screen/screen.ts')).screenHousehold;
  const decide = (await import('../../rules/src/explain/result.ts')).decideWithReasons;
  vi.doUnmock('../../rules/src/eval-scalar/context.ts');
  expect(screen).not.toBe(screenHousehold);
  return { screen, decide };
}

const attempt = <T>(f: () => T): T | string => {
  try {
    return f();
  } catch (error) {
    return String(error);
  }
};

describe('comparisons kept from the decision', () => {
  it('word the same screenings and traces as evaluating them again', async () => {
    const ref = await evaluatingAgain();
    let worded = 0;
    for (const input of households(41))
      for (const date of DATES) {
        const got = screenHousehold(input, { date });
        expect(got).toStrictEqual(ref.screen(input, { date }));
        if (got.ok) worded += got.programs.reduce((n, p) => n + p.reasons.length, 0);
        // Traced with values, the household prepared as screening prepares it.
        const checked = checkHousehold(input, date);
        if (!checked.ok) continue;
        const h = checked.value;
        for (const program of programs) {
          const a = attempt(() => decideWithReasons(program, h, { date }));
          expect(a).toStrictEqual(attempt(() => ref.decide(program, h, { date })));
        }
      }
    // Not vacuous: the sample's screenings word reasons.
    expect(worded).toBeGreaterThan(1000);
  });
});
