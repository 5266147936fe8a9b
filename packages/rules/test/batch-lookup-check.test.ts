import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBatch, compileCatalogBatch, toColumns } from '../src/batch.ts';
import { lookupCanFail } from '../src/eval-batch/fused-param.ts';
import { defineProgram, type Expr, type ParameterDef, p, v } from '../src/index.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { expectBatchAsDecide } from './fixtures/batch-harness.ts';
import { schema } from './fixtures/sample.ts';

const cite = { title: '테스트', url: 'https://example.org/lookup-check' };
const byRegion = (id: string, value: Record<string, number>): ParameterDef => ({
  id,
  label: { ko: '지역별 한도', en: 'regional limit' },
  unit: 'KRW/month',
  dimensions: ['region'],
  periods: [{ from: '2019-01-01', value, citation: cite, evidence: 'official' }],
});
/** Every region has a cell: no key can miss. */
const full = byRegion('check.full', { seoul: 700_000, gyeonggi: 600_000, metro: 500_000, other: 400_000 });
/** No "metro" cell: a metro household's lookup fails. */
const holed = byRegion('check.holed', { seoul: 700_000, gyeonggi: 600_000, other: 400_000 });

/**
 * With rent unknown, min stops before each lookup, but decide lists missing inputs for the
 * unknown criterion and reads it there, where the holed one fails for metro: the lookup check
 * must read that one, and may skip the full one.
 */
const program = defineProgram({
  id: 'check.program',
  label: { ko: '조회 검사 테스트', en: 'lookup check' },
  schema,
  criteria: {
    full: {
      label: { ko: '한도', en: 'limit' },
      test: v.le(v.min(v.input('rent'), p(full, v.input('region'))), 600_000),
    },
    holed: {
      label: { ko: '구멍 난 한도', en: 'holed limit' },
      test: v.le(v.min(v.input('rent'), p(holed, v.input('region'))), 600_000),
    },
  },
});
const twin = { ...program, id: 'check.twin' };

describe('the fused loop’s lookup check', () => {
  it('knows which lookups cannot miss', () => {
    const region = v.input('region') as Expr;
    expect(lookupCanFail(program, full, '2025-01-01', [region], false)).toBe(false);
    expect(lookupCanFail(program, holed, '2025-01-01', [region], false)).toBe(true);
    // Before any period, and keyed by a number: can miss.
    expect(lookupCanFail(program, full, '2018-01-01', [region], false)).toBe(true);
    expect(lookupCanFail(program, full, '2025-01-01', [v.input('size') as Expr], false)).toBe(true);
  });

  it('still hands over exactly the households decide throws for, alone and in a catalog', () => {
    const date = '2025-01-01';
    const counts: Record<string, number> = {};
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 60 }), (hs) => {
        const cols = toColumns(schema, hs);
        expectBatchAsDecide(program, compileBatch(program, { date }).run(cols), hs, date, counts);
        const both = compileCatalogBatch([program, twin], { date }).run(cols);
        expectBatchAsDecide(program, both[0] as never, hs, date, counts, 'catalog, ');
        expectBatchAsDecide(twin, both[1] as never, hs, date, counts, 'catalog twin, ');
      }),
      { numRuns: 200 },
    );
    expect(Object.keys(counts).sort()).toEqual(['eligible', 'ineligible', 'unavailable', 'unknown']);
  });
});
