import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileBatch, statusName, toColumns } from '../src/batch.ts';
import {
  decide,
  decideWithReasons,
  defineProgram,
  type Expr,
  type Program,
  RuleDefinitionError,
} from '../src/index.ts';
import { householdArb } from './fixtures/arbitraries.ts';
import { decideOrNull } from './fixtures/decide-or-null.ts';
import { rentBenefit, schema } from './fixtures/sample.ts';
import { createTables, expectSameAsScalar, load, pgliteForBlock } from './fixtures/sql-harness.ts';

/** The sample rent benefit, as if it began on 2024-07-01 and was abolished after 2025-12-31. */
function withPeriod(inForce: { from?: string; until?: string }): Program {
  return defineProgram({
    id: 'sample.rent-benefit-dated',
    label: rentBenefit.label,
    schema,
    criteria: Object.fromEntries(rentBenefit.criteria.map((c) => [c.id, { label: c.label, test: c.expr }])),
    amount: rentBenefit.amount?.expr as Expr,
    inForce,
  });
}
const dated = withPeriod({ from: '2024-07-01', until: '2025-12-31' });
const households = fc.sample(householdArb, { numRuns: 400, seed: 11 });
const OUTSIDE = ['2018-05-01', '2024-06-30', '2026-01-01'];
const INSIDE = ['2024-07-01', '2025-12-31'];

describe('a program’s period in force, on every backend', () => {
  it('decide and decideWithReasons: outside the period, ineligible for the one stated reason, nothing asked', () => {
    for (const date of OUTSIDE) {
      for (const h of households.slice(0, 50)) {
        const d = decide(dated, h, { date });
        expect(d).toEqual({
          id: dated.id,
          status: 'ineligible',
          amount: null,
          criteria: [{ id: 'in-force', label: expect.any(Object), outcome: false }],
          missing: [],
        });
        const e = decideWithReasons(dated, h, { date });
        expect(e.status).toBe('ineligible');
        expect(e.criteria[0]?.sentence.ko).toMatch(date < '2024-07-01' ? /2024-07-01에 시작/ : /2025-12-31까지만/);
        expect(e.parameters).toEqual([]);
      }
    }
  });

  it('inside the period, the same answers as the undated program', () => {
    for (const date of INSIDE) {
      for (const h of households) {
        const a = decideOrNull(dated, h, date);
        const b = decideOrNull(rentBenefit, h, date);
        expect(a === null ? null : { ...a, id: '' }).toEqual(b === null ? null : { ...b, id: '' });
      }
    }
  });

  it('batch agrees with decide on both sides of each boundary', () => {
    const cols = toColumns(schema, households);
    let outsideSeen = 0;
    for (const date of [...OUTSIDE, ...INSIDE]) {
      const res = compileBatch(dated, { date }).run(cols);
      households.forEach((h, i) => {
        const d = decideOrNull(dated, h, date);
        expect(statusName(res.status[i] as number), `${date} #${i}`).toBe(d === null ? 'unavailable' : d.status);
        if (d?.criteria[0]?.id === 'in-force') {
          outsideSeen++;
          expect(res.criteria['in-force']?.[i]).toBe(0);
          expect(res.amount[i]).toBeNaN();
        }
      });
    }
    expect(outsideSeen).toBe(OUTSIDE.length * households.length);
  });

  it('refuses a period that is not two ISO dates in order', () => {
    expect(() => withPeriod({ from: '2024-13-01' })).toThrow(RuleDefinitionError);
    expect(() => withPeriod({ from: '2025-01-01', until: '2024-12-31' })).toThrow(/before it starts/);
  });
});

describe('a program’s period in force, compiled to SQL (PGlite)', () => {
  const { q } = pgliteForBlock(async (q) => {
    await createTables(q);
    await load(q, households);
  });

  it('answers as decide does on both sides of each boundary', { timeout: 120_000 }, async () => {
    for (const date of OUTSIDE) {
      const counts = await expectSameAsScalar(q, dated, households, date);
      expect(counts).toEqual({ ineligible: households.length });
    }
    for (const date of INSIDE) {
      const counts = await expectSameAsScalar(q, dated, households, date);
      expect(Object.keys(counts).sort()).toEqual(['eligible', 'ineligible', 'unknown']);
    }
  });
});
