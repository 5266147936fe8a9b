import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBatch, compileCatalogBatch, toColumns } from '../src/batch.ts';
import {
  decide,
  defineProgram,
  type Household,
  type ParameterOverride,
  type Program,
  periodInForce,
  ScenarioError,
  v,
  withOverrides,
} from '../src/index.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { expectBatchAsDecide } from './fixtures/batch-harness.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { recognizedIncome, rentBenefit, schema, threshold } from './fixtures/sample.ts';

const DATE = '2025-03-01';
/** Reads the same threshold (median income × ratio) as rentBenefit: a figure two programs share. */
const twin = defineProgram({
  id: 'sample.twin',
  label: { ko: '같은 기준을 쓰는 제도', en: 'a program sharing the threshold' },
  schema,
  criteria: { income: { label: { ko: '소득', en: 'income' }, test: v.le(recognizedIncome, threshold) } },
  amount: v.sub(threshold, recognizedIncome),
});

/** One adult (40) renting in a metro city, no assets: recognized income is exactly `income`. */
const single = (income: number): Household => ({
  size: 1,
  rent: 200_000,
  region: 'metro',
  deposit: 0,
  ownsHome: false,
  members: [{ birthDate: '1985-01-01', earnedIncome: 0, otherIncome: income, disabled: false }],
});

const problemsOf = (programs: readonly Program[], overrides: readonly unknown[], date = DATE) => {
  try {
    withOverrides(programs, overrides as ParameterOverride[], date);
  } catch (e) {
    if (e instanceof ScenarioError) return e.problems.map((p) => `${p.path}: ${p.en}`);
    throw e;
  }
  return [];
};

