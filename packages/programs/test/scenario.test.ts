import { type CatalogEntry, catalog } from '@jibsa/programs';
import {
  decide,
  type Household,
  OVERRIDE_MAX,
  type OverrideProblem,
  type ParameterOverride,
  type Program,
  periodInForce,
  ScenarioError,
  withOverrides,
} from '@jibsa/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BatchScreener } from '../src/batch.ts';
import { checkHousehold } from '../src/shared/household/prepare.ts';
import { householdArb } from './household-arb.ts';

const DATE = '2026-03-01';
const screened = catalog.filter((e) => e.program);

/** The catalog with a scenario applied, as the server's what-if builds it. */
function scenarioCatalog(overrides: readonly ParameterOverride[]): CatalogEntry[] {
  const programs = withOverrides(
    screened.map((e) => e.program as Program),
    overrides,
    DATE,
  );
  return screened.map((e, k) => ({ ...e, program: programs[k] }));
}

describe('policy what-ifs over the real catalog', () => {
  it('accepts every figure the catalog reads given its own value, and then screens exactly as without', () => {
    const figures = new Map<string, number | object>();
    for (const e of screened) {
      for (const [id, def] of (e.program as Program).parameters) {
        const value = periodInForce(def, DATE)?.value;
        if (value !== undefined) figures.set(id, value as number | object);
        // Every real cell is within the range an override may take (else the city could not type it back).
        const cells = (x: unknown): number[] =>
          typeof x === 'number' ? [x] : Object.values(x as object).flatMap(cells);
        for (const c of value === undefined ? [] : cells(value))
          expect(c, id).toBeLessThanOrEqual(OVERRIDE_MAX[def.unit]);
      }
    }
    expect(figures.size).toBeGreaterThan(80);
    const same = scenarioCatalog([...figures].map(([parameter, value]) => ({ parameter, value }) as ParameterOverride));
    const hs = fc.sample(householdArb, { numRuns: 300, seed: 3 });
    expect(new BatchScreener(DATE, same).screen(hs)).toEqual(new BatchScreener(DATE).screen(hs));
  }, 60_000);

  it('on the batch path agrees with decide on the overridden programs, and moves households', () => {
    const scenario: ParameterOverride[] = [
      { parameter: 'housing-benefit.selection-rate', value: 0.55 },
      { parameter: 'public-rental.permanent.total-assets', value: 10_000_000 },
    ];
    const entries = scenarioCatalog(scenario);
    const hs = fc.sample(householdArb, { numRuns: 400, seed: 9 });
    const base = new BatchScreener(DATE).screen(hs);
    const what = new BatchScreener(DATE, entries).screen(hs);
    let moved = 0;
    hs.forEach((h, i) => {
      const got = what[i];
      const was = base[i];
      if (!got?.ok || !was?.ok) return;
      const checked = checkHousehold(h, DATE);
      if (!checked.ok) throw new Error('checked alike');
      entries.forEach((e, k) => {
        const line = got.programs[k];
        let d: ReturnType<typeof decide> | undefined;
        try {
          d = decide(e.program as Program, checked.value as Household, { date: DATE });
        } catch {
          expect(line?.unavailableParameter).toBeDefined();
          return;
        }
        expect({ status: line?.status, amount: line?.amount }, `${e.id} household ${i}`).toEqual({
          status: d.status,
          amount: d.amount,
        });
        if (line?.status !== was.programs[k]?.status) moved++;
      });
    });
    expect(moved).toBeGreaterThan(0);
  }, 60_000);

  it('names a bad override of a real figure', () => {
    let problems: readonly OverrideProblem[] = [];
    try {
      scenarioCatalog([{ parameter: 'basic-livelihood.median-income', value: { 1: 2_600_000 } }]);
    } catch (e) {
      if (e instanceof ScenarioError) problems = e.problems;
    }
    expect(problems.map((p) => p.path)).toEqual(['0.value']);
    expect(problems[0]?.ko).toContain('빠진 칸: "2"');
  });
});
