import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProgram, p, v } from '../src/index.ts';
import { compileSql } from '../src/sql.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { gaps } from './fixtures/gaps.ts';
import { kitchenSink } from './fixtures/kitchen-sink.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';
import { createTables, expectSameAsScalar, load, pgliteForBlock } from './fixtures/sql-harness.ts';

const DATES = ['2019-01-01', '2024-06-30', '2024-07-01', '2025-01-01', '2026-03-01'];

describe('SQL on PGlite agrees with the scalar evaluator', () => {
  const { q } = pgliteForBlock(createTables);

  it('on 1,500 random households at several dates, both programs', { timeout: 120_000 }, async () => {
    const hs = fc.sample(householdArb, { numRuns: 1500, seed: 7 });
    await load(q, hs);
    for (const date of DATES) {
      const counts = await expectSameAsScalar(q, rentBenefit, hs, date);
      // Not vacuous: every status occurs.
      expect(Object.keys(counts).sort()).toEqual(['eligible', 'ineligible', 'unknown']);
      await expectSameAsScalar(q, kitchenSink, hs, date);
    }
  });

  it('reports unavailable exactly where the scalar evaluator throws (tables with holes)', {
    timeout: 120_000,
  }, async () => {
    const hs = fc.sample(householdArb, { numRuns: 1500, seed: 5 });
    await load(q, hs);
    for (const date of DATES) {
      const counts = await expectSameAsScalar(q, gaps, hs, date);
      // Not vacuous: some households need a missing cell on every date tested.
      expect(counts.unavailable ?? 0).toBeGreaterThan(0);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(householdArb, { maxLength: 25 }), dateArb, async (small, date) => {
        await load(q, small);
        await expectSameAsScalar(q, gaps, small, date);
      }),
      { numRuns: 30 },
    );
  });

  it('as a property over fresh random data', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(householdArb, { maxLength: 25 }), dateArb, async (hs, date) => {
        await load(q, hs);
        await expectSameAsScalar(q, rentBenefit, hs, date);
        await expectSameAsScalar(q, kitchenSink, hs, date);
      }),
      { numRuns: 30 },
    );
  });

  it('decides lookups whose keys are all literals when compiling, and still agrees', { timeout: 120_000 }, async () => {
    const cite = { title: '테스트', url: 'https://example.org/literal-keys' };
    const byRegion = {
      id: 'literal.by-region',
      label: { ko: '지역별 한도', en: 'limit by region' },
      unit: 'KRW/month' as const,
      dimensions: ['region'],
      periods: [
        {
          from: '2019-01-01',
          value: { seoul: 700_000, other: 400_000 },
          citation: cite,
          evidence: 'official' as const,
        },
      ],
    };
    const literal = defineProgram({
      id: 'literal.program',
      label: { ko: '글자 그대로의 열쇠', en: 'literal keys' },
      schema,
      criteria: {
        // 'seoul' is in the table: this lookup can never miss, so it needs no flag at all.
        present: { label: { ko: '서울 한도', en: 'seoul limit' }, test: v.le(v.input('rent'), p(byRegion, 'seoul')) },
        // 'metro' is not: every household that reaches it (not a home owner) is unavailable.
        absent: {
          label: { ko: '없는 칸', en: 'missing cell' },
          test: v.or(v.input('ownsHome'), v.le(v.input('rent'), p(byRegion, 'metro'))),
        },
      },
    });
    const sql = compileSql(literal, { date: '2026-03-01' });
    expect(sql.rows).not.toContain('700000::double precision IS NULL');
    const hs = fc.sample(householdArb, { numRuns: 400, seed: 17 });
    await load(q, hs);
    const counts = await expectSameAsScalar(q, literal, hs, '2026-03-01');
    expect(counts.unavailable ?? 0).toBeGreaterThan(0);
    expect((counts.eligible ?? 0) + (counts.ineligible ?? 0)).toBeGreaterThan(0);
  });

  it('inlines parameters for the date', () => {
    expect(compileSql(rentBenefit, { date: '2024-12-31' }).select).toContain('1700000::double precision');
    expect(compileSql(rentBenefit, { date: '2025-01-01' }).select).toContain('2390000::double precision');
  });

  it('on a date no period covers, reports unavailable exactly where the scalar would look', {
    timeout: 120_000,
  }, async () => {
    const hs = fc.sample(householdArb, { numRuns: 800, seed: 13 });
    await load(q, hs);
    expect((await expectSameAsScalar(q, rentBenefit, hs, '2018-01-01')).unavailable ?? 0).toBeGreaterThan(0);
    expect((await expectSameAsScalar(q, gaps, hs, '2019-01-01')).unavailable ?? 0).toBeGreaterThan(0);
  });
});
