import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCatalogBatch, toColumns } from '../src/batch.ts';
import { defineProgram, type Household, type ParameterDef, p, v } from '../src/index.ts';
import { dateArb, householdArb } from './fixtures/arbitraries.ts';
import { expectBatchAsDecide } from './fixtures/batch-harness.ts';
import { recognizedIncome, schema, threshold } from './fixtures/sample.ts';

const label = { ko: '항목', en: 'item' };
/** One figure id, defined two ways: each program must read its own. */
const rate = (value: number): ParameterDef => ({
  id: 'fold.rate',
  label,
  unit: 'ratio',
  periods: [{ from: '2019-01-01', value, citation: { title: 't', url: 'https://example.org' }, evidence: 'official' }],
});

/** Member aggregates the catalog's shared kernel computes once for all (shared income test alongside). */
const byRate = (id: string, value: number) =>
  defineProgram({
    id,
    label,
    schema,
    criteria: {
      shared: { label, test: v.le(recognizedIncome, threshold) },
      earnings: {
        label,
        test: v.le(
          v.sumMembers((m) => v.mul(m.input('earnedIncome'), p(rate(value)))),
          1_000_000,
        ),
      },
      adult: { label, test: v.anyMember((m) => v.ge(m.yearsSince(m.input('birthDate')), 19)) },
      disabled: { label, test: v.not(v.allMembers((m) => v.not(m.input('disabled')))) },
      others: {
        label,
        test: v.le(
          v.countMembers((m) => v.ge(m.input('otherIncome'), 100_000)),
          1,
        ),
      },
    },
    amount: v.sumMembers((m) => m.input('otherIncome')),
    amountLabel: label,
  });

const programs = [byRate('fold.half', 0.5), byRate('fold.most', 0.9)];

function compare(households: readonly Household[], date: string, counts: Record<string, number>) {
  const results = compileCatalogBatch(programs, { date }).run(toColumns(schema, households));
  programs.forEach((program, k) => {
    expectBatchAsDecide(
      program,
      results[k] as NonNullable<(typeof results)[number]>,
      households,
      date,
      counts,
      `${program.id}, `,
    );
  });
}

describe('member aggregates computed once for the whole catalog', () => {
  it('give each program what decide gives, its own figures included', () => {
    const counts: Record<string, number> = {};
    fc.assert(
      fc.property(fc.array(householdArb, { maxLength: 40 }), dateArb, (hs, date) => compare(hs, date, counts)),
      { numRuns: 200 },
    );
    expect(Object.keys(counts).sort()).toEqual(['eligible', 'ineligible', 'unknown']);
  });

  it('tell the two definitions of one figure apart (earnings between the two limits)', () => {
    const h = {
      size: 1,
      members: [{ earnedIncome: 1_500_000, otherIncome: 0, disabled: true, birthDate: '1980-01-01' }],
    };
    const results = compileCatalogBatch(programs, { date: '2025-01-01' }).run(toColumns(schema, [h as Household]));
    expect(results.map((r) => r.criteria.earnings?.[0])).toEqual([1, 0]);
  });
});