describe('withOverrides: a policy what-if on top of the dated figures', () => {
  it('moves the decision exactly at the new boundary (2025: median 1인 2,390,000 × 48 % = 1,147,200)', () => {
    const at = (program: Program, income: number) => decide(program, single(income), { date: DATE }).status;
    expect(at(rentBenefit, 1_147_200)).toBe('eligible');
    expect(at(rentBenefit, 1_147_201)).toBe('ineligible');
    // 50 %: 1,195,000.
    const [raised] = withOverrides([rentBenefit], [{ parameter: 'sample.income-ratio', value: 0.5 }], DATE);
    expect(at(raised as Program, 1_195_000)).toBe('eligible');
    expect(at(raised as Program, 1_195_001)).toBe('ineligible');
    // A table: only the 1인 cell moves, by one won.
    const table = { 1: 2_389_998, 2: 3_930_000, 3: 5_020_000, 4: 6_090_000 };
    const [lowered] = withOverrides([rentBenefit], [{ parameter: 'sample.median-income', value: table }], DATE);
    // floor(2,389,998 × 0.48) = 1,147,199.
    expect(at(lowered as Program, 1_147_199)).toBe('eligible');
    expect(at(lowered as Program, 1_147_200)).toBe('ineligible');
  });

  it('without overrides gives the very programs back, so results are the same by construction', () => {
    const out = withOverrides([rentBenefit, kitchenSink], [], DATE);
    expect(out[0]).toBe(rentBenefit);
    expect(out[1]).toBe(kitchenSink);
    // A program that does not read the figure is not copied either.
    const some = withOverrides([rentBenefit, kitchenSink], [{ parameter: 'sample.income-ratio', value: 0.4 }], DATE);
    expect(some[0]).not.toBe(rentBenefit);
    expect(kitchenSink.parameters.has('sample.income-ratio')).toBe(false);
    expect(some[1]).toBe(kitchenSink);
  });

  it('gives programs that shared a figure one new definition, and keeps the history before `from`', () => {
    const [a, b] = withOverrides(
      [rentBenefit, twin],
      [{ parameter: 'sample.median-income', value: { 1: 1, 2: 2, 3: 3, 4: 4 }, from: '2025-01-01' }],
      DATE,
    ) as [Program, Program];
    const def = a.parameters.get('sample.median-income');
    expect(def).toBe(b.parameters.get('sample.median-income'));
    expect(a.parameters.get('sample.income-ratio')).toBe(rentBenefit.parameters.get('sample.income-ratio'));
    expect(periodInForce(def as NonNullable<typeof def>, '2024-12-31')?.value).toMatchObject({ 1: 1_700_000 });
    expect(periodInForce(def as NonNullable<typeof def>, DATE)?.value).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4 });
    expect(periodInForce(def as NonNullable<typeof def>, DATE)?.evidence).toBe('recall');
  });

  it('agrees between the batch path (one program and the catalog) and decide, with random overrides', () => {
    const counts: Record<string, number> = {};
    fc.assert(
      fc.property(
        fc.array(householdArb, { maxLength: 40 }),
        fc.double({ min: 0.2, max: 1.5, noNaN: true }),
        fc.integer({ min: 0, max: 400_000 }),
        (hs, ratio, rent) => {
          const scenario: ParameterOverride[] = [
            { parameter: 'sample.income-ratio', value: ratio },
            {
              parameter: 'sample.asset-limit',
              value: { seoul: rent * 300, gyeonggi: 1e8, metro: rent * 200, other: 0 },
            },
          ];
          const programs = withOverrides([rentBenefit, twin, kitchenSink], scenario, DATE);
          const cols = toColumns(schema, hs);
          const catalog = compileCatalogBatch(programs, { date: DATE }).run(cols);
          programs.forEach((p, k) => {
            expectBatchAsDecide(p, catalog[k] as NonNullable<(typeof catalog)[number]>, hs, DATE, counts, `${p.id} `);
            expectBatchAsDecide(p, compileBatch(p, { date: DATE }).run(cols), hs, DATE, counts, `${p.id} alone `);
          });
        },
      ),
      { numRuns: 150 },
    );
    // Not vacuous: overridden programs were found eligible and ineligible.
    expect(counts.eligible).toBeGreaterThan(100);
    expect(counts.ineligible).toBeGreaterThan(100);
  });

  it('refuses a bad override with every problem, in Korean and English', () => {
    const programs = [rentBenefit, twin];
    expect(problemsOf(programs, [{ parameter: 'sample.nothing', value: 1 }])).toEqual([
      '0.parameter: no program of this screening reads this figure.',
    ]);
    expect(problemsOf(programs, [{ parameter: 'sample.income-ratio', value: { 1: 0.5 } }])).toEqual([
      '0.value: give a number.',
    ]);
    expect(problemsOf(programs, [{ parameter: 'sample.median-income', value: 2_000_000 }])).toEqual([
      '0.value: must be a table (a number in each cell).',
    ]);
    expect(problemsOf(programs, [{ parameter: 'sample.median-income', value: { 1: 1, 2: 2, 3: 3, 5: 5 } }])).toEqual([
      '0.value: the table must have the current table\'s keys; missing: "4"; unknown: "5".',
    ]);
    expect(
      problemsOf(programs, [
        { parameter: 'sample.median-income', value: { 1: -1, 2: Number.NaN, 3: '3', 4: 4 } },
        { parameter: 'sample.income-ratio', value: 48 },
        { parameter: 'sample.income-ratio', value: 0.5, from: '2025-03-02' },
        { parameter: 'sample.asset-rate', value: 0.01, from: '2025-02-30' },
      ]),
    ).toEqual([
      '0.value.1: must be 0 or more.',
      '0.value.2: give a number.',
      '0.value.3: give a number.',
      '1.value: must be at most 10 (a ratio: 0.48 is 48 %).',
      '2.parameter: the same figure is given twice.',
      '2.from: from this date it would not be in force on the screening date (2025-03-01).',
      '3.from: not a date (e.g. 2026-01-01).',
    ]);
    try {
      withOverrides(programs, [{ parameter: 'sample.income-ratio', value: -0.1 }], DATE);
      expect.unreachable();
    } catch (e) {
      expect((e as ScenarioError).problems[0]).toMatchObject({ index: 0, ko: '0 이상이어야 합니다.' });
    }
  });
});
